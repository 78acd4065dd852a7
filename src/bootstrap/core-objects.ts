/**
 * The objects every world needs before anything else: the System Object (#0, whose object-valued
 * properties are the `$name` globals), the root class, and the first wizard with its account.
 * Idempotent: running it on an existing world changes nothing.
 */
import { randomBytes } from "node:crypto";
import { NOTHING, type ObjId, SYSTEM_OBJECT } from "../core/ids.js";
import { type Accounts, SYSTEM, setSysObj, sysObj, type World } from "../world/index.js";

export interface CoreResult {
  created: boolean;
  wizard: ObjId;
  /** Set when a password was generated (print it once). */
  generatedPassword?: string;
}

export const WIZARD_LOGIN = "wizard";

export async function ensureCoreObjects(
  world: World,
  accounts: Accounts,
  opts: { wizardPassword?: string | undefined },
): Promise<CoreResult> {
  await world.ensureIds();
  const tx = world.begin();
  let created = false;
  if (!tx.rec(SYSTEM_OBJECT)) {
    created = true;
    tx.create(SYSTEM, { name: "System Object", id: SYSTEM_OBJECT });
    setSysObj(tx, "nothing", NOTHING);
    setSysObj(tx, "system", SYSTEM_OBJECT);
  }
  let root = sysObj(tx, "root_class");
  if (root === undefined) {
    root = tx.create(SYSTEM, { name: "Root Class", owner: SYSTEM_OBJECT });
    setSysObj(tx, "root_class", root);
  }
  let wizard = sysObj(tx, "first_wizard");
  if (wizard === undefined) {
    wizard = tx.create(SYSTEM, { name: "Wizard", parents: [root] });
    tx.setRoles(SYSTEM, wizard, { player: true, wizard: true, programmer: true, builder: true });
    tx.setOwner(SYSTEM, wizard, wizard);
    setSysObj(tx, "first_wizard", wizard);
    // The system objects belong to the first wizard.
    tx.setOwner(SYSTEM, SYSTEM_OBJECT, wizard);
    tx.setOwner(SYSTEM, root, wizard);
  }
  await world.commit(tx);

  const result: CoreResult = { created, wizard };
  if (!(await accounts.byLogin(WIZARD_LOGIN))) {
    let password = opts.wizardPassword;
    if (!password) {
      password = randomBytes(12).toString("base64url");
      result.generatedPassword = password;
    }
    await accounts.create(WIZARD_LOGIN, password, wizard);
  }
  return result;
}
