/**
 * One player's terminal, independent of the protocol under it: bytes in, bytes out. SSH, telnet and
 * the web terminal each create one per connection, feed it input with `input`, and give it a
 * `SessionTransport` to write to.
 *
 * - **rich** mode (a real terminal): a line editor with a `> ` prompt, history and completion;
 *   output from others is printed above the prompt; a full-screen editor and pager; masked input.
 * - **raw** mode (MUD clients, bots, no pty): plain lines in and out, no prompt text, no echo, no
 *   ANSI unless asked; the editor becomes a line-by-line editor (or a GMCP `Editor.Start` hand-off).
 *
 * Either way each line runs in order through one queue, with a per-connection rate limit; the
 * framing commands (PREFIX, SUFFIX, OUTPUTPREFIX, OUTPUTSUFFIX), `.flush`, `QUIT` and `@quit` are
 * handled here and never reach the game.
 */
import { StringDecoder } from "node:string_decoder";
import type {
  AccountInfo,
  CommandResult,
  ContentType,
  Gateway,
  SessionEvent,
  SessionHandle,
} from "../../core/gateway.js";
import { ansi, toCrlf } from "./ansi.js";
import { CommandHistory } from "./command-history.js";
import { CommandQueue } from "./command-queue.js";
import { EditorScreen } from "./editor-screen.js";
import { OutputFraming } from "./framing.js";
import type { FullScreenView } from "./full-screen-view.js";
import { type Key, KeyDecoder } from "./key-decoder.js";
import { LineEditor } from "./line-editor.js";
import { LoginDialog, type LoginStep } from "./login-dialog.js";
import { renderMarkup, sanitizeText } from "./markup.js";
import { PagerScreen } from "./pager-screen.js";
import { type RateLimit, RateLimiter } from "./rate-limiter.js";
import { type RawInput, RawLineReader } from "./raw-line-reader.js";
import type { SessionTransport } from "./session-transport.js";
import { layoutText } from "./styled-lines.js";

export type TerminalMode = "rich" | "raw";

export interface SessionLimits {
  /** Longest input line in characters; longer lines are dropped with a message. */
  maxLineLength: number;
  /** Game commands per connection: a burst, then a sustained rate (excess waits). */
  rate: RateLimit;
  /** Most lines waiting to run; more are refused with a message. */
  maxQueuedLines: number;
  /** Disconnect after this long without input; 0 = never. */
  idleTimeoutMs: number;
  /** Disconnect when the login dialog is not completed in this time; 0 = never. */
  loginTimeoutMs: number;
  /** Failed logins before the connection is closed. */
  maxLoginAttempts: number;
}

export const DEFAULT_LIMITS: SessionLimits = {
  maxLineLength: 4096,
  rate: { burst: 20, perSecond: 10 },
  maxQueuedLines: 200,
  idleTimeoutMs: 0,
  loginTimeoutMs: 60_000,
  maxLoginAttempts: 3,
};

export interface TerminalSessionOptions {
  gateway: Gateway;
  transport: SessionTransport;
  mode: TerminalMode;
  protocol: "ssh" | "telnet" | "web";
  /** Peer address, for the game's records. */
  remote: string;
  /** Terminal size (defaults 80×24). */
  size?: { cols: number; rows: number };
  /** ANSI colours in raw mode (rich mode always has them). */
  color?: boolean;
  /** Shared per-account command history (rich mode). */
  history?: CommandHistory;
  limits?: Partial<SessionLimits>;
  /** Rich-mode prompt (default `> `). */
  prompt?: string;
  /** Shown before the login prompt (markup allowed). */
  welcome?: string;
}

type Interaction =
  | Extract<SessionEvent, { type: "editor" }>
  | Extract<SessionEvent, { type: "pager" }>
  | Extract<SessionEvent, { type: "input" }>;

/** A line prompt on the rich-mode prompt stack (the top one is shown and gets the keys). */
interface PromptEntry {
  kind: "command" | "input" | "login";
  editor: LineEditor;
  submit(line: string): void;
  cancel(): void;
}

const ESCAPE_TIMEOUT_MS = 40;

export class TerminalSession {
  private readonly gateway: Gateway;
  private readonly transport: SessionTransport;
  private readonly limits: SessionLimits;
  private readonly history: CommandHistory;
  private readonly decoder = new StringDecoder("utf8");
  private readonly keys = new KeyDecoder();
  private readonly reader: RawLineReader;
  /** Lines in order; `null` marks the end of input (close once everything before it ran). */
  private readonly queue: CommandQueue<string | null>;
  private readonly rate: RateLimiter;
  private readonly framing = new OutputFraming();
  private readonly promptText: string;
  private size: { cols: number; rows: number };
  private color: boolean;

