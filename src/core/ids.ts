/**
 * Object identity. Every world entity is an object numbered `#N`; numbers are never reused.
 * The three negative sentinels follow LambdaMOO: they are not stored objects.
 */
export type ObjId = number;

export const SYSTEM_OBJECT: ObjId = 0;
export const NOTHING: ObjId = -1;
export const AMBIGUOUS_MATCH: ObjId = -2;
export const FAILED_MATCH: ObjId = -3;

/** `#12` */
export function formatId(id: ObjId): string {
  return `#${id}`;
}

/** Parses `#12` (or `#-1`) into a number, or returns null. */
export function parseObjId(text: string): ObjId | null {
  const m = /^#(-?\d+)$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}
