/**
 * The System Object (#0): its object-valued properties are the `$name` globals (`$room`,
 * `$player`, `$player_start`, ...).
 */
import { type ObjId, SYSTEM_OBJECT } from "../core/ids.js";
import { ObjRef, ref } from "../core/values.js";
import { SYSTEM, type WorldTx } from "./world-tx.js";

/** The valid object named by `$name`, or undefined. */
export function sysObj(tx: WorldTx, name: string): ObjId | undefined {
  const v = tx.findProp(SYSTEM_OBJECT, name)?.value;
  return v instanceof ObjRef && tx.valid(v.id) ? v.id : undefined;
}

/** Sets `$name` to an object (defining the property on #0 if needed). */
export function setSysObj(tx: WorldTx, name: string, id: ObjId): void {
  tx.setProp(SYSTEM, SYSTEM_OBJECT, name, ref(id));
}