  private state: "new" | "login" | "opening" | "playing" | "closed" = "new";
  private handle: SessionHandle | null = null;
  private account: AccountInfo | null = null;
  private login: LoginDialog | null = null;

  private readonly prompts: PromptEntry[] = [];
  private screen: FullScreenView | null = null;
  private readonly deferred: string[] = [];
  /** While > 0 the rich prompt is hidden (a command or a reply is being processed). */
  private promptHold = 0;
  private readonly interactions: Interaction[] = [];
  private interactionActive = false;
  /** Raw mode: where the next line goes instead of the game (input prompt, line editor). */
  private lineConsumer: ((line: string) => Promise<void>) | null = null;
  private readonly gmcpEdits = new Set<string>();

  private escapeTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private loginTimer: NodeJS.Timeout | null = null;
  private resolveClosed!: () => void;
  /** Resolves when `open` has finished (lines typed meanwhile wait for it). */
  private opened: Promise<void> = Promise.resolve();
  /** Resolves when the session has ended (either side closed it). */
  readonly closed: Promise<void>;

  constructor(private readonly options: TerminalSessionOptions) {
    this.gateway = options.gateway;
    this.transport = options.transport;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.history = options.history ?? new CommandHistory();
    this.size = options.size ?? { cols: 80, rows: 24 };
    this.color = options.mode === "rich" || options.color === true;
    this.promptText = options.prompt ?? "> ";
    this.reader = new RawLineReader(this.limits.maxLineLength);
    this.rate = new RateLimiter(this.limits.rate);
    this.queue = new CommandQueue(this.limits.maxQueuedLines, (line) => this.processLine(line));
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  get mode(): TerminalMode {
    return this.options.mode;
  }

  /** The logged-in account, once known. */
  get accountInfo(): AccountInfo | null {
    return this.account;
  }

  /** True once the session has ended. */
  get isClosed(): boolean {
    return this.state === "closed";
  }

  /**
   * Starts the session: with an account (already authenticated, e.g. by SSH) it opens the game
   * session at once; without, it runs the login dialog first.
   */
  async start(account?: AccountInfo): Promise<void> {
    this.resetIdleTimer();
    if (account) {
      await this.open(account);
      return;
    }
    this.state = "login";
    this.login = new LoginDialog(this.gateway, this.limits.maxLoginAttempts);
    if (this.options.welcome) this.printLines([this.render(this.options.welcome)]);
    if (this.limits.loginTimeoutMs > 0) {
      this.loginTimer = setTimeout(() => this.close("Login timed out."), this.limits.loginTimeoutMs);
      this.loginTimer.unref();
    }
    await this.runLoginSteps(this.login.start());
  }

  /** Feeds bytes (or text) typed by the player. */
  input(data: Buffer | string): void {
    if (this.state === "closed") return;
    this.resetIdleTimer();
    const text = typeof data === "string" ? data : this.decoder.write(data);
    if (text === "") return;
    if (this.options.mode === "rich") this.handleKeys(this.keys.push(text));
    else this.handleRawInputs(this.reader.push(text));
  }

  /** Turns ANSI colours on or off (raw mode; e.g. when a telnet client reports ANSI support). */
  setColor(on: boolean): void {
    if (this.options.mode === "raw") this.color = on;
  }

  /** The client will send nothing more (e.g. stdin closed): finish what is queued, then close. */
  endOfInput(): void {
    if (this.state === "closed") return;
    if (!this.queue.push(null)) this.close();
  }

  /** The terminal was resized. */
  resize(cols: number, rows: number): void {
    if (cols <= 0 || rows <= 0) return;
    this.size = { cols, rows };
    if (this.options.mode !== "rich" || this.state === "closed") return;
    if (this.screen) {
      this.send(this.screen.resize(cols, rows));
      return;
    }
    const top = this.topPrompt();
    if (top) {
      top.editor.setWidth(cols);
      if (top.editor.isDisplayed) this.send(top.editor.render());
    }
  }

  /** A GMCP message from the client (telnet): `Editor.Save {id, content}` and `Editor.Cancel {id}`. */
  receiveGmcp(module: string, data: unknown): void {
    if (module !== "Editor.Save" && module !== "Editor.Cancel") return;
    if (typeof data !== "object" || data === null) return;
    const record = data as Record<string, unknown>;
    const id = typeof record.id === "string" ? record.id : null;
    if (id === null || !this.gmcpEdits.delete(id)) return;
    const content = module === "Editor.Save" && typeof record.content === "string" ? record.content : null;
    void this.respond(id, content);
  }

  /** The connection under the session went away: end the game session without writing. */
  end(): void {
    if (this.state === "closed") return;
    this.shutdown();
  }

  /** Ends the session: shows `message` (if any), closes the connection and the game session. */
  close(message?: string): void {
    if (this.state === "closed") return;
    if (this.screen) {
      this.send(ansi.leaveAltScreen);
      this.screen = null;
    }
    const top = this.topPrompt();
    if (top) this.send(top.editor.clear());
    if (message) this.send(toCrlf(`${this.render(message)}\n`));
    this.transport.close();
    this.shutdown();
  }

  private shutdown(): void {
    this.state = "closed";
    this.queue.stop();
    for (const timer of [this.escapeTimer, this.idleTimer, this.loginTimer]) if (timer) clearTimeout(timer);
    const handle = this.handle;
    this.handle = null;
    if (handle) void handle.close().catch(() => undefined);
    this.resolveClosed();
  }

  // ---------------------------------------------------------------- opening and login

  private open(account: AccountInfo): Promise<void> {
    this.opened = this.openSession(account);
    return this.opened;
  }

  private async openSession(account: AccountInfo): Promise<void> {
    this.account = account;
    this.state = "opening";
    if (this.loginTimer) clearTimeout(this.loginTimer);
    try {
      const handle = await this.gateway.openSession(
        account,
        {
          protocol: this.options.protocol,
          remote: this.options.remote,
          mode: this.options.mode,
          terminalWidth: this.size.cols,
        },
        (event) => this.onAsyncEvent(event),
      );
      if (this.isClosed) {
        void handle.close().catch(() => undefined);
        return;
      }
      this.handle = handle;
    } catch {
      this.close("Sorry, your session could not be started. Please try again later.");
      return;
    }
    this.state = "playing";
    if (this.options.mode === "rich") this.pushCommandPrompt();
    else this.transport.promptReady?.();
    this.startNextInteraction();
  }

  private async runLoginSteps(steps: LoginStep[]): Promise<void> {
    for (const step of steps) {
      if (step.type === "say") this.printLines([this.render(step.text)]);
      else if (step.type === "give-up") this.close(step.text);
      else if (step.type === "success") await this.open(step.account);
      else this.askLogin(step.prompt, step.password);
    }
  }

  private askLogin(prompt: string, password: boolean): void {
    if (this.options.mode === "rich") {
      const entry: PromptEntry = {
        kind: "login",
        editor: this.newEditor(prompt, password),
        submit: (line) => {
          this.popPrompt(entry);
          this.queue.push(line);
        },
        cancel: () => this.close("Goodbye."),
      };
      this.pushPrompt(entry);
      return;
    }
    this.send(prompt);
    if (password) this.transport.setLocalEcho?.(false);
    this.transport.promptReady?.();
  }

  /** A line typed at the login dialog (through the queue, so lines sent after it wait for the login). */
  private async loginLine(line: string): Promise<void> {
    const dialog = this.login;
    if (!dialog) return;
    if (this.options.mode === "raw" && dialog.expectsPassword && this.transport.setLocalEcho) {
      this.transport.setLocalEcho(true);
      this.send("\r\n");
    }
    await this.runLoginSteps(await dialog.handleLine(line));
  }

  // ---------------------------------------------------------------- rich-mode input

  private handleKeys(keys: Key[]): void {
    if (this.escapeTimer) {
      clearTimeout(this.escapeTimer);
      this.escapeTimer = null;
    }
    let dirty = false;
    for (const key of keys) {
      if (this.isClosed) return;
      dirty = this.handleKey(key) || dirty;
    }
    this.topPrompt()?.editor.endChunk();
    if (dirty) this.renderPrompt();
    if (this.keys.hasPending) {
      this.escapeTimer = setTimeout(() => {
        this.escapeTimer = null;
        this.handleKeys(this.keys.flush());
      }, ESCAPE_TIMEOUT_MS);
    }
  }

  /** Applies one key; true when the prompt needs a redraw. */
  private handleKey(key: Key): boolean {
    if (this.screen) {
      const screen = this.screen;
      this.send(screen.handleKey(key));
      if (screen.finished && this.screen === screen) {
        this.screen = null;
        this.topPrompt()?.editor.forget();
        if (this.deferred.length > 0) this.printLines(this.deferred.splice(0));
        this.finishInteraction();
        return true;
      }
      return false;
    }
    const entry = this.topPrompt();
    if (!entry) return false;
    const result = entry.editor.handleKey(key);
    if (!result) return true;
    switch (result.type) {
      case "submit":
        this.send(entry.editor.finish());
        entry.submit(result.line);
        return true;
      case "eof":
        if (entry.kind === "input") entry.cancel();
        else this.close("Goodbye.");
        return true;
      case "interrupt":
        this.send(`${entry.editor.finish().replace(/\r?\n?$/, "")}^C\r\n`);
        if (entry.kind === "command") entry.editor.setLine("");
        else entry.cancel();
        return true;
      case "redraw":
        this.send(ansi.clearScreen);
        entry.editor.forget();
        return true;
      case "overflow":
        this.printLines([this.lineTooLong()]);
        return true;
      case "complete":
        void this.complete(entry, result.word, result.version);
        return false;
    }
  }

  private async complete(entry: PromptEntry, word: string, version: number): Promise<void> {
    if (!this.handle || entry.kind !== "command") return;
    let candidates: string[];
    try {
      candidates = await this.handle.completions(word);
    } catch {
      return;
    }
    if (this.isClosed) return;
    const listing = entry.editor.complete(version, word, candidates);
    if (listing.length > 0) this.printLines([listing.join("  ")]);
    else if (entry === this.topPrompt()) this.renderPrompt();
  }

  private topPrompt(): PromptEntry | undefined {
    return this.prompts[this.prompts.length - 1];
  }

  private newEditor(prompt: string, password: boolean, history?: readonly string[]): LineEditor {
    return new LineEditor({
      prompt,
      width: this.size.cols,
      maxLength: this.limits.maxLineLength,
      mask: password ? "*" : undefined,
      history,
      shortcuts: history !== undefined,
    });
  }

  private pushPrompt(entry: PromptEntry): void {
    const top = this.topPrompt();
    if (top) this.send(top.editor.clear());
    this.prompts.push(entry);
    this.renderPrompt();
  }

  private popPrompt(entry: PromptEntry): void {
    const index = this.prompts.indexOf(entry);
    if (index < 0) return;
    this.send(entry.editor.clear());
    this.prompts.splice(index, 1);
  }

  private pushCommandPrompt(): void {
    this.prompts.length = 0;
    const entry: PromptEntry = {
      kind: "command",
      editor: this.commandEditor(),
      submit: (line) => {
        entry.editor = this.commandEditor(line);
        if (!this.queue.push(line))
          this.printLines([this.render("[red]Too many commands waiting; line dropped.[/red]")]);
      },
      cancel: () => undefined,
    };
    this.pushPrompt(entry);
  }

  /** A fresh command-line editor; `submitted` is recorded in history first. */
  private commandEditor(submitted?: string): LineEditor {
    const key = this.account?.login ?? "";
    if (submitted !== undefined) this.history.add(key, submitted);
    return this.newEditor(this.render(this.promptText), false, this.history.list(key));
  }

  private renderPrompt(): void {
    if (this.options.mode !== "rich" || this.screen || this.isClosed || this.promptHold > 0) return;
    const top = this.topPrompt();
    if (top) this.send(top.editor.render());
  }

  // ---------------------------------------------------------------- raw-mode input

  private handleRawInputs(inputs: RawInput[]): void {
    for (const item of inputs) {
      if (item.type === "eof") {
        this.close("Goodbye.");
        return;
      }
      if (item.type === "overflow") {
        this.printLines([this.lineTooLong()]);
        continue;
      }
      if (!this.queue.push(item.line)) this.printLines(["Too many commands waiting; line dropped."]);
    }
  }

  // ---------------------------------------------------------------- running lines

  /** Runs one line from the queue (both modes). */
  private async processLine(line: string | null): Promise<void> {
    if (line === null) {
      this.close();
      return;
    }
    if (this.state === "login") {
      await this.loginLine(line);
      return;
    }
    if (this.state === "opening") await this.opened;
    if (this.state !== "playing") return;
    const consumer = this.lineConsumer;
    if (consumer) {
      this.lineConsumer = null;
      await consumer(line);
      return;
    }
    this.promptHold++;
    try {
      await this.runCommand(line);
    } finally {
      this.promptHold--;
      this.promptPoint();
    }
  }

  private async runCommand(line: string): Promise<void> {
    const trimmed = line.trim();
    if (trimmed === "") return;
    const framingReply = this.framing.handleCommand(trimmed);
    if (framingReply !== null) {
      this.printLines([framingReply]);
      return;
    }
    if (/^(QUIT|@quit)$/i.test(trimmed)) {
      this.printLines(this.framing.frameCommand([`Goodbye, ${this.account?.avatarName ?? "friend"}.`]));
      this.close();
      return;
    }
    if (trimmed === ".flush") {
      this.printLines(this.framing.frameCommand([]));
      return;
    }
    const handle = this.handle;
    if (!handle) return;
    await this.rate.take();
    if (this.isClosed) return;
    let result: CommandResult;
    try {
      result = await handle.command(trimmed);
    } catch {
      result = { status: 1, events: [{ type: "output", text: "[bold red]Sorry, that command failed.[/bold red]" }] };
    }
    this.showResult(result);
  }

  /** Answers an editor or input event and shows what the game replied. */
  private async respond(id: string, text: string | null): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    this.promptHold++;
    try {
      this.showResult(await handle.respond(id, text));
    } catch {
      this.showResult({ status: 1, events: [{ type: "output", text: "[bold red]Sorry, that failed.[/bold red]" }] });
    } finally {
      this.promptHold--;
      this.promptPoint();
    }
  }

