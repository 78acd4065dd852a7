// @verb @stats --on $wizard --dspec none --ispec none:none
/**
 * @stats: counts objects, verbs, players, tasks and connections.
 */
import { isWizard, print, serverInfo, setTaskPerms, UserError } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const s = serverInfo();
print(`tsmoo ${s.version}, up ${Math.floor(s.uptimeSeconds / 60)} min, ${s.memoryMb} MB.`);
print(`  Objects:     ${s.objects} (${s.recycled} recycled)`);
print(`  Verbs:       ${s.verbs}`);
print(`  Players:     ${s.players}`);
print(`  Connections: ${s.connections} (${s.connectedPlayers} player${s.connectedPlayers === 1 ? "" : "s"})`);
print(`  Tasks:       ${s.tasksQueued} queued or running${s.tasksScheduled === null ? "" : `, ${s.tasksScheduled} scheduled`}`);
