// @verb initialize --on $daemon --dspec this --ispec none:none
/**
 * initialize(): a new daemon registers itself for `@daemon list` and starts with no ticks (method).
 */
import { $ } from "moo";

$.daemon.call("register", this);
return null;
