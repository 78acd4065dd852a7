/**
 * A game plus its web server in this process, for the web tests: `startWebHarness()` boots the
 * world harness (in-memory SQLite, default world) and the Fastify app on a free port, and gives a
 * tiny cookie-keeping HTTP client that logs in and signs up through the real forms.
 */
import type { FastifyInstance } from "fastify";
import { webParts } from "../../src/cli/web.js";
import type { MooMetrics } from "../../src/frontends/web/metrics.js";
import { startWebServer, type WebServer, type WebServerOptions } from "../../src/frontends/web/web-server.js";
import { type Harness, startHarness, WIZARD_PASSWORD } from "../helpers/world-harness.js";

export { WIZARD_PASSWORD };

export interface WebHarness {
  h: Harness;
  server: WebServer;
  app: FastifyInstance;
  metrics: MooMetrics;
  url: string;
  /** A client with its own cookie jar. */
  client(): WebClient;
  close(): Promise<void>;
}

export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  json<T = Record<string, unknown>>(): T;
}

export class WebClient {
  readonly cookies = new Map<string, string>();
  csrf = "";

  constructor(private readonly app: FastifyInstance) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(
    method: string,
    url: string,
    opts: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { cookie: this.cookieHeader, ...opts.headers };
    let payload: string | undefined;
    if (opts.json !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(opts.json);
    } else if (opts.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(opts.form).toString();
    }
    const res = await this.app.inject({
      method: method as "GET",
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired || c.value === "") this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="csrf-token" content="([^"]+)"/.exec(res.body) ?? /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1]) this.csrf = m[1];
    return {
      status: res.statusCode,
      body: res.body,
      headers: res.headers as Record<string, string | string[] | undefined>,
      json: <T>() => JSON.parse(res.body) as T,
    };
  }

  get(url: string): Promise<Reply> {
    return this.request("GET", url);
  }

  /** A JSON API call with the CSRF header. */
  api(method: string, url: string, json?: unknown): Promise<Reply> {
    return this.request(method, url, {
      ...(json !== undefined ? { json } : {}),
      headers: { "x-csrf-token": this.csrf },
    });
  }

  async login(login: string, password: string): Promise<Reply> {
    await this.get("/login");
    return this.request("POST", "/login", { form: { login, password, next: "/play", _csrf: this.csrf } });
  }

  async signup(fields: { login: string; password: string; password2?: string; character: string }): Promise<Reply> {
    await this.get("/signup");
    return this.request("POST", "/signup", {
      form: { ...fields, password2: fields.password2 ?? fields.password, _csrf: this.csrf },
    });
  }
}

export async function startWebHarness(opts: Partial<WebServerOptions> = {}): Promise<WebHarness> {
  const h = await startHarness();
  const parts = webParts(h.game, { defaultMetrics: false });
  const server = await startWebServer({ ...parts.options, host: "127.0.0.1", port: 0, ...opts });
  return {
    h,
    server,
    app: server.app,
    metrics: parts.metrics,
    url: server.url,
    client: () => new WebClient(server.app),
    async close() {
      await server.close();
      await h.close();
    },
  };
}
