/**
 * A small in-memory game behind the Gateway contract, for front-end tests and the session bench:
 * accounts with passwords and keys, a room, `say`, an editor, a pager, a password dialog.
 * It is not the real game; it only produces the kinds of events the real one does.
 */
import type {
  AccountInfo,
  CommandResult,
  ConnectionInfo,
  Gateway,
  LoginResult,
  SessionEvent,
  SessionHandle,
} from "../../core/gateway.js";

interface FakeAccount {
  info: AccountInfo;
  password: string;
  keys: string[];
}

interface FakeConnection {
  id: string;
  account: AccountInfo;
  info: ConnectionInfo;
  sink: (event: SessionEvent) => void;
  pending: Map<string, (text: string | null) => CommandResult>;
}

const WORDS = ["look", "lamp", "lantern", "ladder", "say", "emote", "@edit", "@describe", "@password", "north"];

export class FakeGateway implements Gateway {
  readonly accounts = new Map<string, FakeAccount>();
  readonly connections = new Set<FakeConnection>();
  /** Every command line the game received, in order, with the login that sent it. */
  readonly received: { login: string; line: string }[] = [];
  readonly verbs = new Map<string, string>([["greet", 'player.tell("Hello!");']]);
  private nextId = 1;

  /** @param announce tell others when someone connects or leaves (off for benches with many sessions). */
  constructor(private readonly announce = true) {
    this.addAccount("wizard", "secret", true);
    this.addAccount("alice", "alicepw");
    this.addAccount("bob", "bobpw");
  }

  addAccount(login: string, password: string, wizard = false): AccountInfo {
    const name = login.charAt(0).toUpperCase() + login.slice(1);
    const info: AccountInfo = {
      accountId: this.accounts.size + 1,
      login,
      avatar: 100 + this.accounts.size,
      avatarName: name,
      wizard,
      programmer: wizard,
      builder: wizard,
    };
    this.accounts.set(login, { info, password, keys: [] });
    return info;
  }

  async login(login: string, password: string): Promise<LoginResult> {
    const account = this.accounts.get(login.toLowerCase());
    if (!account || account.password !== password) {
      return { ok: false, message: "Either that account does not exist, or its password is different." };
    }
    return { ok: true, account: account.info };
  }

  async publicKeys(login: string): Promise<string[]> {
    return this.accounts.get(login.toLowerCase())?.keys ?? [];
  }

  async loginByKey(login: string): Promise<LoginResult> {
    const account = this.accounts.get(login.toLowerCase());
    return account ? { ok: true, account: account.info } : { ok: false, message: "No such account." };
  }

  async openSession(
    account: AccountInfo,
    info: ConnectionInfo,
    sink: (event: SessionEvent) => void,
  ): Promise<SessionHandle> {
    const connection: FakeConnection = { id: `s${this.nextId++}`, account, info, sink, pending: new Map() };
    this.broadcast(connection, `${account.avatarName} has connected.`);
    this.connections.add(connection);
    sink({ type: "gmcp", module: "Char.Name", data: { name: account.avatarName, fullname: account.avatarName } });
    sink({ type: "output", text: "[bold]The Hall[/bold]\nA large hall with a [red]red[/red] carpet." });
    sink({ type: "output", text: "You have no new mail." });
    let closed = false;
    return {
      id: connection.id,
      account,
      command: async (line) => this.command(connection, line),
      respond: async (eventId, text) => {
        const handler = connection.pending.get(eventId);
        connection.pending.delete(eventId);
        return handler ? handler(text) : { status: 1, events: [{ type: "output", text: "Nothing to answer." }] };
      },
      completions: async (prefix) => WORDS.filter((w) => w.startsWith(prefix.toLowerCase())),
      close: async () => {
        if (closed) return;
        closed = true;
        this.connections.delete(connection);
        this.broadcast(connection, `${account.avatarName} has disconnected.`);
      },
    };
  }

