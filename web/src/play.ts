/**
 * The play page: an xterm.js terminal wired to `/ws/play`. Keystrokes go to the server as they are
 * typed (the server runs the line editor, history, completion, editor and pager — the same
 * terminal UI as SSH); output is written as it comes. Reconnects with back-off when the connection
 * drops; a session that ended (QUIT) waits for Enter.
 */
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import "./play.css";

const CLOSE_ENDED = 4000;
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_FORBIDDEN = 4403;

const host = document.getElementById("terminal") as HTMLElement;
const status = document.getElementById("status") as HTMLElement;

const term = new Terminal({
  cursorBlink: true,
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace',
  fontSize: 15,
  scrollback: 5000,
  allowProposedApi: false,
  theme: { background: "#14161a", foreground: "#d8dee9", cursor: "#e5c07b", selectionBackground: "#3b4252" },
});
const fit = new FitAddon();
term.loadAddon(fit);
term.open(host);
fit.fit();
term.focus();

let socket: WebSocket | null = null;
let attempt = 0;
let ended = false;
let timer: number | undefined;
let everConnected = false;

function setStatus(text: string, kind: "ok" | "warn" | "error" | "info"): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

function send(msg: unknown): void {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(msg));
}

function connect(): void {
  window.clearTimeout(timer);
  ended = false;
  const url = new URL(host.dataset.ws ?? "/ws/play", location.href);
  url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
  url.searchParams.set("cols", String(term.cols));
  url.searchParams.set("rows", String(term.rows));
  setStatus(attempt === 0 ? "Connecting…" : "Reconnecting…", "info");
  const ws = new WebSocket(url);
  socket = ws;
  ws.onopen = () => {
    attempt = 0;
    if (everConnected) term.write("\r\n\x1b[2m— reconnected —\x1b[0m\r\n");
    everConnected = true;
    setStatus("Connected", "ok");
    term.focus();
  };
  ws.onmessage = (e) => {
    if (typeof e.data === "string") term.write(e.data);
  };
  ws.onclose = (e) => {
    if (socket !== ws) return;
    socket = null;
    if (e.code === CLOSE_UNAUTHORIZED) {
      setStatus("Your login has expired.", "error");
      location.href = "/login?next=/play";
      return;
    }
    if (e.code === CLOSE_FORBIDDEN) {
      setStatus("The server refused this connection.", "error");
      return;
    }
    if (e.code === CLOSE_ENDED) {
      ended = true;
      setStatus("Session ended. Press Enter to connect again.", "warn");
      return;
    }
    // Network trouble or a server restart: try again, waiting longer each time (at most 30 s).
    const delay = Math.min(30, 2 ** Math.min(attempt, 5));
    attempt++;
    let left = delay;
    const tick = () => {
      setStatus(`Disconnected. Reconnecting in ${left} s… (press Enter to retry now)`, "warn");
      if (left-- <= 0) connect();
      else timer = window.setTimeout(tick, 1000);
    };
    tick();
  };
}

term.onData((data) => {
  if (!socket || socket.readyState !== WebSocket.OPEN) {
    if (data === "\r" && (ended || attempt > 0)) connect();
    return;
  }
  send({ type: "input", data });
});
term.onResize(({ cols, rows }) => send({ type: "resize", cols, rows }));
window.addEventListener("resize", () => fit.fit());
host.addEventListener("click", () => term.focus());

// For tests and debugging in the console.
(window as unknown as { moo: unknown }).moo = {
  term,
  text: () => {
    const b = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < b.length; i++) lines.push(b.getLine(i)?.translateToString(true) ?? "");
    return lines.join("\n");
  },
};

connect();
