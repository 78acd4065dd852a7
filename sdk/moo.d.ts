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
    | { op: "removeKey"; player: MooObject; index: number }
    /**
     * Moderation (a wizard must have typed the command). Wizards cannot be sanctioned, nor can you
     * sanction yourself. `hours` omitted: suspended until `unsuspend`. `unsuspend` lifts a ban too.
     * Each is written to the audit log.
     */
    | { op: "suspend"; player: MooObject; hours?: number | null; reason?: string | null }
    | { op: "unsuspend"; player: MooObject }
    | { op: "ban"; player: MooObject; reason?: string | null }
    /** The newest audit-log rows (default 30), or those with `player` as actor or target. Wizards only. */
    | { op: "auditLog"; player?: MooObject | null; limit?: number };
  /** One audit-log row (`at` is ISO-8601 UTC). */
  export interface AuditRow {
    id: number;
    at: string;
    actor: MooObject;
    action: string;
    target: MooObject;
    targetName: string;
    detail: string;
  }
  /** What an account callback receives. */
  export type AccountResult =
    | {
        ok: true;
        login?: string;
        /** After moderation: active, suspended or banned. */
        status?: string;
        /** A suspension's end (ISO-8601 UTC), or null when it lasts until lifted. */
        until?: string | null;
        /** The refusal a sanctioned player gets at login ("This account is suspended until …"). */
        message?: string;
        /** `unsuspend`: the status before (active when there was nothing to lift). */
        previous?: string;
        keys?: { index: number; type: string; fingerprint: string; comment: string }[];
        key?: { type: string; fingerprint: string; comment: string };
        rows?: AuditRow[];
      }
    | { ok: false; error: string };
  export function account(
    request: AccountRequest,
    callback?: { obj: MooObject; verb: string; args?: MooValue[] },
  ): void;

  /**
   * A mail operation on the mailbox of the player who typed the command (the sender, for `send`).
   * No request names another mailbox or sender. `n` is 1-based over the newest-first list of
   * messages not deleted (`undelete`: over the deleted ones). It happens in this task's commit, so
   * a task that fails sends nothing and marks nothing read; the result goes to `callback` (its
   * first argument, then `args`) in a follow-up task. Wizard-owned verbs only (as for account).
   * Limits: subject 200 characters, body 20,000, 50 recipients, 20 requests per task.
   */
  export type MailRequest =
    | { op: "send"; to: MooObject | MooObject[]; subject: string; body: string }
    /** Summaries, newest first: `limit` (default 10, at most 100) from `offset` (default 0). */
    | { op: "list"; deleted?: boolean; offset?: number; limit?: number }
    /** `read` marks the message read; `get` does not. */
    | { op: "read" | "get" | "delete" | "undelete"; n: number }
    | { op: "stats" }
    | { op: "unread" };
  /** A message in a list (`n` is its index in that list). */
  export interface MailSummary {
    n: number;
    id: number;
    /** `#-1` when the sender no longer exists. */
    from: MooObject;
    subject: string;
    /** ISO-8601 UTC. */
    sentAt: string;
    read: boolean;
  }
  export interface MailMessage extends MailSummary {
    to: MooObject[];
    body: string;
    deleted: boolean;
  }
  /** What a mail callback receives. */
  export type MailResult =
    | {
        ok: true;
        /** `send`: the new message's id and its recipients. */
        id?: number;
        to?: MooObject[];
        /** `list`: one page, and how many messages the whole list has. */
        messages?: MailSummary[];
        total?: number;
        /** `read`, `get`, `delete`, `undelete`. */
        message?: MailMessage;
        /** `stats` (total = not deleted) and `unread`. */
        unread?: number;
        deleted?: number;
      }
    | { ok: false; error: string };
  export function mail(request: MailRequest, callback?: { obj: MooObject; verb: string; args?: MooValue[] }): void;
  /**
   * Ends every session of a player after this task commits, showing them `message` (default "You
   * have been disconnected."). Wizards (the acting permissions) may boot anyone; others only themselves.
   */
  export function bootPlayer(who: ObjectRef, message?: string): void;

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
  /** Recycles an object (needs `write`): it leaves the world, its owner's quota is refunded, `restore` brings it back. */
  export function recycle(what: ObjectRef): void;
  export interface RecycledObject {
    /** A handle you can pass to `restore` or `destroy` (its fields cannot be read while recycled). */
    obj: MooObject;
    name: string;
    owner: MooObject;
    /** When it was recycled (ISO-8601 UTC). */
    recycledAt: string;
  }
  /**
   * Recycled objects of `owner` (default: yours, the verb's permissions); `null` lists everyone's.
   * Other people's need a wizard.
   */
  export function recycledObjects(owner?: ObjectRef | null): RecycledObject[];
  /**
   * Brings a recycled object back, nowhere (move it where it belongs next). Its owner or a wizard;
   * the owner's quota is charged again.
   */
  export function restore(what: ObjectRef): void;
  /**
   * Deletes an object for good, recycled or not (needs `write`; players cannot be destroyed): its
   * children get its parents, its contents go nowhere, references to it read as `#-1`.
   */
  export function destroy(what: ObjectRef): void;
  /** Objects whose parents include `obj` (valid ones, by number). */
  export function children(obj: ObjectRef): MooObject[];
  /**
   * Everything that inherits from `obj`, depth first (children by number), each with its depth
   * (1 = a child); an object with several parents is listed once.
   */
  export function descendants(obj: ObjectRef): { obj: MooObject; depth: number }[];
  /** The valid objects `owner` owns (someone else's need a wizard). */
  export function ownedObjects(owner: ObjectRef): MooObject[];
  export interface ReloadResult {
    /** The file under default-world/. */
    file: string;
    /** The object the verb is on (`#-1` when the file's `--on` names no object). */
    obj: MooObject;
    /** The verb's first name. */
    verb: string;
    status: "updated" | "unchanged" | "added" | "failed";
    /** Why it failed ("" otherwise). */
    message: string;
  }
  /**
   * Re-reads the default world's verb files (`@reload`): every file (no object), those placed on
   * `obj`, or the one `verb` on `obj` was loaded from (that one throws instead of reporting a
   * failure). Programmers only; each verb is changed as an edit would (`write` on it), a missing
   * one is added (`write` on the object). A compile error leaves that verb as it was.
   */
  export function reloadVerbs(obj?: ObjectRef | null, verb?: string): ReloadResult[];

  // ------------------------------------------------------------------ verbs and tasks

  /** Calls the same-named verb on the parents of the verb's definer, with the same `this`. */
  export function passthrough(...args: MooValue[]): MooValue;

  export interface InvokeOptions {
    /** Seconds from now (default 0). */
    delay?: number;
    /** Repeat every N seconds (wizards only); the first run is one interval from now, or after `delay`. */
    every?: number;
    /** Cron expression (wizards only). */
    cron?: string;
    /** The new task's player (default: this task's player); someone else needs a wizard. */
    player?: MooObject;
  }
  /**
   * Runs a verb later as its own task (after this task commits). Needs `execute`. Returns the
   * schedule's id, for `cancelSchedule` (a periodic schedule runs until cancelled).
   */
  export function invoke(what: ObjectRef, verb: string, options?: InvokeOptions, ...args: MooValue[]): string;
  /** A stored schedule (`schedules()`); `nextRun` is epoch milliseconds, `every` seconds. */
  export interface ScheduleInfo {
    id: string;
    this: MooObject;
    verb: string;
    /** Who scheduled it (whose it is to cancel). */
    by: MooObject;
    player: MooObject;
    every: number | null;
    cron: string | null;
    nextRun: number | null;
    /** The error of the last run that failed, if any. */
    lastError: string | null;
  }
  /** Schedules (of verbs on `what`, or all) that you may manage: your own; wizards see every one. */
  export function schedules(what?: ObjectRef): ScheduleInfo[];
  /**
   * Cancels a schedule when this task commits: yours, or any for a wizard (someone else's is
   * refused). Returns false when no such schedule is known.
   */
  export function cancelSchedule(id: string): boolean;
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
