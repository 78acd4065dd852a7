// @verb @version --on $wizard --dspec none --ispec none:none
/**
 * @version: shows the server's version.
 */
import { isWizard, print, serverInfo, setTaskPerms, UserError } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const s = serverInfo();
print(`tsmoo ${s.version} on Node.js ${s.node} (pid ${s.pid}, up ${Math.floor(s.uptimeSeconds / 60)} min).`);
