/**
 * Turns terminal input (already decoded from UTF-8) into keys, one per keystroke, however the bytes
 * were chunked: a paste or packets merged in transit may carry many keys and escape sequences in one
 * chunk, and an escape sequence may be split across chunks. (node:readline drops cursor keys in that
 * case, which is why tsmoo has its own decoder and line editor.)
 */

export type KeyName =
  | "char"
  | "enter"
  | "tab"
  | "backspace"
  | "delete"
  | "escape"
  | "up"
  | "down"
  | "left"
  | "right"
  | "home"
  | "end"
  | "pageup"
  | "pagedown"
  | "insert"
  | "ctrl";

export interface Key {
  name: KeyName;
  /** For `char`: the character; for `ctrl`: the lower-case letter (`ctrl` + `a` = Ctrl-A). */
  ch?: string;
  /** Alt/Meta held (ESC prefix or modifier parameter). */
  alt?: boolean;
  /** Ctrl held with a cursor key (e.g. Ctrl-Left). */
  ctrl?: boolean;
}

const CSI_TILDE: Record<string, KeyName> = {
  "1": "home",
  "2": "insert",
  "3": "delete",
  "4": "end",
  "5": "pageup",
  "6": "pagedown",
  "7": "home",
  "8": "end",
};

const CSI_LETTER: Record<string, KeyName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
};

/** Applies an xterm modifier parameter (2 = Shift, 3 = Alt, 5 = Ctrl, …) to a key. */
function withModifier(key: Key, modifier: number): Key {
  const bits = modifier - 1;
  if (bits <= 0) return key;
  const out: Key = { ...key };
  if (bits & 2) out.alt = true;
  if (bits & 4) out.ctrl = true;
  return out;
}

/** Stateful decoder; keep one per connection. */
export class KeyDecoder {
  private pending = "";
  private lastWasCR = false;

  /** True when an incomplete escape sequence is buffered (call `flush` after a short pause). */
  get hasPending(): boolean {
    return this.pending !== "";
  }

  /** Decodes a chunk; incomplete escape sequences at its end wait for the next chunk. */
  push(text: string): Key[] {
    const input = this.pending + text;
    this.pending = "";
    const keys: Key[] = [];
    let i = 0;
    while (i < input.length) {
      const code = input.charCodeAt(i);
      if (code === 0x1b) {
        const consumed = this.decodeEscape(input, i, keys);
        if (consumed === 0) {
          this.pending = input.slice(i);
          break;
        }
        i += consumed;
        this.lastWasCR = false;
        continue;
      }
      const cp = input.codePointAt(i) ?? code;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      if (code === 0x0a || code === 0x00) {
        if (!this.lastWasCR) keys.push({ name: "enter" });
        this.lastWasCR = false;
        continue;
      }
      this.lastWasCR = code === 0x0d;
      if (code === 0x0d) keys.push({ name: "enter" });
      else if (code === 0x09) keys.push({ name: "tab" });
      else if (code === 0x7f || code === 0x08) keys.push({ name: "backspace" });
      else if (code < 0x20) keys.push({ name: "ctrl", ch: String.fromCharCode(code + 0x60) });
      else if (code >= 0x80 && code < 0xa0) {
        // C1 controls are ignored
      } else keys.push({ name: "char", ch });
    }
    return keys;
  }

  /** Emits whatever is pending as literal keys (a lone ESC becomes the Escape key). */
  flush(): Key[] {
    const rest = this.pending;
    this.pending = "";
    if (rest === "") return [];
    const keys: Key[] = [{ name: "escape" }];
    return keys.concat(this.push(rest.slice(1)));
  }

  /** Decodes an escape sequence at `i`; returns the characters consumed, or 0 when incomplete. */
  private decodeEscape(input: string, i: number, keys: Key[]): number {
    if (i + 1 >= input.length) return 0;
    const next = input[i + 1]!;
    if (next === "[") {
      // CSI: parameters 0x30–0x3f, intermediates 0x20–0x2f, final 0x40–0x7e
      let j = i + 2;
      while (j < input.length && /[0-9;:<=>?]/.test(input[j]!)) j++;
      while (j < input.length && /[ -/]/.test(input[j]!)) j++;
      if (j >= input.length) return input.length - i > 32 ? input.length - i : 0;
      const final = input[j]!;
      const params = input.slice(i + 2, j).split(";");
      const modifier = Number(params[1] ?? "1") || 1;
      if (final === "~") {
        const name = CSI_TILDE[params[0] ?? ""];
        if (name) keys.push(withModifier({ name }, modifier));
        // 200~/201~ (bracketed paste) and unknown codes are dropped
      } else {
        const name = CSI_LETTER[final];
        if (name) keys.push(withModifier({ name }, modifier));
        else if (final === "Z") keys.push({ name: "tab", alt: false, ctrl: false });
      }
      return j + 1 - i;
    }
    if (next === "O") {
      if (i + 2 >= input.length) return 0;
      const name = CSI_LETTER[input[i + 2]!];
      if (name) keys.push({ name });
      return 3;
    }
    if (next === "\x1b") {
      keys.push({ name: "escape" });
      return 1;
    }
    // Alt + key
    const sub = this.push(next);
    for (const key of sub) keys.push({ ...key, alt: true });
    return 2;
  }
}
