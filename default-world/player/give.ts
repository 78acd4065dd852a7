// @verb gi*ve ha*nd --on $player --dspec any --ispec at:any
/**
 * give <thing> to <player>: hands something you carry to someone here.
 */
import { print, valid } from "moo";

if (prep !== "at" || iobjstr === "") {
  print("Give to whom?");
  return;
}
if (!valid(dobj) || dobj.location.id !== player.id) {
  print(valid(dobj) ? `You don't have ${dobj.call("title")}.` : "What do you want to give?");
  return;
}
if (!valid(iobj)) {
  print(iobj.id === -2 ? `I don't know which "${iobjstr}" you mean.` : `There is no "${iobjstr}" here.`);
  return;
}
if (iobj.id === player.id) {
  print("You can't give something to yourself.");
  return;
}
const what = dobj.call("title");
const whom = iobj.call("title");
if (!iobj.isPlayer || iobj.location.id !== player.location.id || !dobj.call("moveto", iobj)) {
  print(`${iobj.call("titlec")} doesn't want ${what}.`);
  return;
}
print(`You give ${what} to ${whom}.`);
iobj.call("tell", `${player.name} gives you ${what}.`);
player.location.call("announce_all_but", [player, iobj], `${player.name} gives ${what} to ${whom}.`);
if (player.hasVerb("on_player_action")) player.call("on_player_action", player, "give", { object: dobj, to: iobj });
