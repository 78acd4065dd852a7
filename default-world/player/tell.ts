// @verb tell --on $player --dspec this --ispec none:none
/**
 * tell(text[, kind]): sends a line to this player unless they gag its sender; paranoid players see who sent it (level 2) or can @check it later (level 1) (method).
 */
import type { MooValue } from "moo";
import { tell } from "moo";

const text = String(args[0] ?? "");
if (this.call("gag_p")) return false;
const level = Number(this.get("paranoid") ?? 0);
let line = text;
if (level === 2 && player.id !== this.id) line = `(${player.name} #${player.id}) ${text}`;
if (level === 1) {
  const lines = Math.max(1, Number(this.get("lines") ?? 10));
  const log = ((this.get("responsible") ?? []) as MooValue[]).slice(-(lines - 1));
  log.push([player, caller, text]);
  this.set("responsible", log);
}
tell(this, line);
return true;
