/**
 * The telnet byte-stream parser (RFC 854/855): splits what a client sends into plain data, option
 * negotiations (WILL/WONT/DO/DONT), subnegotiations (SB … SE) and single commands (GA, EOR, NOP, …).
 *
 * - `IAC IAC` is a literal 0xFF byte, in data and inside subnegotiation payloads.
 * - Sequences may be split across chunks at any byte.
 * - Broken input never throws: an unknown command after IAC is reported as a `command` and ignored
 *   by callers; `IAC <x>` inside SB (other than SE or IAC) aborts the subnegotiation and `<x>` is
 *   handled as a command; a payload longer than `maxSubnegotiation` is discarded up to its IAC SE.
 */

export const IAC = 255;
export const DONT = 254;
export const DO = 253;
export const WONT = 252;
export const WILL = 251;
export const SB = 250;
export const GA = 249;
export const NOP = 241;
export const SE = 240;
export const EOR_CMD = 239;

export type NegotiationVerb = typeof WILL | typeof WONT | typeof DO | typeof DONT;

export type TelnetEvent =
  | { type: "data"; data: Buffer }
  | { type: "negotiate"; verb: NegotiationVerb; option: number }
  | { type: "subnegotiation"; option: number; data: Buffer }
  | { type: "command"; command: number };

enum State {
  Data,
  Iac,
  Negotiate,
  SbOption,
  SbData,
  SbIac,
}

export class IacParser {
  private state = State.Data;
  private verb: NegotiationVerb = WILL;
  private sbOption = 0;
  private sbChunks: number[] = [];
  private sbOverflow = false;

  /** @param maxSubnegotiation longest SB payload kept, in bytes (longer ones are dropped). */
  constructor(private readonly maxSubnegotiation = 128 * 1024) {}

  /** Parses a chunk; returns the events it completes, in order. */
  push(chunk: Uint8Array): TelnetEvent[] {
    const events: TelnetEvent[] = [];
    let dataStart = -1;
    const flushData = (end: number): void => {
      if (dataStart >= 0 && end > dataStart)
        events.push({ type: "data", data: Buffer.from(chunk.subarray(dataStart, end)) });
      dataStart = -1;
    };
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      switch (this.state) {
        case State.Data:
          if (byte === IAC) {
            flushData(i);
            this.state = State.Iac;
          } else if (dataStart < 0) dataStart = i;
          break;
        case State.Iac:
          this.state = State.Data;
          if (byte === IAC) {
            events.push({ type: "data", data: Buffer.from([IAC]) });
          } else this.command(byte, events);
          break;
        case State.Negotiate:
          events.push({ type: "negotiate", verb: this.verb, option: byte });
          this.state = State.Data;
          break;
        case State.SbOption:
          this.sbOption = byte;
          this.sbChunks = [];
          this.sbOverflow = false;
          this.state = State.SbData;
          break;
        case State.SbData:
          if (byte === IAC) this.state = State.SbIac;
          else this.sbByte(byte);
          break;
        case State.SbIac:
          if (byte === IAC) {
            this.sbByte(IAC);
            this.state = State.SbData;
          } else if (byte === SE) {
            if (!this.sbOverflow) {
              events.push({ type: "subnegotiation", option: this.sbOption, data: Buffer.from(this.sbChunks) });
            }
            this.sbChunks = [];
            this.state = State.Data;
          } else {
            // Broken subnegotiation: drop it and treat the byte as the command it names.
            this.sbChunks = [];
            this.state = State.Data;
            this.command(byte, events);
          }
          break;
      }
    }
    flushData(chunk.length);
    return events;
  }

  private command(byte: number, events: TelnetEvent[]): void {
    if (byte === WILL || byte === WONT || byte === DO || byte === DONT) {
      this.verb = byte;
      this.state = State.Negotiate;
    } else if (byte === SB) {
      this.state = State.SbOption;
    } else {
      events.push({ type: "command", command: byte });
    }
  }

  private sbByte(byte: number): void {
    if (this.sbOverflow) return;
    if (this.sbChunks.length >= this.maxSubnegotiation) {
      this.sbOverflow = true;
      this.sbChunks = [];
      return;
    }
    this.sbChunks.push(byte);
  }
}

/** Doubles every 0xFF so text can be sent as telnet data. */
export function escapeIac(data: Buffer): Buffer {
  if (!data.includes(IAC)) return data;
  const out: number[] = [];
  for (const byte of data) {
    out.push(byte);
    if (byte === IAC) out.push(IAC);
  }
  return Buffer.from(out);
}

/** Builds `IAC SB <option> <payload, IAC doubled> IAC SE`. */
export function subnegotiation(option: number, payload: Buffer | number[]): Buffer {
  return Buffer.concat([Buffer.from([IAC, SB, option]), escapeIac(Buffer.from(payload)), Buffer.from([IAC, SE])]);
}
