/**
 * The web front-end (Fastify): the browser terminal, signup and login, the admin with its verb IDE,
 * and the operations endpoints. Like SSH and telnet it reaches the game only through contracts in
 * `src/core/`: the `Gateway` (play, login), the `AdminService` (signup, admin reads and writes) and
 * the `OpsProbe` (health). See docs/WEB.md.
 *
 *   GET  /                    → /play when logged in, else /login
 *   GET  /login, POST /login  · GET /signup, POST /signup · POST /logout   (forms, CSRF-protected)
 *   GET  /play                the terminal page; GET /ws/play is its WebSocket
 *   GET  /admin               the admin (programmers and wizards)
 *   /api/…                    JSON for the admin and the IDE (admin-routes.ts)
 *   GET  /healthz, /readyz, /metrics
 *   GET  /assets/…            the built browser bundles (web/public/build)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyFormbody from "@fastify/formbody";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from "fastify";
import type { AdminService } from "../../core/admin.js";
import type { AccountInfo, Gateway } from "../../core/gateway.js";
import type { OpsProbe } from "../../core/ops.js";
import type { RunningServer } from "../running-server.js";
import type { CommandHistory } from "../session/command-history.js";
import type { SessionLimits } from "../session/terminal-session.js";
import { registerAdminRoutes } from "./admin-routes.js";
import type { MooMetrics } from "./metrics.js";
import { adminPage, loginPage, messagePage, type PageOptions, playPage, signupPage } from "./pages.js";
import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED, clampSize, TerminalSockets } from "./terminal-socket.js";
import { VerbChecker } from "./verb-checker.js";
import { type WebLogin, WebSessions } from "./web-sessions.js";

export interface RateLimit {
  max: number;
  /** Window in milliseconds. */
  windowMs: number;
}

export interface WebServerOptions {
  gateway: Gateway;
  /** Signup and the admin; without it the server only offers login and play. */
  admin?: AdminService;
  ops?: OpsProbe;
  metrics?: MooMetrics;
  history?: CommandHistory;
  host: string;
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  serverName?: string;
  /** Built browser assets (default `web/public/build` of this checkout). */
  assetsDir?: string;
  /** Public signup (default on). */
  signup?: boolean;
  /**
   * `Secure` on the session cookie: true, false, or "auto" (default): when the request came over
   * HTTPS (see `trustProxy`) or to localhost, which browsers treat as a secure context.
   */
  secureCookies?: boolean | "auto";
  /** Believe X-Forwarded-For/-Proto from a reverse proxy (default false). */
  trustProxy?: boolean;
  rateLimits?: { signup?: RateLimit; login?: RateLimit; check?: RateLimit };
  /** Structured (JSON) logs: a pino level ("info", "debug"…) or false for none. */
  logLevel?: string | false;
  limits?: Partial<SessionLimits>;
  /** Shared TypeScript checker for the IDE (created on demand otherwise). */
  checker?: VerbChecker;
}

export interface WebServer extends RunningServer {
  app: FastifyInstance;
  /** `http://host:port` */
  url: string;
}

const SESSION_COOKIE = "moo_session";
const DEFAULT_ASSETS = fileURLPath("../../../web/public/build");
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface AuthedRequest {
  login: WebLogin;
  account: AccountInfo;
}

/** What route modules get from the server. */
export interface WebContext {
  opts: WebServerOptions;
  checker: () => VerbChecker;
  /** The logged-in account, or null (an expired token, a banned account). */
  current(req: FastifyRequest): Promise<AuthedRequest | null>;
}

