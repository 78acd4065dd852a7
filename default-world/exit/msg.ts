// @verb msg --on $exit --dspec this --ispec none:none
/**
 * msg(name, who, room): the exit's message property `name` with {actor} and {subject} filled in (method).
 */
import { valid } from "moo";

const tmpl = this.has(String(args[0])) ? String(this.get(String(args[0])) ?? "") : "";
const who = args[1];
const room = args[2];
const actor = String(args[0]).startsWith("o") && valid(who) ? who.name : "You";
const subject = valid(room) ? room.name : "nowhere";
return tmpl.replaceAll("{actor}", actor).replaceAll("{subject}", subject);
