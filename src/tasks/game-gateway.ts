/**
 * The game side of `core/gateway.ts`: logs players in, opens sessions, and turns what they type
 * into tasks. Front-ends call only this.
 */
import { randomUUID } from "node:crypto";
import type { OutputBus, Presence } from "../bus/index.js";
import type {
  AccountInfo,
  CommandResult,
  ConnectionInfo,
  Gateway,
  LoginResult,
  SessionEvent,
  SessionHandle,
} from "../core/gateway.js";
import type { ObjId } from "../core/ids.js";
import { anyVerbNameMatches, verbNameFull } from "../core/verb-spec.js";
import type { Account, Accounts, World } from "../world/index.js";
import type { PromptCallback } from "./effects.js";
import type { TaskQueue } from "./inproc-queue.js";
import type { TaskOutcome } from "./task-runner.js";

export interface Connection {
  id: string;
  player: ObjId;
  info: ConnectionInfo;
  connectedAt: number;
  lastInput: number;
}

export class GameGateway implements Gateway {
  /** Live connections in this process, by id. */
  readonly connections = new Map<string, Connection>();

  constructor(
    private readonly world: World,
    private readonly accounts: Accounts,
    private readonly queue: TaskQueue,
    private readonly bus: OutputBus,
    /** Connections in every front-end process (scale-out); without it, this process's only. */
    private readonly presence?: Presence,
  ) {}

  /** Players connected to this process. */
  connectedPlayers(): ObjId[] {
    return [...new Set([...this.connections.values()].map((c) => c.player))];
  }

  async login(login: string, password: string): Promise<LoginResult> {
    const account = await this.accounts.authenticate(login.trim(), password);
    if (!account) return { ok: false, message: "Either that player does not exist, or has a different password." };
    return this.admit(account);
  }

  async publicKeys(login: string): Promise<string[]> {
    const a = await this.accounts.byLogin(login.trim());
    if (!a) return [];
    return (await this.accounts.keys(a.id)).map((k) => `${k.type} ${k.data}`);
  }

  async loginByKey(login: string): Promise<LoginResult> {
    const a = await this.accounts.byLogin(login.trim());
    if (!a) return { ok: false, message: "Unknown account." };
    return this.admit(a);
  }

  private async admit(a: Account): Promise<LoginResult> {
    const blocked = await this.accounts.loginBlockedReason(a);
    if (blocked) return { ok: false, message: blocked };
    const r = this.world.state.get(a.avatar);
    if (!r || r.recycled) return { ok: false, message: "This account has no character. Ask a wizard for help." };
    const info: AccountInfo = {
      accountId: a.id,
      login: a.login,
      avatar: a.avatar,
      avatarName: r.name,
      wizard: r.wizard,
      programmer: r.programmer || r.wizard,
      builder: r.builder || r.programmer || r.wizard,
    };
    return { ok: true, account: info };
  }

  async openSession(
    account: AccountInfo,
    info: ConnectionInfo,
    sink: (event: SessionEvent) => void,
  ): Promise<SessionHandle> {
    const id = randomUUID();
    const player = account.avatar;
    const conn: Connection = { id, player, info, connectedAt: Date.now(), lastInput: Date.now() };
    const callbacks = new Map<string, PromptCallback>();
    let firstConnection = !this.connectedPlayers().includes(player);
    this.connections.set(id, conn);
    if (this.presence) firstConnection = (await this.presence.add(player, id).catch(() => 1)) === 1;
    // Subscribe before the connect hooks run, so nothing they say is lost.
    const unsubscribe = this.bus.subscribe(player, id, sink);
    await this.bus.settled?.();
    const toResult = (o: TaskOutcome): CommandResult => {
      for (const [k, v] of o.callbacks) callbacks.set(k, v);
      return { events: o.events, status: o.status };
    };
    const deliver = (o: TaskOutcome) => {
      for (const e of toResult(o).events) sink(e);
    };

    // Connect hooks: the player's `confunc`, then the room's (which tells the others).
    deliver(
      await this.queue.submit({
        kind: "invoke",
        player,
        this: player,
        verb: "confunc",
        args: [],
        connection: id,
        optional: true,
      }),
    );
    if (firstConnection) {
      const room = this.world.state.get(player)?.location;
      if (room !== undefined && room >= 0) {
        deliver(
          await this.queue.submit({
            kind: "invoke",
            player,
            this: room,
            verb: "confunc",
            args: [],
            connection: id,
            optional: true,
          }),
        );
      }
    }

    let closed = false;
    const handle: SessionHandle = {
      id,
      account,
      command: async (line: string) => {
        conn.lastInput = Date.now();
        return toResult(await this.queue.submit({ kind: "command", player, line, connection: id }));
      },
      respond: async (eventId: string, text: string | null) => {
        const cb = callbacks.get(eventId);
        callbacks.delete(eventId);
        if (!cb || text === null) return { events: [], status: 0 };
        return toResult(
          await this.queue.submit({
            kind: "invoke",
            player,
            this: cb.this,
            verb: cb.verb,
            args: [text, ...cb.args],
            connection: id,
          }),
        );
      },
      completions: async (prefix: string) => this.completions(player, prefix),
      close: async () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        this.connections.delete(id);
        const lastConnection = this.presence
          ? (await this.presence.remove(player, id).catch(() => 0)) === 0
          : !this.connectedPlayers().includes(player);
        if (lastConnection) {
          const room = this.world.state.get(player)?.location;
          if (room !== undefined && room >= 0) {
            await this.queue
              .submit({ kind: "invoke", player, this: room, verb: "disfunc", args: [], optional: true })
              .catch(() => {});
          }
          await this.queue
            .submit({ kind: "invoke", player, this: player, verb: "disfunc", args: [], optional: true })
            .catch(() => {});
        }
      },
    };
    return handle;
  }

  /** Verb names and object names the player could type next, starting with `prefix`. */
  completions(player: ObjId, prefix: string): string[] {
    const tx = this.world.begin();
    const p = prefix.toLowerCase();
    const out = new Set<string>();
    const me = tx.rec(player);
    if (!me) return [];
    const near = [player, me.location, ...me.contents, ...(tx.rec(me.location)?.contents ?? [])].filter((x) => x >= 0);
    for (const id of near) {
      const r = tx.rec(id);
      if (!r) continue;
      for (const n of [r.name, ...r.aliases]) if (n.toLowerCase().startsWith(p) && p.length > 0) out.add(n);
      for (const { id: a } of tx.ancestors(id)) {
        for (const v of tx.rec(a)?.verbs ?? []) {
          for (const n of v.names) {
            const full = verbNameFull(n);
            if (full.toLowerCase().startsWith(p) && anyVerbNameMatches([n], full) && !/[*]/.test(full)) out.add(full);
          }
        }
      }
    }
    return [...out].sort().slice(0, 50);
  }
}