export async function buildWebApp(opts: WebServerOptions): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const serverName = opts.serverName ?? "tsmoo";
  const assetsDir = opts.assetsDir ?? DEFAULT_ASSETS;
  const signupEnabled = opts.signup !== false && !!opts.admin;
  const sessions = new WebSessions();
  const sockets = new TerminalSockets({ gateway: opts.gateway, history: opts.history, limits: opts.limits });
  let checker = opts.checker ?? null;
  const getChecker = () => {
    checker ??= new VerbChecker();
    return checker;
  };

  const app = Fastify({
    logger: opts.logLevel ? { level: opts.logLevel } : false,
    // Fastify's two lines per request are replaced by one (at debug level) in the onResponse hook.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  });

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    cookieKey: "moo_csrf",
    cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", secure: opts.secureCookies === true },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  if (existsSync(assetsDir)) {
    await app.register(fastifyStatic, {
      root: path.resolve(assetsDir),
      prefix: "/assets/",
      cacheControl: true,
      maxAge: 0,
      index: false,
    });
  }

  const secure = (req: FastifyRequest): boolean => {
    if (opts.secureCookies === true || opts.secureCookies === false) return opts.secureCookies;
    return req.protocol === "https" || LOCAL_HOSTS.has(req.hostname.replace(/:\d+$/, ""));
  };

  const current = async (req: FastifyRequest): Promise<AuthedRequest | null> => {
    const login = sessions.get(req.cookies[SESSION_COOKIE]);
    if (!login) return null;
    const r = await opts.gateway.loginByKey(login.login);
    if (!r.ok) {
      sessions.delete(login.token);
      return null;
    }
    return { login, account: r.account };
  };

  const startSession = (req: FastifyRequest, reply: FastifyReply, account: AccountInfo): void => {
    sessions.delete(req.cookies[SESSION_COOKIE]);
    const s = sessions.create(account.login);
    reply.setCookie(SESSION_COOKIE, s.token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: secure(req),
      maxAge: sessions.maxAgeSeconds,
    });
    opts.metrics?.setWebLogins(sessions.size);
  };

  const pageOpts = async (reply: FastifyReply, account: AccountInfo | null, title: string): Promise<PageOptions> => ({
    serverName,
    title,
    csrf: await reply.generateCsrf(),
    account,
    assetsMissing: !existsSync(path.join(assetsDir, "play.js")),
    signupEnabled,
  });

  const html = (reply: FastifyReply, body: string, status = 200) =>
    reply
      .code(status)
      .header("content-type", "text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(body);

  const rate = (name: "signup" | "login" | "check", fallback: RateLimit) => {
    const r = opts.rateLimits?.[name] ?? fallback;
    return {
      rateLimit: {
        max: r.max,
        timeWindow: r.windowMs,
        errorResponseBuilder: (_req: FastifyRequest, ctx: { after: string }) => ({
          statusCode: 429,
          code: "RATE_LIMITED",
          error: "Too Many Requests",
          message: `Too many attempts. Please wait ${ctx.after} and try again.`,
        }),
      },
    };
  };

  app.addHook("onResponse", async (req, reply) => {
    req.log.debug(
      { event: "http", method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      "request",
    );
  });

  // Security headers on every response; no inline script anywhere.
  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    const type = String(reply.getHeader("content-type") ?? "");
    if (type.startsWith("text/html")) {
      reply.header(
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      );
    }
    return payload;
  });

  app.setErrorHandler(async (err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    const csrf = typeof err.code === "string" && err.code.startsWith("FST_CSRF");
    const message = csrf
      ? "This form has expired or did not come from this site. Please reload the page and try again."
      : status >= 500
        ? "Something went wrong on the server."
        : err.message;
    if (status >= 500) req.log.error({ err, url: req.url }, "request failed");
    if (req.url.startsWith("/api/") || req.url.startsWith("/ws/")) return reply.code(status).send({ error: message });
    const who = await current(req).catch(() => null);
    const po = await pageOpts(reply, who?.account ?? null, "Error");
    if (req.url.startsWith("/login")) return html(reply, loginPage(po, { error: message }), status);
    if (req.url.startsWith("/signup")) return html(reply, signupPage(po, { error: message }), status);
    return html(reply, messagePage(po, status === 429 ? "Slow down" : "Sorry", message), status);
  });

  // ---------------------------------------------------------------- pages

  app.get("/", async (req, reply) => reply.redirect((await current(req)) ? "/play" : "/login"));

  app.get<{ Querystring: { next?: string } }>("/login", async (req, reply) => {
    const who = await current(req);
    const next = safeNext(req.query.next);
    if (who) return reply.redirect(next);
    return html(reply, loginPage(await pageOpts(reply, null, "Log in"), { next }));
  });

  app.post<{ Body: { login?: string; password?: string; next?: string } }>(
    "/login",
    { preHandler: app.csrfProtection, config: rate("login", { max: 20, windowMs: 15 * 60_000 }) },
    async (req, reply) => {
      const login = String(req.body?.login ?? "").trim();
      const password = String(req.body?.password ?? "");
      const next = safeNext(req.body?.next);
      const result = login && password ? await opts.gateway.login(login, password) : null;
      if (!result?.ok) {
        req.log.info({ event: "web.login", login, ip: req.ip, ok: false }, "login refused");
        const message = result ? result.message : "Please enter your login name and password.";
        return html(reply, loginPage(await pageOpts(reply, null, "Log in"), { login, next, error: message }), 401);
      }
      startSession(req, reply, result.account);
      req.log.info({ event: "web.login", login: result.account.login, ip: req.ip, ok: true }, "login");
      return reply.redirect(next, 303);
    },
  );

  app.post("/logout", { preHandler: app.csrfProtection }, async (req, reply) => {
    sessions.delete(req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    opts.metrics?.setWebLogins(sessions.size);
    return reply.redirect("/login", 303);
  });

  app.get("/signup", async (req, reply) => {
    if (!signupEnabled)
      return html(
        reply,
        messagePage(await pageOpts(reply, null, "Sign up"), "Sign up", "Signing up is closed here."),
        404,
      );
    // Signing up while logged in logs the old account out first (as the reference does).
    if (await current(req)) {
      sessions.delete(req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
    }
    return html(reply, signupPage(await pageOpts(reply, null, "Sign up"), {}));
  });

  app.post<{ Body: { login?: string; password?: string; password2?: string; character?: string } }>(
    "/signup",
    { preHandler: app.csrfProtection, config: rate("signup", { max: 10, windowMs: 60 * 60_000 }) },
    async (req, reply) => {
      if (!signupEnabled || !opts.admin) return reply.code(404).send({ error: "Signing up is closed here." });
      const login = String(req.body?.login ?? "").trim();
      const password = String(req.body?.password ?? "");
      const password2 = String(req.body?.password2 ?? "");
      const character = String(req.body?.character ?? "").trim();
      const errors: Record<string, string> = {};
      if (!/^[A-Za-z][A-Za-z0-9_.-]{1,31}$/.test(login)) {
        errors.login = "Use 2-32 letters, digits, '_', '.' or '-', starting with a letter.";
      }
      if (password.length < 8) errors.password = "The password must be at least 8 characters long.";
      else if (password !== password2) errors.password2 = "The two passwords are not the same.";
      if (character === "") errors.character = "Choose a name for your character.";
      const refuse = async (status: number) =>
        html(
          reply,
          signupPage(await pageOpts(reply, null, "Sign up"), {
            login,
            character,
            errors,
            error: "Please correct the fields marked below.",
          }),
          status,
        );
      if (Object.keys(errors).length > 0) return refuse(400);
      let account: AccountInfo;
      try {
        account = await opts.admin.signup({ login, password, characterName: character, remote: req.ip });
      } catch (e) {
        const msg = (e as Error).message;
        if (!(e instanceof Error) || !("code" in e)) throw e;
        const field = /login/i.test(msg) ? "login" : /password/i.test(msg) ? "password" : "character";
        errors[field] = msg;
        return refuse(400);
      }
      startSession(req, reply, account);
      req.log.info({ event: "web.signup", login: account.login, avatar: account.avatar, ip: req.ip }, "signup");
      return reply.redirect("/play", 303);
    },
  );

  app.get("/play", async (req, reply) => {
    const who = await current(req);
    if (!who) return reply.redirect("/login?next=/play");
    return html(reply, playPage(await pageOpts(reply, who.account, "Play")));
  });

  app.get<{ Querystring: { cols?: string; rows?: string } }>("/ws/play", { websocket: true }, (socket, req) => {
    const origin = req.headers.origin;
    if (origin) {
      let host = "";
      try {
        host = new URL(origin).host;
      } catch {}
      if (host !== req.headers.host) {
        socket.close(CLOSE_FORBIDDEN, "bad origin");
        return;
      }
    }
    // Keys typed while the login is being checked are kept and replayed once the session is attached.
    const early: [unknown, boolean][] = [];
    const keep = (data: unknown, isBinary: boolean) => early.push([data, isBinary]);
    socket.on("message", keep);
    void current(req).then(
      (who) => {
        socket.off("message", keep);
        if (!who) {
          socket.close(CLOSE_UNAUTHORIZED, "not logged in");
          return;
        }
        const size = { cols: clampSize(req.query.cols, 20, 500) ?? 80, rows: clampSize(req.query.rows, 5, 300) ?? 24 };
        const started = Date.now();
        req.log.info({ event: "web.play.open", login: who.account.login, ip: req.ip }, "terminal connected");
        socket.on("close", (code: number) =>
          req.log.info(
            {
              event: "web.play.close",
              login: who.account.login,
              code,
              seconds: Math.round((Date.now() - started) / 1000),
            },
            "terminal closed",
          ),
        );
        sockets.attach(socket, who.account, req.ip, size);
        for (const [data, isBinary] of early) socket.emit("message", data, isBinary);
      },
      () => socket.close(1011, "error"),
    );
  });

  app.get("/admin", async (req, reply) => {
    const who = await current(req);
    if (!who) return reply.redirect("/login?next=/admin");
    const po = await pageOpts(reply, who.account, "Admin");
    if (!who.account.programmer) {
      return html(
        reply,
        messagePage(po, "Admin", "The admin is for programmers and wizards; your character is neither."),
        403,
      );
    }
    return html(reply, adminPage(po));
  });

  // ---------------------------------------------------------------- JSON API (admin, IDE)

  registerAdminRoutes(app, { opts, checker: getChecker, current }, rate("check", { max: 600, windowMs: 60_000 }));

  // ---------------------------------------------------------------- operations

  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_req, reply) => {
    const checks = (await opts.ops?.readiness()) ?? [];
    const ok = checks.every((c) => c.ok);
    return reply.code(ok ? 200 : 503).send({ status: ok ? "ready" : "not ready", checks });
  });

  app.get("/metrics", async (_req, reply) => {
    if (!opts.metrics) return reply.code(404).send({ error: "metrics are not enabled" });
    opts.metrics.setWebLogins(sessions.size);
    const m = await opts.metrics.render();
    return reply.header("content-type", m.contentType).send(m.body);
  });

  return {
    app,
    async close() {
      await sockets.closeAll();
      await app.close();
    },
  };
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const { app, close } = await buildWebApp(opts);
  await app.listen({ host: opts.host, port: opts.port });
  const address = app.server.address();
  const port = address && typeof address === "object" ? address.port : opts.port;
  const host = opts.host === "0.0.0.0" || opts.host === "::" ? "localhost" : opts.host;
  return {
    app,
    port,
    url: `http://${host}:${port}`,
    connections: () => app.websocketServer?.clients.size ?? 0,
    close,
  };
}

/** A local path to go to after login (never another site). */
function safeNext(next: unknown): string {
  const s = typeof next === "string" ? next : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/play";
}

function fileURLPath(rel: string): string {
  return new URL(rel, import.meta.url).pathname;
}
