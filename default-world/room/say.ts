// @verb say --on $room --dspec either --ispec any:any
/**
 * say <text>: says something out loud to everyone in the room.
 */
import { announce, print } from "moo";

print(`You: ${argstr}`);
announce(`${player.name}: ${argstr}`, { room: this, kind: "say" });
