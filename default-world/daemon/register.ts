// @verb register --on $daemon --dspec this --ispec none:none
/**
 * register(daemon): adds a daemon to the list `@daemon list` shows; a daemon registers itself (method).
 */
import { $, valid } from "moo";

const d = args[0];
if (!valid(d) || d !== caller || !d.isA($.daemon)) return false;
const list = ($.daemon.get("registry") as (typeof this)[]).filter((x) => valid(x));
if (list.includes(d)) return false;
$.daemon.set("registry", [...list, d]);
return true;
