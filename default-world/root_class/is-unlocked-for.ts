// @verb is_unlocked_for --on $root_class --dspec this --ispec none:none
/**
 * is_unlocked_for(who): whether who passes this object's lock (`key`); true when there is none (method).
 */
import { $ } from "moo";

const key = this.has("key") ? this.get("key") : null;
if (key === null) return true;
return $.lock_utils.call("eval_key", key, args[0] ?? player) as boolean;
