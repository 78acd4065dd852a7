/** Renders a world value for the player (`;` results): strings quoted, objects as `#12`. */
import { isObjRef, type MooValue } from "../../core/values.js";

export function formatValue(v: MooValue, depth = 0): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isObjRef(v)) return `#${v.id}`;
  if (depth > 20) return "…";
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, depth + 1)).join(", ")}]`;
  const parts = Object.entries(v).map(
    ([k, x]) => `${/^[A-Za-z$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${formatValue(x, depth + 1)}`,
  );
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}
