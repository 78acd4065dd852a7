// @verb is_readable_by --on $note --dspec this --ispec none:none
/**
 * is_readable_by(who): whether who passes the note's read lock (`read_key`) (method).
 */
import { $ } from "moo";

const key = this.get("read_key");
return key === null || ($.lock_utils.call("eval_key", key, args[0] ?? player) as boolean);
