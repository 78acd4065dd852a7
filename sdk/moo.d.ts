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
    /** Whether room contents listings show it. */
    readonly obvious: boolean;
    /** Where it rests relative to another object in the same place (`on the desk`), or null. */
    readonly placement: Placement | null;
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
    /** Replaces the aliases (needs `write`). */
    setAliases(aliases: string[]): void;
    /** Shows or hides it in room contents listings (needs `write`). */
    setObvious(obvious: boolean): void;
    /** Places it on/under/behind/before/beside/over `target`, in the same place (needs `move`). */
    setPlacement(prep: string, target: MooObject): void;
    clearPlacement(): void;

    // ---- verbs as data (verbs are named by a name — exact first, then by pattern — or their `id`)
    /** Verbs defined on this object (`inherited`: then those of its ancestors, nearest first). Needs `read`. */
    verbs(inherited?: boolean): VerbInfo[];
    /** The verb `name` selects on this object (own or inherited), or null. Needs `read`. */
    findVerb(name: string): VerbInfo | null;
    /** The source of a verb defined on this object. Needs `read` on the verb. */
    verbCode(verb: string | number): string;
    /**
     * Adds a verb (needs `write` on this object). `names` is a list or a space-separated string.
     * The code is compiled first: a CompileError (code `E_COMPILE`, message ending `(line N)`) adds nothing.
     */
    addVerb(names: string | string[], options?: VerbOptions): VerbInfo;
    /**
     * Replaces a verb's code (needs `write` on the verb); compiled first, nothing changes on a
     * CompileError. A first line `// @verb names --dspec … --ispec …` also sets the argument specs.
     */
    setVerbCode(verb: string | number, code: string): VerbInfo;
    /** Names and argument specs (`write` on the verb) or owner (`entrust`). */
    setVerbInfo(verb: string | number, changes: VerbChanges): VerbInfo;
    /** Removes a verb defined on this object (needs `write` on the object). */
    removeVerb(verb: string | number): void;

    // ---- properties as data
    /** Every property visible on this object (own, then inherited). Needs `read` on the object. */
    properties(): PropInfo[];
    /** Introduces a new property here (needs `write` on the object); fails if it already has one of that name. */
    defineProp(name: string, value: MooValue, options?: { owner?: MooObject; inheritOwner?: boolean }): void;
    /** Removes a property defined here, and every descendant's value for it (needs `write` on the object). */
    deleteProp(name: string): void;
    /** An inherited property follows its parent's value again (needs `write` on the property). */
    clearProp(name: string): void;
    /** Owner (needs `entrust`) or the inherit-owner flag (needs `write`) of a property. */
    setPropInfo(name: string, changes: { owner?: MooObject; inheritOwner?: boolean }): void;

    // ---- permissions
    /** The ACL rows of this object, or of one of its verbs / properties. Needs `grant` (owners always may). */
    getAcl(target?: AclTarget): AclRow[];
    /** Replaces those ACL rows. Needs `grant`. */
    setAcl(rows: AclRow[], target?: AclTarget): void;
    /** `#12` */
    toString(): string;
  }

  /**
   * `$.room` is the object in the System Object's `room` property; `$.system` is #0 itself.
   * `$` names objects (LambdaMOO's `$thing`), so its entries are typed as objects; read a #0
   * property holding any other value with `$.system.get(name)`.
   */
  export type SystemObjects = { readonly system: MooObject } & { readonly [name: string]: MooObject };
  export const $: SystemObjects;

  export interface Placement {
    prep: string;
    target: MooObject;
  }

  // ------------------------------------------------------------------ verbs and properties as data

  /** Direct-object spec: `this` object, `any` object typed, `none` typed, or `either`. */
  export type ObjSpec = "this" | "any" | "none" | "either";
  /** An indirect-object spec: a preposition (synonyms allowed, stored canonical) or `any`/`none`. */
  export interface PrepSpec {
    prep: string;
    spec: "this" | "any" | "none";
  }
  export interface VerbInfo {
    /** The verb's number (stable; use it to name the verb exactly). */
    id: number;
    names: string[];
    /** The object the verb is defined on. */
    definer: MooObject;
    owner: MooObject;
    dspec: ObjSpec;
    ispecs: PrepSpec[];
    /** May you read its source? */
    readable: boolean;
    /** May you call it? */
    executable: boolean;
    /** Its doc comment (the first block comment after the header), "" when none or when you may neither read nor call it. */
    doc: string;
  }
  export interface VerbOptions {
    dspec?: ObjSpec;
    ispecs?: PrepSpec[];
    /** TypeScript source (default: empty). */
    code?: string;
    /** Someone else as owner needs a wizard. */
    owner?: MooObject;
  }
  export interface VerbChanges {
    names?: string | string[];
    dspec?: ObjSpec;
    ispecs?: PrepSpec[];
    owner?: MooObject;
  }
  export interface PropInfo {
    name: string;
    definer: MooObject;
    owner: MooObject;
    /** LambdaMOO's `c` flag: on descendants the property belongs to the definer's owner. */
    inheritOwner: boolean;
    readable: boolean;
    writable: boolean;
    /** Inherited, with no value of its own here. */
    clear: boolean;
    /** Present only when readable. */
    value?: MooValue;
  }
  /** Where a verb's code does not compile. */
  export interface CodeProblem {
    line: number;
    message: string;
  }
  /** Compiles verb code without saving it: null when it is fine. */
  export function checkCode(code: string): CodeProblem | null;

  export type Permission =
    | "read"
    | "write"
    | "entrust"
    | "grant"
    | "execute"
    | "move"
    | "transmute"
    | "derive"
    | "anything";
  /** One ACL row: for a group (`everyone`, `owners`, `wizards`) or one object (`who`). Any deny wins. */
  export interface AclRow {
    rule: "allow" | "deny";
    permission: Permission;
    group?: "everyone" | "owners" | "wizards";
    who?: MooObject;
  }
  /** An object's own ACL (omitted), or one of its verbs (own or inherited) or properties. */
  export type AclTarget = { verb: string | number } | { prop: string };

  // ------------------------------------------------------------------ players, connections, server

  export interface Roles {
    player: boolean;
    builder: boolean;
    programmer: boolean;
    wizard: boolean;
  }
  /** A player's roles (wizard implies programmer implies builder). */
  export function roles(who: ObjectRef): Roles;
  /** Wizards only: changes roles (`player: true` makes an object a player). */
  export function setRoles(who: ObjectRef, roles: Partial<Roles>): void;
  /** Players with at least one live connection, by number. */
  export function connectedPlayers(): MooObject[];
  export interface ConnectionInfo {
    connections: number;
    connectedSeconds: number;
    idleSeconds: number;
  }
  /** A connected player's connection times, or null when not connected. */
  export function connectionInfo(who: ObjectRef): ConnectionInfo | null;
  export interface ServerInfo {
    version: string;
    node: string;
    pid: number;
    memoryMb: number;
    uptimeSeconds: number;
    objects: number;
    recycled: number;
    verbs: number;
    players: number;
    connections: number;
    connectedPlayers: number;
    tasksQueued: number;
    tasksScheduled: number | null;
  }
  /** Wizards only (the acting permissions): server version and statistics. */
  export function serverInfo(): ServerInfo;
  /** A random password (16 characters, from a secure source). */
  export function generatePassword(): string;

  /**
   * An account change or query. Accounts live outside the world, so it happens after this task
   * commits; the result goes to `callback` (its first argument, then `args`) in a follow-up task.
   * Without a callback only a failure is shown. Wizard-owned verbs only (as for openEditor); the player typing the
   * command must be a wizard to create accounts or touch another player's account, and must give
   * the old password to change their own.
   */
  export type AccountRequest =
    | { op: "create"; login: string; password: string; player: MooObject }
    | { op: "setPassword"; player: MooObject; password: string; old?: string | null }
    | { op: "info"; player: MooObject }
    | { op: "keys"; player: MooObject }
    | { op: "addKey"; player: MooObject; key: string }
    | { op: "removeKey"; player: MooObject; index: number };
  /** What an account callback receives. */
  export type AccountResult =
    | {
        ok: true;
        login?: string;
        status?: string;
        keys?: { index: number; type: string; fingerprint: string; comment: string }[];
        key?: { type: string; fingerprint: string; comment: string };
      }
    | { ok: false; error: string };
  export function account(
    request: AccountRequest,
    callback?: { obj: MooObject; verb: string; args?: MooValue[] },
  ): void;

  /** `#12`, 12, `$room`, `me`, `here`, or a name/alias in your inventory, your room, or of a player. */
  export function lookup(what: string | ObjectRef): MooObject;
  /**
   * Whether `what` is an object that exists (not recycled). A value of another type is narrowed
   * to MooObject; a MooObject (which may be `#-1` or recycled) is left as it is.
   */
  export function valid(what: MooObject): boolean;
  export function valid(what: unknown): what is MooObject;
  export function players(): MooObject[];

  export interface CreateOptions {
    parents?: MooObject[];
    /** Defaults to you (the verb's permissions); someone else needs a wizard. */
    owner?: MooObject;
    /** Defaults to the owner's location; null: nowhere. */
    location?: MooObject | null;
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
    /** The verb called with the saved text followed by `args` (not called when the player cancels). */
    callback: { obj: MooObject; verb: string };
    args?: MooValue[];
  }
  /**
   * Wizard-owned verbs only (the verb's owner counts, so a wizard-owned command may first drop to
   * the player's permissions with `setTaskPerms(player)`): opens an editor for the player; returns
   * the prompt id. On a plain client the player types lines and ends with a line ".".
   */
  export function openEditor(options: EditorOptions): string;

  export interface InputOptions {
    prompt: string;
    password?: boolean;
    callback: { obj: MooObject; verb: string };
    args?: MooValue[];
  }
  /** Wizard-owned verbs only (as for openEditor): asks the player for a line of input; returns the prompt id. */
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