  /** Prints a command's (or reply's) output as one framed block, then handles its other events. */
  private showResult(result: CommandResult): void {
    if (this.isClosed) return;
    const lines = result.events.flatMap((e) => (e.type === "output" ? [this.render(e.text)] : []));
    this.printLines(this.framing.frameCommand(lines));
    for (const event of result.events) if (event.type !== "output") this.handleEvent(event);
  }

  /** After a command: rich mode shows the prompt again; raw mode marks the prompt point. */
  private promptPoint(): void {
    if (this.isClosed || this.promptHold > 0) return;
    if (this.options.mode === "rich") this.renderPrompt();
    else if (!this.lineConsumer && this.queue.size === 0) this.transport.promptReady?.();
  }

  // ---------------------------------------------------------------- events from the game

  private onAsyncEvent(event: SessionEvent): void {
    if (this.isClosed) return;
    if (event.type === "output") {
      this.printLines(this.framing.frameAsync([this.render(event.text)]));
      if (this.options.mode === "raw" && this.promptHold === 0 && !this.lineConsumer) this.transport.promptReady?.();
      return;
    }
    this.handleEvent(event);
  }

  private handleEvent(event: SessionEvent): void {
    switch (event.type) {
      case "output":
        this.printLines([this.render(event.text)]);
        return;
      case "gmcp":
        this.transport.sendGmcp?.(event.module, event.data);
        return;
      case "setting":
        if (event.key === "color" && this.options.mode === "raw") this.color = event.value === true;
        return;
      case "disconnect":
        this.close(event.reason);
        return;
      default:
        this.interactions.push(event);
        this.startNextInteraction();
    }
  }

