// @verb @allow @deny --on $programmer --dspec either --ispec any:any
/**
 * @allow|@deny <player|everyone|owners|wizards> <permission> on <obj>[:<verb>|.<prop>]: adds an ACL row (any deny wins).
 */
import { lookup, print, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^\s*(\S+)\s+(\S+)\s+on\s+(\S+)\s*$/i.exec(argstr);
if (!m) {
  print(`Usage: ${verb} <player|everyone|owners|wizards> <permission> on <obj>[:<verb>|.<prop>]`);
  print("  permissions: read write execute move entrust grant transmute derive anything");
  return;
}
const [, whoText, perm, targetText] = m;
const t = player.call("acl_target", targetText) as { obj: typeof player; target: { verb: number } | { prop: string } | null };
const row: { rule: "allow" | "deny"; permission: "read"; group?: "everyone"; who?: typeof player } = {
  rule: verb.toLowerCase() === "@deny" ? "deny" : "allow",
  permission: perm.toLowerCase() as "read",
};
if (["everyone", "owners", "wizards"].includes(whoText.toLowerCase())) row.group = whoText.toLowerCase() as "everyone";
else {
  try {
    row.who = lookup(whoText);
  } catch {
    throw new UserError(`There is no "${whoText}" here.`);
  }
}
const rows = t.obj.getAcl(t.target ?? undefined);
t.obj.setAcl([...rows, row], t.target ?? undefined);
print(`${row.rule === "deny" ? "Denied" : "Allowed"} ${row.permission} to ${row.group ?? `${row.who!.name} (#${row.who!.id})`} on ${targetText}.`);