  /** Sends an event to every connection except `from`. */
  broadcast(from: FakeConnection | null, text: string, kind: "text" | "say" = "text"): void {
    if (!this.announce && kind === "text") return;
    for (const c of this.connections) if (c !== from) c.sink({ type: "output", text, kind });
  }

  private ok(...texts: string[]): CommandResult {
    return { status: 0, events: texts.map((text) => ({ type: "output", text })) };
  }

  private async command(c: FakeConnection, line: string): Promise<CommandResult> {
    this.received.push({ login: c.account.login, line });
    const [verb = "", ...rest] = line.split(" ");
    const arg = rest.join(" ");
    switch (verb) {
      case "look":
        return this.ok("[bold]The Hall[/bold]\nA large hall with a [red]red[/red] carpet.");
      case "say":
        for (const other of this.connections) {
          if (other === c) continue;
          other.sink({ type: "output", text: `${c.account.avatarName} says, "${arg}"`, kind: "say" });
          other.sink({
            type: "gmcp",
            module: "Comm.Channel.Text",
            data: { channel: "say", talker: c.account.avatarName, text: arg },
          });
        }
        return this.ok(`You say, "${arg}"`);
      case "echo":
        return this.ok(arg);
      case "nothing":
        return { status: 0, events: [] };
      case "fail":
        return { status: 1, events: [{ type: "output", text: "[bold red]That failed.[/bold red]", kind: "error" }] };
      case "crash":
        throw new Error("boom");
      case "slow":
        await new Promise((resolve) => setTimeout(resolve, Number(arg) || 300));
        return this.ok("Done waiting.");
      case "room":
        return {
          status: 0,
          events: [{ type: "gmcp", module: "Room.Info", data: { num: 1, name: "The Hall", exits: { n: 2 } } }],
        };
      case "long":
        return {
          status: 0,
          events: [
            {
              type: "pager",
              title: "Long list",
              content: Array.from({ length: 200 }, (_, i) => `Item number ${i + 1}`).join("\n"),
              contentType: "text",
            },
          ],
        };
      case "@show":
        return this.ok(this.verbs.get(arg) ?? `No verb ${arg}.`);
      case "@edit":
        return this.editVerb(c, arg);
      case "@password":
        return this.passwordDialog(c);
      case "@boot":
        return { status: 0, events: [{ type: "disconnect", reason: "You have been booted." }] };
      default:
        return this.ok(`I don't understand "${line}".`);
    }
  }

  private pendingEvent(c: FakeConnection, handler: (text: string | null) => CommandResult): string {
    const id = `e${this.nextId++}`;
    c.pending.set(id, handler);
    return id;
  }

  private editVerb(c: FakeConnection, name: string): CommandResult {
    const id = this.pendingEvent(c, (text) => {
      if (text === null) return this.ok("Edit cancelled.");
      this.verbs.set(name, text);
      return this.ok(`Saved verb ${name} (${text.split("\n").length} lines).`);
    });
    return {
      status: 0,
      events: [
        { type: "output", text: `Editing verb ${name}.` },
        {
          type: "editor",
          id,
          title: `Verb ${name}`,
          content: this.verbs.get(name) ?? "",
          contentType: "typescript",
        },
      ],
    };
  }

  private passwordDialog(c: FakeConnection): CommandResult {
    const account = this.accounts.get(c.account.login)!;
    const ask = (prompt: string, next: (text: string) => CommandResult): CommandResult => {
      const id = this.pendingEvent(c, (text) => (text === null ? this.ok("Password unchanged.") : next(text)));
      return { status: 0, events: [{ type: "input", id, prompt, password: true }] };
    };
    return ask("Old password: ", (old) => {
      if (old !== account.password) return this.ok("[red]That is not your password.[/red]");
      return ask("New password: ", (fresh) =>
        ask("Confirm new password: ", (again) => {
          if (again !== fresh) return this.ok("The passwords do not match. Password unchanged.");
          account.password = fresh;
          return this.ok("Password changed.");
        }),
      );
    });
  }
}
