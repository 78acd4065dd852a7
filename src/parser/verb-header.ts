/**
 * The one-line header at the top of every default-world verb file (and accepted by @edit):
 *   // @verb l*ook inspect --on $room --dspec any --ispec at:any --ispec in:any
 * Names first, then options: --on (a `$name` or `#N`), --dspec this|any|none|either,
 * --ispec PREP:this|any|none (repeatable; PREP is a preposition or synonym, `any` or `none`;
 * multi-word ones with underscores: `in_front_of`).
 */
import { InvalidArgument } from "../core/errors.js";
import type { ObjSpec, PrepSpec } from "../core/verb-spec.js";
import { canonicalPrep } from "./prepositions.js";

export interface VerbHeader {
  names: string[];
  on: string;
  dspec: ObjSpec;
  ispecs: PrepSpec[];
}

const HEADER = /^\s*\/\/\s*@verb\s+(.+)$/;

export function hasVerbHeader(source: string): boolean {
  return HEADER.test(source.split("\n", 1)[0] ?? "");
}

export function parseVerbHeader(source: string): VerbHeader {
  const first = source.split("\n", 1)[0] ?? "";
  const m = HEADER.exec(first);
  if (!m?.[1]) throw new InvalidArgument("The first line must be a header like: // @verb look --on $room --dspec any");
  const words = m[1].trim().split(/\s+/);
  const names: string[] = [];
  let on = "";
  let dspec: ObjSpec = "none";
  const ispecs: PrepSpec[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const val = () => {
      const v = words[++i];
      if (v === undefined) throw new InvalidArgument(`The header option ${w} needs a value.`);
      return v;
    };
    if (w === "--on") on = val();
    else if (w === "--dspec" || w === "--dobj") {
      const v = val();
      if (!["this", "any", "none", "either"].includes(v))
        throw new InvalidArgument(`--dspec must be this, any, none or either, not '${v}'.`);
      dspec = v as ObjSpec;
    } else if (w === "--ispec" || w === "--iobj") {
      const [typed, spec] = val().split(":");
      if (!typed || !spec || !["this", "any", "none"].includes(spec)) {
        throw new InvalidArgument("--ispec looks like PREP:SPEC, e.g. in:any or with:this.");
      }
      // Synonyms are accepted and stored as their canonical word (`to` → `at`, `onto` → `on`).
      const prep = typed === "any" || typed === "none" ? typed : canonicalPrep(typed.replace(/_/g, " "));
      if (!prep) throw new InvalidArgument(`'${typed}' is not a preposition.`);
      ispecs.push({ prep, spec: spec as PrepSpec["spec"] });
    } else if (w.startsWith("--")) throw new InvalidArgument(`Unknown header option ${w}.`);
    else names.push(w);
  }
  if (names.length === 0) throw new InvalidArgument("The header names no verb.");
  return { names, on, dspec, ispecs };
}
