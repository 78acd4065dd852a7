// @verb is_openable_by --on $container --dspec this --ispec none:none
/**
 * is_openable_by(who): whether who passes the container's open lock (`open_key`) (method).
 */
import { $ } from "moo";

const key = this.get("open_key");
return key === null || ($.lock_utils.call("eval_key", key, args[0] ?? player) as boolean);
