/**
 * A real TCP telnet client for tests that speaks IAC like a MUD client (Mudlet-like answers to the
 * server's offers) or, with `negotiate: false`, like a dumb client that ignores all options.
 */
import net from "node:net";
import { DO, DONT, GA, IAC, IacParser, SB, SE, subnegotiation, WILL, WONT } from "../telnet/iac-parser.js";
import { OPT } from "../telnet/telnet-protocol.js";

export interface TelnetTestClientOptions {
  port: number;
  negotiate?: boolean;
  ttype?: string[];
  size?: [number, number];
}

export class TelnetTestClient {
  readonly socket: net.Socket;
  text = "";
  readonly gmcp: { module: string; data: unknown }[] = [];
  readonly negotiations: string[] = [];
  readonly mssp: Record<string, string> = {};
  prompts = 0;
  eors = 0;
  serverEcho = false;
  closed = false;
  private readonly parser = new IacParser();
  private ttypeIndex = 0;

  private constructor(private readonly options: TelnetTestClientOptions) {
    this.socket = net.connect(options.port, "127.0.0.1");
    this.socket.on("data", (chunk) => this.receive(chunk));
    this.socket.on("close", () => {
      this.closed = true;
    });
    this.socket.on("error", () => undefined);
  }

  static async connect(options: TelnetTestClientOptions): Promise<TelnetTestClient> {
    const client = new TelnetTestClient(options);
    await new Promise<void>((resolve, reject) => {
      client.socket.once("connect", () => resolve());
      client.socket.once("error", reject);
    });
    return client;
  }

  send(text: string): void {
    this.socket.write(Buffer.from(text, "utf8"));
  }

  sendBytes(bytes: number[] | Buffer): void {
    this.socket.write(Buffer.from(bytes));
  }

  sendGmcp(module: string, data: unknown): void {
    this.socket.write(subnegotiation(OPT.GMCP, Buffer.from(`${module} ${JSON.stringify(data)}`)));
  }

  async waitFor(check: RegExp | (() => boolean), timeoutMs = 5000): Promise<void> {
    const test = typeof check === "function" ? check : () => check.test(this.text);
    const deadline = Date.now() + timeoutMs;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${check}; got:\n${JSON.stringify(this.text)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.socket.destroy();
  }

  private reply(verb: number, option: number): void {
    this.socket.write(Buffer.from([IAC, verb, option]));
  }

  private receive(chunk: Buffer): void {
    for (const event of this.parser.push(chunk)) {
      if (event.type === "data") this.text += event.data.toString("utf8");
      else if (event.type === "command") {
        if (event.command === GA) this.prompts++;
        if (event.command === 239) this.eors++;
      } else if (event.type === "negotiate") {
        const verbName = { [WILL]: "WILL", [WONT]: "WONT", [DO]: "DO", [DONT]: "DONT" }[event.verb];
        this.negotiations.push(`${verbName} ${event.option}`);
        if (event.option === OPT.ECHO) this.serverEcho = event.verb === WILL;
        if (this.options.negotiate === false) continue;
        if (event.verb === WILL && [OPT.GMCP, OPT.EOR, OPT.MSSP, OPT.CHARSET].includes(event.option as 201)) {
          this.reply(DO, event.option);
        } else if (event.verb === WILL && event.option === OPT.ECHO) {
          this.reply(DO, event.option);
        } else if (event.verb === DO && event.option === OPT.TTYPE) {
          this.reply(WILL, OPT.TTYPE);
        } else if (event.verb === DO && event.option === OPT.NAWS) {
          this.reply(WILL, OPT.NAWS);
          const [cols, rows] = this.options.size ?? [100, 40];
          this.socket.write(subnegotiation(OPT.NAWS, [cols >> 8, cols & 255, rows >> 8, rows & 255]));
        }
      } else if (event.type === "subnegotiation") {
        if (event.option === OPT.GMCP) {
          const text = event.data.toString("utf8");
          const space = text.indexOf(" ");
          this.gmcp.push({
            module: space < 0 ? text : text.slice(0, space),
            data: space < 0 ? undefined : JSON.parse(text.slice(space + 1)),
          });
        } else if (event.option === OPT.TTYPE && event.data[0] === 1) {
          const names = this.options.ttype ?? ["MUDLET", "XTERM-256COLOR", "MTTS 137"];
          const name = names[Math.min(this.ttypeIndex++, names.length - 1)]!;
          this.socket.write(subnegotiation(OPT.TTYPE, [0, ...Buffer.from(name)]));
        } else if (event.option === OPT.MSSP) {
          let key = "";
          for (const part of event.data.toString("latin1").split(/(?=[\x01\x02])/)) {
            if (part[0] === "\x01") key = part.slice(1);
            else if (part[0] === "\x02") this.mssp[key] = part.slice(1);
          }
        } else if (event.option === OPT.CHARSET && event.data[0] === 1) {
          this.socket.write(subnegotiation(OPT.CHARSET, [2, ...Buffer.from("UTF-8")]));
        }
      }
    }
  }
}

export { DO, DONT, IAC, SB, SE, WILL, WONT };
