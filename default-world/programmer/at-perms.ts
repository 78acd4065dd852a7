// @verb @perms --on $programmer --dspec either --ispec any:any
/**
 * @perms <obj>[:<verb>|.<prop>]: lists who may do what (the ACL rows); change them with @chmod, @allow and @deny.
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @perms <obj>[:<verb>|.<prop>]");
  return;
}
const target = player.call("acl_target", words[0]) as { obj: typeof player; target: { verb: number } | { prop: string } | null };
const rows = target.obj.getAcl(target.target ?? undefined);
print(`Permissions of ${words[0]}:`);
if (rows.length === 0) print("  (no rows: only wizards)");
for (const r of rows) print(`  ${r.rule} ${r.permission} to ${r.group ?? `${r.who?.name} (#${r.who?.id})`}`);