  private startNextInteraction(): void {
    if (this.interactionActive || this.state !== "playing") return;
    const next = this.interactions.shift();
    if (!next) return;
    this.interactionActive = true;
    if (next.type === "input") this.startInput(next);
    else if (next.type === "editor") this.startEditor(next);
    else this.startPager(next);
  }

  private finishInteraction(): void {
    this.interactionActive = false;
    this.startNextInteraction();
  }

  private startInput(event: Extract<SessionEvent, { type: "input" }>): void {
    const prompt = this.render(event.prompt);
    if (this.options.mode === "rich") {
      const entry: PromptEntry = {
        kind: "input",
        editor: this.newEditor(prompt, event.password),
        submit: (line) => {
          this.popPrompt(entry);
          this.finishInteraction();
          void this.respond(event.id, line);
        },
        cancel: () => {
          this.popPrompt(entry);
          this.finishInteraction();
          void this.respond(event.id, null);
        },
      };
      this.pushPrompt(entry);
      return;
    }
    const newline = this.transport.promptReady ? "" : "\r\n";
    this.send(prompt + newline);
    if (event.password) this.transport.setLocalEcho?.(false);
    this.transport.promptReady?.();
    this.lineConsumer = async (line) => {
      if (event.password && this.transport.setLocalEcho) {
        this.transport.setLocalEcho(true);
        this.send("\r\n");
      }
      this.finishInteraction();
      await this.respond(event.id, line);
    };
  }

