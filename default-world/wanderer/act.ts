// @verb act --on $wanderer --dspec this --ispec none:none
/**
 * act(): moves to a random other room of `wander_rooms`, with `wander_leave_msg` told to the room it leaves and `wander_arrive_msg` to the one it enters (pronoun-substituted, %N = the wanderer). Returns the new room, or null when there is nowhere to go (method).
 */
import { $, setTaskPerms, valid } from "moo";

// A wanderer moves with its owner's permissions (a room may refuse them).
setTaskPerms(this.owner);
const here = this.location;
const list = this.get("wander_rooms");
const rooms = (Array.isArray(list) ? list : []).filter((r): r is typeof this => valid(r) && r !== here);
if (rooms.length === 0) return null;
const dest = rooms[Math.floor(Math.random() * rooms.length)] as typeof this;
const sub = (prop: string) => String($.string_utils.call("pronoun_sub", String(this.get(prop) ?? ""), this));
const leave = sub("wander_leave_msg");
const arrive = sub("wander_arrive_msg");
this.moveTo(dest);
if (valid(here) && here.hasVerb("announce_all_but") && leave) here.call("announce_all_but", [this], leave);
if (dest.hasVerb("announce_all_but") && arrive) dest.call("announce_all_but", [this], arrive);
return dest;
