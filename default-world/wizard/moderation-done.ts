// @verb moderation_done --on $wizard --dspec this --ispec none:none
/**
 * moderation_done(result, what, player): reports @suspend, @unsuspend, @ban or @auditlog, and disconnects a sanctioned player (method).
 */
import { bootPlayer, connectionInfo, isWizard, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player) || caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

type Obj = typeof player;
type Row = { id: number; at: string; actor: Obj; action: string; target: Obj; targetName: string; detail: string };
type Result = { ok: boolean; error?: string; until?: string | null; message?: string; previous?: string; rows?: Row[] };
const [result, what, who] = args as [Result, string, Obj | null];
if (!result.ok) {
  print(result.error ?? "That did not work.");
  return;
}
const label = (o: Obj | null) => (o && valid(o) ? `${o.name} (#${o.id})` : "(nobody)");
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

if (what === "auditlog") {
  const rows = result.rows ?? [];
  if (rows.length === 0) {
    print(who ? `No audit-log entries by or about ${label(who)}.` : "The audit log is empty.");
    return;
  }
  print(`Audit log${who ? ` for ${label(who)}` : ""} (newest first):`);
  for (const r of rows) {
    const actor = valid(r.actor) ? r.actor.name : "(gone)";
    print(`  ${when(r.at)}  ${actor}  ${r.action}  ${r.targetName}${r.detail ? `: ${r.detail}` : ""}`);
  }
  return;
}
const target = who as Obj;
if (what === "unsuspend") {
  if (result.previous === "active") print(`${label(target)} is not suspended or banned.`);
  else print(`${label(target)} may log in again (was ${result.previous}).`);
  return;
}
// suspend / ban: say so, then disconnect them if they are here.
if (what === "ban") print(`${label(target)} is banned.`);
else if (result.until) print(`${label(target)} is suspended until ${when(result.until)}.`);
else print(`${label(target)} is suspended until you @unsuspend them.`);
if (connectionInfo(target) !== null) {
  bootPlayer(target, result.message ?? "This account is suspended.");
  print(`${target.name} has been disconnected.`);
}
