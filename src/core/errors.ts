/**
 * The error catalogue. Every error a player or operator can see has a code here.
 * Families (after DjangoMOO's exceptions.py): `UserError` is shown to the player as is;
 * `PermissionDenied` is a UserError about access; `LimitError` is a sandbox limit;
 * `ConflictError` means "re-run the task" and is never shown; `ConfigError` stops start-up.
 * Any error rolls the task back.
 */

export type ErrorCode =
  | "E_PERM" // permission denied
  | "E_INVARG" // invalid argument
  | "E_INVIND" // invalid object (does not exist / recycled)
  | "E_PROPNF" // property not found
  | "E_VERBNF" // verb not found
  | "E_RECMOVE" // containment loop
  | "E_QUOTA" // out of quota
  | "E_TYPE" // wrong type
  | "E_NACC" // move refused by destination
  | "E_AMBIG" // ambiguous match
  | "E_PARSE" // command could not be parsed
  | "E_COMPILE" // verb source does not compile
  | "E_LIMIT" // time / memory / depth / output limit
  | "E_USER" // raised by verb code for the player
  | "E_CONFLICT" // concurrent write conflict, retry
  | "E_CONFIG" // bad configuration
  | "E_STORAGE"; // storage failure

export class MooError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An error whose message is meant for the player. */
export class UserError extends MooError {
  constructor(message: string, code: ErrorCode = "E_USER") {
    super(code, message);
  }
}

export class PermissionDenied extends UserError {
  constructor(message: string) {
    super(message, "E_PERM");
  }
}

export class NoSuchObjectError extends UserError {
  constructor(readonly what: string) {
    super(`There is no '${what}' here.`, "E_INVIND");
  }
}

export class AmbiguousMatchError extends UserError {
  constructor(
    readonly what: string,
    readonly candidates: string[],
  ) {
    super(`When you say "${what}", do you mean ${orList(candidates)}?`, "E_AMBIG");
  }
}

export class NoSuchPropertyError extends UserError {
  constructor(readonly prop: string) {
    super(`There is no '${prop}' property defined.`, "E_PROPNF");
  }
}

export class NoSuchVerbError extends UserError {
  constructor(readonly verb: string) {
    super(`There is no verb '${verb}' defined.`, "E_VERBNF");
  }
}

export class RecursiveMoveError extends UserError {
  constructor(message: string) {
    super(message, "E_RECMOVE");
  }
}

export class QuotaError extends UserError {
  constructor(message: string) {
    super(message, "E_QUOTA");
  }
}

export class InvalidArgument extends UserError {
  constructor(message: string) {
    super(message, "E_INVARG");
  }
}

export class CompileError extends UserError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message, "E_COMPILE");
  }
}

export class LimitError extends MooError {
  constructor(message: string) {
    super("E_LIMIT", message);
  }
}

export class ConflictError extends MooError {
  constructor(message = "concurrent modification") {
    super("E_CONFLICT", message);
  }
}

export class ConfigError extends MooError {
  constructor(message: string) {
    super("E_CONFIG", message);
  }
}

export class StorageError extends MooError {
  constructor(message: string) {
    super("E_STORAGE", message);
  }
}

/** "A or B", "A, B or C" */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
