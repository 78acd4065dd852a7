// @verb is_connected --on $player --dspec this --ispec none:none
/**
 * is_connected(): whether the player is connected (method).
 */
import { connectionInfo } from "moo";

return connectionInfo(this) !== null;
