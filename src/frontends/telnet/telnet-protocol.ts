/**
 * Telnet option negotiation for one connection, on top of `IacParser`: GMCP, MSSP, EOR/GA, CHARSET
 * UTF-8, TTYPE with the three-stage MTTS handshake, NAWS, and ECHO for password prompts.
 *
 * Offers at start: WILL GMCP, WILL MSSP, WILL EOR, WILL CHARSET, WONT SGA (so MUD clients expect GA
 * after prompts), DO TTYPE, DO NAWS. Rules: a DO for an option we support enables it (answered
 * with WILL unless we offered it already), any other DO gets WONT; DONT disables (acknowledged with
 * WONT when it was on); WILL TTYPE/NAWS/CHARSET gets DO, any other WILL gets DONT; WONT is noted.
 * Replies are only sent when an option's state changes, so two sides cannot loop.
 */
import {
  DO,
  DONT,
  EOR_CMD,
  escapeIac,
  GA,
  IAC,
  IacParser,
  type NegotiationVerb,
  SB,
  SE,
  subnegotiation,
  type TelnetEvent,
  WILL,
  WONT,
} from "./iac-parser.js";

export const OPT = {
  ECHO: 1,
  SGA: 3,
  TTYPE: 24,
  EOR: 25,
  NAWS: 31,
  CHARSET: 42,
  MSSP: 70,
  GMCP: 201,
} as const;

const TTYPE_IS = 0;
const TTYPE_SEND = 1;
const CHARSET_REQUEST = 1;
const CHARSET_ACCEPTED = 2;
const CHARSET_REJECTED = 3;
const MSSP_VAR = 1;
const MSSP_VAL = 2;

/** MTTS bits (https://tintin.mudhalla.net/protocols/mtts/). */
export const MTTS = {
  ANSI: 1,
  VT100: 2,
  UTF8: 4,
  COLORS_256: 8,
  MOUSE: 16,
  OSC_COLOR_PALETTE: 32,
  SCREEN_READER: 64,
  PROXY: 128,
  TRUECOLOR: 256,
  MNES: 512,
  MSLP: 1024,
} as const;

/** What the client told us about itself. */
export interface TelnetCapabilities {
  gmcp: boolean;
  mssp: boolean;
  eor: boolean;
  charsetUtf8: boolean;
  ttype: boolean;
  /** MTTS bit field, when the client sent one. */
  mtts: number | null;
  clientName: string | null;
  clientVersion: string | null;
  terminalType: string | null;
  /** Lower-case GMCP package names from Core.Supports. */
  gmcpPackages: Set<string>;
}

export interface TelnetProtocolOptions {
  /** Sends raw bytes to the client. */
  write: (bytes: Buffer) => void;
  /** Plain data from the client (IAC unescaped). */
  onData: (data: Buffer) => void;
  /** NAWS window size. */
  onResize?: (cols: number, rows: number) => void;
  /** A GMCP message that is not handled here (Core.* is). */
  onGmcp?: (module: string, data: unknown) => void;
  /** The client's capabilities changed (TTYPE/MTTS, GMCP support). */
  onCapabilities?: (caps: TelnetCapabilities) => void;
  /** MSSP variables sent when the client asks (values may be lists). */
  mssp?: () => Record<string, string | string[]>;
}

/** Options we (the server) are willing to enable on our side when asked (ECHO only when we offer it). */
const OUR_OPTIONS = new Set<number>([OPT.EOR, OPT.GMCP, OPT.MSSP, OPT.CHARSET]);
/** Options we want the client to enable on its side. */
const THEIR_OPTIONS = new Set<number>([OPT.TTYPE, OPT.NAWS, OPT.CHARSET]);

export class TelnetProtocol {
  readonly caps: TelnetCapabilities = {
    gmcp: false,
    mssp: false,
    eor: false,
    charsetUtf8: false,
    ttype: false,
    mtts: null,
    clientName: null,
    clientVersion: null,
    terminalType: null,
    gmcpPackages: new Set(),
  };
  private readonly parser = new IacParser();
  /** Our options that are on, or offered and not refused. */
  private readonly ours = new Set<number>();
  /** Their options we asked for or that are on. */
  private readonly theirs = new Set<number>();
  private ttypeStage = 0;
  private lastTtype: string | null = null;

  constructor(private readonly options: TelnetProtocolOptions) {}

