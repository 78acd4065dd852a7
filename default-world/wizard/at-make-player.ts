// @verb @make-player --on $wizard --dspec either --ispec any:any
/**
 * @make-player <name> [<password>] [as builder|programmer|wizard]: creates a player account and its avatar (a password is generated if you give none).
 */
import { $, account, create, generatePassword, isWizard, players, print, setRoles, setTaskPerms, UserError } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^\s*(\S+)(?:\s+(?!as\s)(\S+))?(?:\s+as\s+(\S+))?\s*$/i.exec(argstr);
if (!m) {
  print("Usage: @make-player <name> [<password>] [as builder|programmer|wizard]");
  return;
}
const name = m[1].replace(/^"(.*)"$/, "$1");
const given = m[2] ?? null;
const role = (m[3] ?? "").toLowerCase();
if (role !== "" && !["builder", "programmer", "wizard"].includes(role)) throw new UserError("The role is builder, programmer or wizard.");
if (players().some((p) => p.name.toLowerCase() === name.toLowerCase())) throw new UserError(`There is already a player named ${name}.`);
const password = given ?? generatePassword();
const cls = role === "wizard" ? $.wizard : role === "programmer" ? $.programmer : role === "builder" ? $.builder : $.player;
const avatar = create(name, { parents: [cls as typeof player], location: null });
avatar.setOwner(avatar);
setRoles(avatar, {
  player: true,
  builder: role !== "",
  programmer: role === "programmer" || role === "wizard",
  wizard: role === "wizard",
});
avatar.moveTo($.player_start as typeof player);
account(
  { op: "create", login: name.toLowerCase(), password, player: avatar },
  { obj: this, verb: "make_player_done", args: [avatar, given === null ? password : null] },
);