  private startEditor(event: Extract<SessionEvent, { type: "editor" }>): void {
    if (this.options.mode === "rich") {
      this.openScreen(
        new EditorScreen({
          title: sanitizeText(event.title),
          content: event.content,
          size: this.size,
          onDone: (text) => void this.respond(event.id, text),
        }),
      );
      return;
    }
    if (this.transport.supportsGmcp?.("Editor")) {
      const sent = this.transport.sendGmcp?.("Editor.Start", {
        id: event.id,
        content: event.content,
        content_type: event.contentType,
        title: event.title,
      });
      if (sent) {
        this.gmcpEdits.add(event.id);
        this.finishInteraction();
        return;
      }
    }
    this.startLineEditor(event);
  }

  /** Raw mode without GMCP: show the text, then collect lines until `.` (save) or `@abort`. */
  private startLineEditor(event: Extract<SessionEvent, { type: "editor" }>): void {
    const text = sanitizeText(event.content);
    const current = text === "" ? [] : text.split(/\r?\n/);
    const count = current.length === 1 ? "1 line" : `${current.length} lines`;
    this.printLines([
      current.length === 0
        ? `Editing ${sanitizeText(event.title)}. It is empty.`
        : `Editing ${sanitizeText(event.title)}. Current text (${count}):`,
      ...current,
      "Enter the new text. End with a line containing only '.', or type '@abort' to cancel.",
    ]);
    this.transport.promptReady?.();
    const collected: string[] = [];
    const next = async (line: string): Promise<void> => {
      if (line === ".") {
        this.finishInteraction();
        await this.respond(event.id, collected.join("\n"));
      } else if (line.trim() === "@abort") {
        this.printLines(["Edit aborted."]);
        this.finishInteraction();
        await this.respond(event.id, null);
      } else {
        collected.push(line);
        this.lineConsumer = next;
      }
    };
    this.lineConsumer = next;
  }

