// @verb msg --on $thing --dspec this --ispec none:none
/**
 * msg(name): the message property `name` with %t (this object), %n (the player), pronouns etc. filled in (method).
 */
import { $ } from "moo";

const name = String(args[0]);
const tmpl = this.has(name) ? String(this.get(name) ?? "") : "";
if (tmpl === "") return "";
return $.string_utils.call("pronoun_sub", tmpl, player, this);
