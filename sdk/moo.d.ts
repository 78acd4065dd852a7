/**
 * The verb SDK: what TypeScript verb code can import (`import { lookup, print } from "moo"`) and
 * the variables every verb body sees. Editors use this file for completion and type checking;
 * the runtime implements it in src/runtime/sandbox/shim.js (keep the two in step, and the name
 * lists in src/runtime/compile/sdk-names.ts).
 *
 * A verb body runs as a function: top-level `return` is allowed, `this` is the object the verb was
 * found on, and it runs with its owner's permissions. Names beginning with `_` are reserved.
 */

// Variables of every verb body (LambdaMOO's verb variables). Assigning them changes nothing in the world.
/** The player who typed the command (fixed for the whole task). */
declare let player: import("moo").MooObject;
/** The object whose verb called this one (`player` for a command). */
declare let caller: import("moo").MooObject;
/** The name this verb was invoked by. */
declare let verb: string;
/** Arguments of a verb call (empty for a command). */
declare let args: import("moo").MooValue[];
/** Everything typed after the verb word. */
declare let argstr: string;
/** The words after the verb word. */
declare let words: string[];
/** The direct object (`#-1` when none was typed or it did not match). */
declare let dobj: import("moo").MooObject;
declare let dobjstr: string;
/** The first preposition (canonical, e.g. `in` for `into`), or "". */
declare let prep: string;
declare let prepstr: string;
/** The object after the first preposition. */
declare let iobj: import("moo").MooObject;
declare let iobjstr: string;
/** In `;`/`@eval` code only: the player's location. */
declare let here: import("moo").MooObject;

declare module "moo" {
  // ------------------------------------------------------------------ values

  /** What properties hold and verbs pass: JSON-like data and object references. */
  export type MooValue = null | boolean | number | string | MooObject | MooValue[] | { [key: string]: MooValue };
  /** Anything that names an object: a handle or its number. */
  export type ObjectRef = MooObject | number;

  // ------------------------------------------------------------------ objects

  /**
   * A world object. Handles are frozen and compare with `===` (one handle per object per task).
   * Every method asks the world, which checks the running verb's permissions.
   */
  export class MooObject {
    private constructor();
    /** The object number (`#12` → 12). */
    readonly id: number;
    readonly name: string;
    readonly owner: MooObject;
    /** `#-1` when nowhere. */
    readonly location: MooObject;
    readonly contents: MooObject[];
    readonly parents: MooObject[];
    readonly aliases: string[];
    readonly isPlayer: boolean;
    /** False once recycled. */
    readonly valid: boolean;
    /** Reads a property (own or inherited). Needs `read` on it. */
    get(name: string): MooValue;
    /** Writes a property; creates it on this object when missing (needs `write`). */
    set(name: string, value: MooValue): void;
    has(name: string): boolean;
    hasVerb(name: string): boolean;
    isA(ancestor: ObjectRef): boolean;
    /** Calls a verb (needs `execute`); it runs with its own owner's permissions. */
    call(name: string, ...args: MooValue[]): MooValue;
    /** Needs `write`. */
    setName(name: string): void;
    /** Needs `entrust`. */
    setOwner(owner: ObjectRef): void;
    /** Needs `transmute` on this object and `derive` on each new parent. */
    setParents(parents: MooObject[]): void;
    /** Same as `move(this, dest)`. */
    moveTo(dest: MooObject | null): void;
    /** Sends text to this object (shown if it is a connected player). */
    tell(...parts: unknown[]): void;
    /** `#12` */
    toString(): string;
  }

  /** `$.room` is the object in the System Object's `room` property; `$.system` is #0 itself. */
  export type SystemObjects = { readonly system: MooObject } & { readonly [name: string]: MooValue };
  export const $: SystemObjects;

  /** `#12`, 12, `$room`, `me`, `here`, or a name/alias in your inventory, your room, or of a player. */
  export function lookup(what: string | ObjectRef): MooObject;
  export function valid(what: unknown): boolean;
  export function players(): MooObject[];

