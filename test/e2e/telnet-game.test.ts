/**
 * The real game behind the real telnet front-end, driven by TCP clients the way a MUD client or
 * a bot does: LambdaMOO's `connect` line, PREFIX/SUFFIX framing, another player's `say`.
 */
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, test } from "node:test";
import type { RunningServer } from "../../src/frontends/index.js";
import { startTelnetServer } from "../../src/frontends/index.js";
import { createPlayer } from "../../src/world/index.js";
import { type Harness, startHarness, WIZARD_PASSWORD } from "../helpers/world-harness.js";

/** A line-oriented telnet client that ignores IAC negotiation bytes. */
class Client {
  private buf = "";
  private waiters: (() => void)[] = [];
  readonly socket: net.Socket;
  constructor(port: number) {
    this.socket = net.connect(port, "127.0.0.1");
    this.socket.on("data", (d: Buffer) => {
      this.buf += stripIac(d).toString("utf8");
      for (const w of this.waiters.splice(0)) w();
    });
  }
  send(line: string) {
    this.socket.write(`${line}\r\n`);
  }
  /** Waits until the received text matches, returns everything received so far and clears it. */
  async waitFor(re: RegExp, ms = 5000): Promise<string> {
    const deadline = Date.now() + ms;
    while (!re.test(this.buf)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${re}; got: ${JSON.stringify(this.buf)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
    const out = this.buf;
    this.buf = "";
    return out;
  }
  close() {
    this.socket.destroy();
  }
}

function stripIac(d: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < d.length; i++) {
    const b = d[i]!;
    if (b !== 255) out.push(b);
    else {
      const cmd = d[i + 1];
      if (cmd === 250) {
        i += 2;
        while (i < d.length && !(d[i] === 255 && d[i + 1] === 240)) i++;
        i++;
      } else if (cmd !== undefined && cmd >= 251 && cmd <= 254) i += 2;
      else i += 1;
    }
  }
  return Buffer.from(out);
}

describe("telnet front-end with the real game", () => {
  let h: Harness;
  let server: RunningServer;
  before(async () => {
    h = await startHarness();
    await createPlayer(h.game.world, h.game.accounts, { login: "ann", password: "Ann-password", name: "Ann" });
    server = await startTelnetServer({ gateway: h.game.gateway, host: "127.0.0.1", port: 0 });
  });
  after(async () => {
    await server.close();
    await h.close();
  });

  test("connect, look, framing, and another player's say", async () => {
    const wiz = new Client(server.port);
    await wiz.waitFor(/Login:|connect/);
    wiz.send(`connect wizard ${WIZARD_PASSWORD}`);
    await wiz.waitFor(/The Laboratory/);

    const ann = new Client(server.port);
    await ann.waitFor(/Login:|connect/);
    ann.send("connect ann Ann-password");
    await ann.waitFor(/The Laboratory/);
    await wiz.waitFor(/Ann has connected\./);

    wiz.send("PREFIX <<<");
    wiz.send("SUFFIX >>>");
    await wiz.waitFor(/Output suffix set to: >>>/);
    wiz.send("look");
    const block = await wiz.waitFor(/>>>\r?\n/);
    assert.match(block, /<<<\r?\nThe Laboratory\r?\n[\s\S]*Ann is here[\s\S]*>>>/);

    ann.send("say hello, wizard");
    assert.match(await ann.waitFor(/You: hello, wizard/), /You: hello, wizard/);
    assert.match(await wiz.waitFor(/Ann: hello, wizard/), /Ann: hello, wizard/);

    wiz.send("frobnicate");
    assert.match(await wiz.waitFor(/>>>\r?\n/), /<<<\r?\nHuh\? I don't understand that command\.\r?\n>>>/);

    ann.close();
    await wiz.waitFor(/Ann has disconnected\./);
    wiz.close();
  });

  test("a wrong password gets a clear message and the connection stays usable", async () => {
    const c = new Client(server.port);
    await c.waitFor(/Login:|connect/);
    c.send("connect wizard wrong-password");
    await c.waitFor(/different password/);
    c.send(`connect wizard ${WIZARD_PASSWORD}`);
    await c.waitFor(/The Laboratory/);
    c.close();
  });

  test("@quit says goodbye, closes the connection, and the room hears the disconnect", async () => {
    const wiz = new Client(server.port);
    await wiz.waitFor(/Login:|connect/);
    wiz.send(`connect wizard ${WIZARD_PASSWORD}`);
    await wiz.waitFor(/The Laboratory/);
    const ann = new Client(server.port);
    await ann.waitFor(/Login:|connect/);
    ann.send("connect ann Ann-password");
    await ann.waitFor(/The Laboratory/);
    await wiz.waitFor(/Ann has connected\./);
    const closed = new Promise<void>((resolve) => ann.socket.on("close", () => resolve()));
    ann.send("@quit");
    assert.match(await ann.waitFor(/Goodbye, Ann\./), /Goodbye, Ann\./);
    await closed;
    await wiz.waitFor(/Ann has disconnected\./);
    wiz.send("@who");
    const who = await wiz.waitFor(/Connected players:[\s\S]*Wizard/);
    assert.ok(!/\bAnn\b/.test(who.split("Connected players:")[1] ?? ""), who);
    wiz.close();
  });
});
