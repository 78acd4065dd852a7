// @verb @edit --on $programmer --dspec either --ispec any:any
/**
 * @edit <obj>:<verb> | <obj>.<prop> | verb|property <name> on <obj> [with "<text>"]: edits code or a value (\n in the text is a new line).
 */
import { openEditor, print, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const usage = () =>
  print('Usage: @edit <obj>:<verb> | <obj>.<property> | verb <name> on <obj> | property <name> on <obj>  [with "<text>"]');
let target = argstr.trim();
let text: string | null = null;
const m = /^(.*?)\s+with(?:\s+([\s\S]*))?$/i.exec(target);
if (m) {
  target = m[1].trim();
  let raw = (m[2] ?? "").trim();
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) raw = raw.slice(1, -1);
  text = raw.replace(/\\(.)/g, (whole: string, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}
if (target === "") return usage();
let kind: string;
let obj: typeof player;
let name: string;
let explicit = false;
const spelled = /^(verb|prop|property)\s+(\S+)\s+on\s+(.+)$/i.exec(target);
if (spelled) {
  explicit = true;
  kind = spelled[1].toLowerCase() === "verb" ? "verb" : "prop";
  name = spelled[2];
  obj = (player.call("parse_ref", `${spelled[3]}${kind === "verb" ? ":" : "."}${name}`, kind) as { obj: typeof player }).obj;
} else {
  const ref = player.call("parse_ref", target, "either") as { obj: typeof player; name: string; kind: string };
  ({ obj, name, kind } = ref);
}
const label = `${obj.name} (#${obj.id})`;

if (kind === "prop") {
  const exists = obj.has(name);
  if (!exists && !explicit) throw new UserError(`${label} has no property "${name}". To add it: @edit property ${name} on #${obj.id}`);
  if (text !== null) {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      value = text;
    }
    obj.set(name, value);
    print(`Property ${label}.${name} set to ${JSON.stringify(value)}.`);
    return;
  }
  openEditor({
    title: `${label}.${name}`,
    content: exists ? JSON.stringify(obj.get(name), null, 2) : "null",
    contentType: "json",
    callback: { obj: player, verb: "program_done" },
    args: ["prop", obj, name, false],
  });
  print(`Now editing ${label}.${name} (JSON).`);
  return;
}

const found = obj.findVerb(name);
if (found === null && !explicit) throw new UserError(`${label} has no verb "${name}". To add it: @edit verb ${name} on #${obj.id} (or @verb).`);
const owner = found !== null && (found.definer.id === obj.id || !explicit) ? found.definer : obj;
const create = found === null || (explicit && found.definer.id !== obj.id);
if (text !== null) {
  player.call("program_done", text, "verb", owner, create ? name : found!.id, create);
  return;
}
openEditor({
  title: `${owner.name} (#${owner.id}):${name}`,
  content: create ? `// @verb ${name} --dspec none --ispec none:none\n` : owner.verbCode(found!.id),
  contentType: "typescript",
  callback: { obj: player, verb: "program_done" },
  args: ["verb", owner, create ? name : found!.id, create],
});
print(`Now editing ${owner.name} (#${owner.id}):${name}.`);
