/**
 * The admin's JSON API and the verb IDE's check/complete endpoints. Every route needs a logged-in
 * programmer or wizard; every write needs the CSRF token (header `x-csrf-token`, from the page's
 * `<meta name="csrf-token">`) and runs through the `AdminService` as the account's avatar, so the
 * world applies the same permission checks as to in-world commands. Errors are
 * `{ "error": message }` with 400 (bad input), 401 (not logged in), 403 (not allowed),
 * 404 (no such thing) or 422 (the verb does not compile; with `line` and `column`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AdminAclRow, AdminAclSubject, AdminService } from "../../core/admin.js";
import type { ObjId } from "../../core/ids.js";
import type { AuthedRequest, WebContext } from "./web-server.js";

type Handler<T> = (actor: ObjId, admin: AdminService, who: AuthedRequest, req: FastifyRequest) => Promise<T>;

interface MooLikeError {
  code?: unknown;
  message?: unknown;
  line?: unknown;
  column?: unknown;
}

const STATUS_BY_CODE: Record<string, number> = {
  E_PERM: 403,
  E_PROPNF: 404,
  E_VERBNF: 404,
  E_INVIND: 404,
  E_COMPILE: 422,
};

export function registerAdminRoutes(app: FastifyInstance, ctx: WebContext, checkRate: object): void {
  const auth = async (req: FastifyRequest, reply: FastifyReply): Promise<AuthedRequest | null> => {
    const who = await ctx.current(req);
    if (!who) {
      await reply.code(401).send({ error: "Please log in." });
      return null;
    }
    if (!who.account.programmer) {
      await reply.code(403).send({ error: "The admin is for programmers and wizards; your character is neither." });
      return null;
    }
    return who;
  };

  const run = async <T>(req: FastifyRequest, reply: FastifyReply, fn: Handler<T>): Promise<unknown> => {
    const admin = ctx.opts.admin;
    if (!admin) return reply.code(404).send({ error: "The admin is not enabled on this server." });
    const who = await auth(req, reply);
    if (!who) return reply;
    try {
      const result = await fn(who.account.avatar, admin, who, req);
      if (req.method !== "GET") {
        req.log.info(
          { event: "admin.write", login: who.account.login, method: req.method, url: req.url },
          "admin change",
        );
      }
      return result === undefined ? { ok: true } : result;
    } catch (e) {
      const err = e as MooLikeError;
      if (typeof err.code !== "string" || !err.code.startsWith("E_")) throw e;
      const status = STATUS_BY_CODE[err.code] ?? 400;
      if (status === 403) {
        req.log.info({ event: "admin.denied", login: who.account.login, url: req.url }, String(err.message));
      }
      return reply.code(status).send({
        error: String(err.message),
        code: err.code,
        ...(typeof err.line === "number" ? { line: err.line, column: err.column } : {}),
      });
    }
  };

  const write = { onRequest: app.csrfProtection };
  const id = (req: FastifyRequest) => objNumber((req.params as { id: string }).id);
  const verbId = (req: FastifyRequest) => Number((req.params as { verbId: string }).verbId);
  const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
  const query = (req: FastifyRequest) => req.query as Record<string, string | undefined>;

  app.get("/api/me", async (req, reply) => {
    const who = await ctx.current(req);
    if (!who) return reply.code(401).send({ error: "Please log in." });
    return { account: who.account, csrf: await reply.generateCsrf() };
  });

  // Objects.
  app.get("/api/admin/objects", (req, reply) =>
    run(req, reply, (actor, admin) =>
      admin.listObjects(actor, query(req).q ?? "", Math.max(1, Math.min(1000, Number(query(req).limit ?? 200) || 200))),
    ),
  );
  app.get("/api/admin/objects/:id", (req, reply) => run(req, reply, (actor, admin) => admin.getObject(actor, id(req))));
  app.patch("/api/admin/objects/:id", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.updateObject(actor, id(req), body(req))),
  );
  app.put("/api/admin/objects/:id/props/:name", write, (req, reply) =>
    run(req, reply, (actor, admin) =>
      admin.setProperty(actor, id(req), (req.params as { name: string }).name, body(req).value ?? null),
    ),
  );
  app.delete("/api/admin/objects/:id/props/:name", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.deleteProperty(actor, id(req), (req.params as { name: string }).name)),
  );
  app.put("/api/admin/objects/:id/acl", write, (req, reply) =>
    run(req, reply, (actor, admin) =>
      admin.setAcl(
        actor,
        id(req),
        (body(req).subject ?? { kind: "object" }) as AdminAclSubject,
        body(req).rows as AdminAclRow[],
      ),
    ),
  );

  // Verbs.
  app.post("/api/admin/objects/:id/verbs", write, (req, reply) =>
    run(req, reply, async (actor, admin) => {
      const b = body(req);
      const verbId = await admin.addVerb(actor, id(req), {
        names: b.names as string[],
        dspec: (b.dspec ?? "none") as "none",
        ispecs: (b.ispecs ?? []) as [],
        source: String(b.source ?? ""),
      });
      return { ok: true, verbId };
    }),
  );
  app.get("/api/admin/objects/:id/verbs/:verbId", (req, reply) =>
    run(req, reply, (actor, admin) => admin.getVerb(actor, id(req), verbId(req))),
  );
  app.put("/api/admin/objects/:id/verbs/:verbId", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.updateVerb(actor, id(req), verbId(req), body(req))),
  );
  app.delete("/api/admin/objects/:id/verbs/:verbId", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.deleteVerb(actor, id(req), verbId(req))),
  );

  // Wizards: accounts, audit log, scheduled tasks, sessions.
  app.get("/api/admin/accounts", (req, reply) =>
    run(req, reply, (actor, admin) => admin.listAccounts(actor, query(req).q ?? "")),
  );
  app.patch("/api/admin/accounts/:id", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.updateAccount(actor, Number((req.params as { id: string }).id), body(req))),
  );
  app.get("/api/admin/audit", (req, reply) =>
    run(req, reply, (actor, admin) => {
      const q = query(req);
      return admin.auditLog(actor, {
        limit: Number(q.limit ?? 100) || 100,
        ...(q.before ? { before: Number(q.before) } : {}),
        ...(q.q ? { query: q.q } : {}),
      });
    }),
  );
  app.get("/api/admin/schedules", (req, reply) => run(req, reply, (actor, admin) => admin.schedules(actor)));
  app.patch("/api/admin/schedules/:id", write, (req, reply) =>
    run(req, reply, (actor, admin) =>
      admin.setScheduleEnabled(actor, Number((req.params as { id: string }).id), body(req).enabled === true),
    ),
  );
  app.delete("/api/admin/schedules/:id", write, (req, reply) =>
    run(req, reply, (actor, admin) => admin.deleteSchedule(actor, Number((req.params as { id: string }).id))),
  );
  app.get("/api/admin/sessions", (req, reply) => run(req, reply, (actor, admin) => admin.sessions(actor)));

  // The verb IDE: TypeScript diagnostics (plus the save-time compile check) and completions.
  app.post("/api/verbs/check", { config: checkRate }, async (req, reply) => {
    const who = await auth(req, reply);
    if (!who) return reply;
    const source = body(req).source;
    if (typeof source !== "string") return reply.code(400).send({ error: "Send {source: string}." });
    const started = performance.now();
    const diagnostics = ctx.checker().check(source);
    const compile = ctx.opts.admin?.compileCheck(source) ?? null;
    return { diagnostics, compile, ms: Math.round((performance.now() - started) * 10) / 10 };
  });

  app.post("/api/verbs/complete", { config: checkRate }, async (req, reply) => {
    const who = await auth(req, reply);
    if (!who) return reply;
    const b = body(req);
    if (typeof b.source !== "string" || typeof b.offset !== "number") {
      return reply.code(400).send({ error: "Send {source: string, offset: number}." });
    }
    return ctx.checker().complete(b.source, b.offset);
  });
}

function objNumber(s: string): ObjId {
  const n = Number(String(s).replace(/^#/, ""));
  if (!Number.isInteger(n)) {
    throw Object.assign(new Error(`'${s}' is not an object number.`), { statusCode: 400 });
  }
  return n;
}