  export interface CreateOptions {
    parents?: MooObject[];
    /** Defaults to you (the verb's permissions); someone else needs a wizard. */
    owner?: MooObject;
    /** Defaults to the owner's location. */
    location?: MooObject;
  }
  /** Creates an object (quota permitting); runs its `initialize` verb if it has one. */
  export function create(name: string, options?: CreateOptions): MooObject;
  /** Moves an object (needs `move`); the destination's `accept` verb must agree (wizards excepted). */
  export function move(what: ObjectRef, dest: ObjectRef | null): void;
  /** Recycles an object (needs `write`). */
  export function recycle(what: ObjectRef): void;

  // ------------------------------------------------------------------ verbs and tasks

  /** Calls the same-named verb on the parents of the verb's definer, with the same `this`. */
  export function passthrough(...args: MooValue[]): MooValue;

  export interface InvokeOptions {
    /** Seconds from now (default 0). */
    delay?: number;
    /** Repeat every N seconds (wizards only). */
    every?: number;
    /** Cron expression (wizards only). */
    cron?: string;
  }
  /** Runs a verb later as its own task (after this task commits). Needs `execute`. */
  export function invoke(what: ObjectRef, verb: string, options?: InvokeOptions, ...args: MooValue[]): void;
  /** Wizards only: act with `who`'s permissions for the rest of this verb. */
  export function setTaskPerms(who: ObjectRef): void;
  /** Is `who` (default: the player) a wizard? */
  export function isWizard(who?: ObjectRef): boolean;
  /** Milliseconds left in this task's time budget. */
  export function timeLeft(): number;

  // ------------------------------------------------------------------ output

  /** Prints a line to the player running the command (parts joined by spaces). */
  export function print(...parts: unknown[]): void;
  export type TellKind = "text" | "say" | "emote" | "page" | "whisper" | "system";
  /** Sends a line to another object (delivered after the task commits). */
  export function tell(to: ObjectRef, ...parts: unknown[]): void;
  /** Sends a line to everyone in a room (default: the player's location) except the player. */
  export function announce(
    text: string,
    options?: { room?: MooObject; except?: MooObject[]; includeSelf?: boolean; kind?: TellKind },
  ): void;

  export interface PagerOptions {
    title?: string;
    content: string;
    contentType?: "text" | "typescript" | "json";
  }
  /** Shows long text in the player's pager. */
  export function openPager(options: PagerOptions): void;

  export interface EditorOptions extends PagerOptions {
    /** The verb called with the edited text (or null when cancelled) followed by `args`. */
    callback: { obj: MooObject; verb: string };
    args?: MooValue[];
  }
  /** Wizard-owned verbs only: opens an editor for the player; returns the prompt id. */
  export function openEditor(options: EditorOptions): string;

  export interface InputOptions {
    prompt: string;
    password?: boolean;
    callback: { obj: MooObject; verb: string };
    args?: MooValue[];
  }
  /** Wizard-owned verbs only: asks the player for a line of input; returns the prompt id. */
  export function promptInput(options: InputOptions): string;

  // ------------------------------------------------------------------ errors

  /** Errors from the world carry a code: E_PERM, E_INVARG, E_PROPNF, E_VERBNF, … */
  export class MooError extends Error {
    constructor(message: string, code?: string);
    readonly code: string;
  }
  /** Throw to stop the command and show the player just this message (the task is rolled back). */
  export class UserError extends MooError {
    constructor(message: string, code?: string);
  }

  /** The command variables as one object (for helper functions' signatures). */
  export interface CommandContext {
    player: MooObject;
    caller: MooObject;
    verb: string;
    args: MooValue[];
    argstr: string;
    words: string[];
    dobj: MooObject;
    dobjstr: string;
    prep: string;
    prepstr: string;
    iobj: MooObject;
    iobjstr: string;
  }
}