  private startPager(event: Extract<SessionEvent, { type: "pager" }>): void {
    const markup = event.contentType === "text";
    if (this.options.mode === "rich") {
      const lines = layoutText(event.content, this.size.cols, markup);
      if (lines.length <= this.size.rows - 2) {
        this.printLines(lines.map((l) => l.ansi));
        this.finishInteraction();
        return;
      }
      this.openScreen(
        new PagerScreen({
          title: event.title === undefined ? undefined : sanitizeText(event.title),
          content: event.content,
          markup,
          size: this.size,
          onDone: () => undefined,
        }),
      );
      return;
    }
    this.printLines([this.renderContent(event.content, event.contentType)]);
    this.finishInteraction();
  }

  private openScreen(screen: FullScreenView): void {
    const top = this.topPrompt();
    if (top) this.send(top.editor.clear());
    this.screen = screen;
    this.send(screen.open());
  }

  // ---------------------------------------------------------------- output

  /** Renders markup for this session (ANSI or plain). */
  private render(text: string): string {
    return renderMarkup(text, { color: this.color });
  }

  private renderContent(content: string, type: ContentType): string {
    return type === "text" ? this.render(content) : sanitizeText(content);
  }

  private lineTooLong(): string {
    return `Line too long (max ${this.limits.maxLineLength} characters).`;
  }

  /** Prints whole lines: above the prompt in rich mode, deferred while a full-screen view is open. */
  private printLines(lines: readonly string[]): void {
    if (lines.length === 0 || this.isClosed) return;
    const text = toCrlf(`${lines.join("\n")}\n`);
    if (this.screen) {
      this.deferred.push(...lines);
      return;
    }
    const top = this.options.mode === "rich" ? this.topPrompt() : undefined;
    const wasShown = top?.editor.isDisplayed === true;
    this.send((top ? top.editor.clear() : "") + text);
    if (wasShown && top) this.send(top.editor.render());
  }

  private send(text: string): void {
    if (text !== "" && this.state !== "closed") this.transport.write(text);
  }

  private resetIdleTimer(): void {
    if (this.limits.idleTimeoutMs <= 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close("You have been idle too long. Goodbye."), this.limits.idleTimeoutMs);
    this.idleTimer.unref();
  }
}
