/**
 * ACL evaluation (reference §2.2). Rows matching the permission (or `anything`) and the accessor
 * (the accessor itself, `everyone`, `owners` when the accessor owns the subject, `wizards` when
 * the accessor is a wizard) are collected; any deny wins; else any allow grants; no rows deny.
 * The owner of a subject may always `grant` (edit its ACL).
 */
import type { ObjId } from "../core/ids.js";
import type { AclRow, Permission } from "./records.js";

export interface AclSubject {
  acl: readonly AclRow[];
  owner: ObjId;
}

export function aclAllows(who: ObjId, isWizard: boolean, perm: Permission, subject: AclSubject): boolean {
  if (perm === "grant" && subject.owner === who) return true;
  let allowed = false;
  for (const row of subject.acl) {
    if (row.permission !== perm && row.permission !== "anything") continue;
    const matches =
      row.accessor === who ||
      row.group === "everyone" ||
      (row.group === "owners" && subject.owner === who) ||
      (row.group === "wizards" && isWizard);
    if (!matches) continue;
    if (row.rule === "deny") return false;
    allowed = true;
  }
  return allowed;
}
