// @verb pronoun_sub --on $string_utils --dspec this --ispec none:none
/**
 * pronoun_sub(text[, who[, thing]]): fills in %n %s %o %p %r %q (who's name and pronouns; capitals for capitalised), %d (direct object), %i or %i(prep) (indirect object), %t (thing, default the calling object), %x(prop) (who's property), %% (method).
 */
import { valid } from "moo";

const text = String(args[0] ?? "");
const who = valid(args[1]) ? (args[1] as typeof this) : player;
const thing = valid(args[2]) ? (args[2] as typeof this) : caller;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const nameOf = (x: unknown): string => {
  if (!valid(x)) return x === null || x === undefined ? "" : String(x);
  const o = x as typeof this;
  return o.hasVerb("title") ? String(o.call("title")) : o.name;
};
const prop = (o: typeof this, name: string): string => {
  if (!valid(o) || !o.has(name)) return "";
  return nameOf(o.get(name));
};
const pronoun: Record<string, "ps" | "po" | "pp" | "pr" | "pq"> = { s: "ps", o: "po", p: "pp", r: "pr", q: "pq" };
return text.replace(/%(%|[a-zA-Z])(?:\(([^)]*)\))?/g, (all: string, code: string, arg: string | undefined) => {
  if (code === "%") return arg === undefined ? "%" : `%(${arg})`;
  const lower = code.toLowerCase();
  const upper = code !== lower;
  let out: string | null = null;
  let consumedArg = false;
  if (lower === "n") out = nameOf(who);
  else if (lower === "d") out = valid(dobj) ? nameOf(dobj) : dobjstr;
  else if (lower === "t") out = nameOf(thing);
  else if (lower === "i") {
    // %i(prep): the object of that preposition; plain %i: the first indirect object.
    out = valid(iobj) ? nameOf(iobj) : iobjstr;
    consumedArg = arg !== undefined;
  } else if (lower === "x" && arg !== undefined) {
    out = prop(who, arg);
    consumedArg = true;
  } else if (pronoun[lower]) {
    const p = prop(who, pronoun[lower]);
    out = p !== "" ? p : { ps: "they", po: "them", pp: "their", pr: "themselves", pq: "theirs" }[pronoun[lower]];
  }
  if (out === null) return all;
  if (upper) out = cap(out);
  return arg !== undefined && !consumedArg ? `${out}(${arg})` : out;
});