  /** Sends the initial offers. */
  start(): void {
    const bytes: number[] = [];
    for (const opt of [OPT.GMCP, OPT.MSSP, OPT.EOR, OPT.CHARSET]) {
      this.ours.add(opt);
      bytes.push(IAC, WILL, opt);
    }
    bytes.push(IAC, WONT, OPT.SGA);
    for (const opt of [OPT.TTYPE, OPT.NAWS]) {
      this.theirs.add(opt);
      bytes.push(IAC, DO, opt);
    }
    this.options.write(Buffer.from(bytes));
  }

  /** Handles bytes from the client. */
  receive(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) this.handle(event);
  }

  /** Sends text as telnet data (UTF-8, 0xFF doubled). */
  writeText(text: string): void {
    this.options.write(escapeIac(Buffer.from(text, "utf8")));
  }

  /** Marks a prompt: IAC EOR when the client agreed to EOR, else IAC GA. */
  promptReady(): void {
    this.options.write(Buffer.from([IAC, this.caps.eor ? EOR_CMD : GA]));
  }

  /** Server echo on (client stops echoing, e.g. for passwords) or off. */
  setServerEcho(on: boolean): void {
    if (on === this.ours.has(OPT.ECHO)) return;
    if (on) this.ours.add(OPT.ECHO);
    else this.ours.delete(OPT.ECHO);
    this.send(on ? WILL : WONT, OPT.ECHO);
  }

  /** Sends `IAC SB GMCP "<module> <json>" IAC SE`; false when GMCP is off. */
  sendGmcp(module: string, data?: unknown): boolean {
    if (!this.caps.gmcp) return false;
    const text = data === undefined || data === null ? module : `${module} ${JSON.stringify(data)}`;
    this.options.write(subnegotiation(OPT.GMCP, Buffer.from(text, "utf8")));
    return true;
  }

  private send(verb: NegotiationVerb, option: number): void {
    this.options.write(Buffer.from([IAC, verb, option]));
  }

  private handle(event: TelnetEvent): void {
    switch (event.type) {
      case "data":
        this.options.onData(event.data);
        return;
      case "negotiate":
        this.negotiate(event.verb, event.option);
        return;
      case "subnegotiation":
        this.subnegotiate(event.option, event.data);
        return;
      case "command":
        return; // GA, EOR, NOP, AYT, … from a client need no action
    }
  }

  private negotiate(verb: NegotiationVerb, option: number): void {
    if (verb === DO) {
      if (option === OPT.ECHO && this.ours.has(OPT.ECHO)) return;
      if (!OUR_OPTIONS.has(option)) {
        this.send(WONT, option);
        return;
      }
      const wasOffered = this.ours.has(option);
      this.ours.add(option);
      if (!wasOffered) this.send(WILL, option);
      this.enableOurs(option);
    } else if (verb === DONT) {
      if (this.ours.delete(option)) this.send(WONT, option);
      this.disableOurs(option);
    } else if (verb === WILL) {
      if (!THEIR_OPTIONS.has(option)) {
        this.send(DONT, option);
        return;
      }
      if (!this.theirs.has(option)) this.send(DO, option);
      this.theirs.add(option);
      if (option === OPT.TTYPE) {
        this.caps.ttype = true;
        if (this.ttypeStage === 0) this.requestTtype();
      }
    } else {
      if (this.theirs.delete(option) && option !== OPT.TTYPE && option !== OPT.NAWS) this.send(DONT, option);
      if (option === OPT.TTYPE) this.caps.ttype = false;
    }
  }

  private enableOurs(option: number): void {
    if (option === OPT.GMCP) this.caps.gmcp = true;
    else if (option === OPT.EOR) this.caps.eor = true;
    else if (option === OPT.MSSP) {
      this.caps.mssp = true;
      this.sendMssp();
    } else if (option === OPT.CHARSET) {
      this.options.write(subnegotiation(OPT.CHARSET, [CHARSET_REQUEST, ...Buffer.from(";UTF-8")]));
    }
    this.options.onCapabilities?.(this.caps);
  }

  private disableOurs(option: number): void {
    if (option === OPT.GMCP) this.caps.gmcp = false;
    else if (option === OPT.EOR) this.caps.eor = false;
    else if (option === OPT.MSSP) this.caps.mssp = false;
  }

  private subnegotiate(option: number, data: Buffer): void {
    if (option === OPT.TTYPE && data[0] === TTYPE_IS) this.ttypeReply(data.subarray(1).toString("latin1"));
    else if (option === OPT.NAWS && data.length >= 4) {
      const cols = data.readUInt16BE(0);
      const rows = data.readUInt16BE(2);
      if (cols > 0 && rows > 0) this.options.onResize?.(cols, rows);
    } else if (option === OPT.CHARSET) this.charset(data);
    else if (option === OPT.GMCP) this.gmcp(data.toString("utf8"));
  }

  private requestTtype(): void {
    this.ttypeStage++;
    this.options.write(subnegotiation(OPT.TTYPE, [TTYPE_SEND]));
  }

  /** MTTS: 1st reply = client name, 2nd = terminal type, 3rd = `MTTS <bits>`; a repeat ends it. */
  private ttypeReply(value: string): void {
    const repeated = value === this.lastTtype;
    this.lastTtype = value;
    const mtts = /^MTTS (\d+)$/i.exec(value);
    if (mtts) {
      this.caps.mtts = Number(mtts[1]);
    } else if (this.ttypeStage === 1) {
      const [name, version] = value.split(/[ -](?=\d)/, 2);
      this.caps.clientName = name ?? value;
      this.caps.clientVersion = version ?? this.caps.clientVersion;
      this.caps.terminalType = value;
    } else if (!repeated) {
      this.caps.terminalType = value;
    }
    this.options.onCapabilities?.(this.caps);
    if (!repeated && !mtts && this.ttypeStage < 3) this.requestTtype();
  }

  private charset(data: Buffer): void {
    if (data[0] === CHARSET_REQUEST && data.length > 2) {
      let body = data.subarray(1).toString("latin1");
      if (body.startsWith("[TTABLE]")) body = body.slice(9);
      const sep = body[0] ?? ";";
      const names = body.slice(1).split(sep);
      const utf8 = names.find((n) => /^utf-?8$/i.test(n.trim()));
      if (utf8) {
        this.caps.charsetUtf8 = true;
        this.options.write(subnegotiation(OPT.CHARSET, [CHARSET_ACCEPTED, ...Buffer.from(utf8.trim(), "latin1")]));
      } else {
        this.options.write(subnegotiation(OPT.CHARSET, [CHARSET_REJECTED]));
      }
    } else if (data[0] === CHARSET_ACCEPTED) {
      this.caps.charsetUtf8 = /utf-?8/i.test(data.subarray(1).toString("latin1"));
    }
  }

  private gmcp(text: string): void {
    const space = text.indexOf(" ");
    const module = (space < 0 ? text : text.slice(0, space)).trim();
    if (module === "") return;
    let data: unknown;
    if (space >= 0 && text.slice(space + 1).trim() !== "") {
      try {
        data = JSON.parse(text.slice(space + 1));
      } catch {
        return; // malformed GMCP is ignored
      }
    }
    const lower = module.toLowerCase();
    if (lower === "core.supports.set" || lower === "core.supports.add" || lower === "core.supports.remove") {
      if (!Array.isArray(data)) return;
      if (lower === "core.supports.set") this.caps.gmcpPackages.clear();
      for (const entry of data) {
        if (typeof entry !== "string") continue;
        const pkg = entry.trim().split(/\s+/)[0]!.toLowerCase();
        if (lower === "core.supports.remove") this.caps.gmcpPackages.delete(pkg);
        else this.caps.gmcpPackages.add(pkg);
      }
      this.options.onCapabilities?.(this.caps);
      return;
    }
    if (lower === "core.hello") {
      if (typeof data === "object" && data !== null) {
        const hello = data as Record<string, unknown>;
        if (typeof hello.client === "string") this.caps.clientName = hello.client;
        if (typeof hello.version === "string") this.caps.clientVersion = hello.version;
        this.options.onCapabilities?.(this.caps);
      }
      return;
    }
    this.options.onGmcp?.(module, data);
  }

  private sendMssp(): void {
    const vars = this.options.mssp?.() ?? {};
    const bytes: number[] = [];
    for (const [name, value] of Object.entries(vars)) {
      bytes.push(MSSP_VAR, ...Buffer.from(name, "utf8"));
      for (const v of Array.isArray(value) ? value : [value]) bytes.push(MSSP_VAL, ...Buffer.from(v, "utf8"));
    }
    this.options.write(subnegotiation(OPT.MSSP, bytes));
  }
}

/** The byte values exported for tests and clients. */
export const TELNET = { IAC, DO, DONT, WILL, WONT, SB, SE, GA, EOR: EOR_CMD } as const;
