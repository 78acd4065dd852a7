// @verb make_exit --on $builder --dspec this --ispec none:none
/**
 * make_exit(dir, from, to): creates an exit "<dir> from <room>" owned by the player, aliased by the direction, and links it into both rooms; returns it (method).
 */
import { $, create, setTaskPerms } from "moo";

const dir = String(args[0]);
const from = args[1] as typeof this;
const to = args[2] as typeof this;
const short: Record<string, string> = {
  north: "n",
  south: "s",
  east: "e",
  west: "w",
  northeast: "ne",
  northwest: "nw",
  southeast: "se",
  southwest: "sw",
  up: "u",
  down: "d",
};
setTaskPerms(player);
const exit = create(`${dir} from ${from.name}`, { parents: [$.exit], owner: player, location: null });
exit.set("source", from);
exit.set("dest", to);
exit.setAliases(short[dir] ? [dir, short[dir]] : [dir]);
from.call("add_exit", exit);
to.call("add_entrance", exit);
return exit;
