// @verb parse_ref --on $player --dspec this --ispec none:none
/**
 * parse_ref(text, kind): reads "<obj>:<verb>" or "<obj>.<property>" (kind "verb", "prop" or "either") into { obj, name, kind } (method).
 */
import { lookup, UserError } from "moo";

const text = String(args[0] ?? "").trim();
const want = String(args[1] ?? "either");
const colon = text.indexOf(":");
const dot = text.lastIndexOf(".");
let kind: string;
let at: number;
if (colon > 0 && want !== "prop") {
  kind = "verb";
  at = colon;
} else if (dot > 0 && want !== "verb") {
  kind = "prop";
  at = dot;
} else {
  const shape = want === "verb" ? "<object>:<verb>" : want === "prop" ? "<object>.<property>" : "<object>:<verb> or <object>.<property>";
  throw new UserError(`I need ${shape}, not "${text}".`);
}
const objstr = text.slice(0, at).trim();
const name = text.slice(at + 1).trim();
if (name === "") throw new UserError(`Which ${kind === "verb" ? "verb" : "property"} of "${objstr}"?`);
let obj;
try {
  obj = lookup(objstr);
} catch {
  throw new UserError(`There is no "${objstr}" here.`);
}
return { obj, name, kind };
