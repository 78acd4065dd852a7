/**
 * The web front-end without a browser: forms (signup, login) with CSRF and rate limits, the admin
 * JSON API with the in-world permission rules, the IDE's check/complete endpoints, health and
 * metrics (Fastify `inject`), and the play terminal over a real WebSocket.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { WebSocket } from "ws";
import { startWebHarness, type WebClient, type WebHarness, WIZARD_PASSWORD } from "./web-harness.js";

describe("web front-end", () => {
  let w: WebHarness;
  let wiz: WebClient;
  before(async () => {
    w = await startWebHarness({ rateLimits: { signup: { max: 1000, windowMs: 60_000 } } });
    wiz = w.client();
    const r = await wiz.login("wizard", WIZARD_PASSWORD);
    assert.equal(r.status, 303);
  });
  after(async () => {
    await w.close();
  });

  const sysObj = (name: string): number => {
    const tx = w.h.game.world.begin();
    const v = tx.findProp(0, name)?.value as { id: number } | undefined;
    return v?.id ?? -1;
  };

  describe("health and metrics", () => {
    test("/healthz answers, /readyz checks the database and the queue", async () => {
      const c = w.client();
      assert.deepEqual((await c.get("/healthz")).json(), { status: "ok" });
      const r = await c.get("/readyz");
      assert.equal(r.status, 200);
      const body = r.json<{ status: string; checks: { name: string; ok: boolean }[] }>();
      assert.equal(body.status, "ready");
      assert.deepEqual(
        body.checks.map((x) => [x.name, x.ok]),
        [
          ["database", true],
          ["queue", true],
        ],
      );
    });

    test("/metrics counts tasks by kind and status, with a duration histogram, sessions and queue depth", async () => {
      const p = await w.h.newPlayer("Metra");
      await p.type("look");
      const wizard = await w.h.login("wizard");
      assert.equal((await wizard.run("; throw new Error('no')")).status, 1);
      const text = (await w.client().get("/metrics")).body;
      assert.match(text, /moo_tasks_total\{kind="command",status="ok"\} [1-9]/);
      assert.match(text, /moo_tasks_total\{kind="command",status="failed"\} [1-9]/);
      assert.match(text, /moo_task_duration_seconds_bucket\{le="0.05",kind="command"\} \d+/);
      assert.match(text, /moo_task_duration_seconds_count\{kind="command"\} [1-9]/);
      assert.match(text, /moo_sessions\{protocol="telnet"\} [1-9]/);
      assert.match(text, /moo_queue_depth 0/);
      assert.match(text, /# TYPE moo_task_retries_total counter/);
    });
  });

  describe("signup and login", () => {
    test("pages need no login; /play and /admin send you to the login page", async () => {
      const c = w.client();
      assert.equal((await c.get("/login")).status, 200);
      assert.equal((await c.get("/signup")).status, 200);
      const play = await c.get("/play");
      assert.equal(play.status, 302);
      assert.equal(play.headers.location, "/login?next=/play");
      assert.equal((await c.get("/admin")).headers.location, "/login?next=/admin");
    });

    test("a signup creates the account and a character in $player_start, and logs in", async () => {
      const c = w.client();
      const r = await c.signup({ login: "ann", password: "ann-password", character: "Ann" });
      assert.equal(r.status, 303);
      assert.equal(r.headers.location, "/play");
      const cookie = String(r.headers["set-cookie"]);
      assert.match(cookie, /moo_session=[^;]+;.*HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.match(cookie, /Secure/); // inject's host is localhost, a secure context for browsers
      const me = (await c.get("/api/me")).json<{ account: { login: string; avatar: number; avatarName: string } }>();
      assert.equal(me.account.login, "ann");
      assert.equal(me.account.avatarName, "Ann");
      const avatar = w.h.game.world.state.get(me.account.avatar);
      assert.equal(avatar?.location, sysObj("player_start"));
      assert.equal(avatar?.isPlayer, true);
      assert.equal(avatar?.owner, me.account.avatar);
      // The same account plays over the gateway (e.g. SSH) with that password.
      assert.equal((await w.h.game.gateway.login("ann", "ann-password")).ok, true);
    });

    test("signup errors are shown per field, and nothing is created", async () => {
      const before = w.h.game.world.state.players.size;
      const cases: [Record<string, string>, RegExp][] = [
        [{ login: "1x", password: "long-enough", character: "Zed" }, /starting with a letter/],
        [{ login: "zed", password: "short", character: "Zed" }, /at least 8 characters/],
        [{ login: "zed", password: "long-enough", password2: "other-one", character: "Zed" }, /not the same/],
        [{ login: "zed", password: "long-enough", character: "" }, /Choose a name/],
        [{ login: "zed", password: "long-enough", character: "<b>Zed</b>" }, /Character names are 2-32/],
        [{ login: "ann", password: "long-enough", character: "Ann Two" }, /login name &#39;ann&#39; is taken/],
        [{ login: "zed", password: "long-enough", character: "Ann" }, /already a player named &#39;Ann&#39;/],
      ];
      for (const [fields, message] of cases) {
        const r = await w
          .client()
          .signup(fields as { login: string; password: string; password2?: string; character: string });
        assert.equal(r.status, 400, JSON.stringify(fields));
        assert.match(r.body, message);
        assert.match(r.body, /Please correct the fields/);
        assert.doesNotMatch(r.body, /<b>Zed<\/b>/); // echoed input is escaped
      }
      assert.equal(w.h.game.world.state.players.size, before);
    });

    test("forms without the CSRF token are refused", async () => {
      const c = w.client();
      await c.get("/signup");
      const r = await c.request("POST", "/signup", {
        form: { login: "mallory", password: "long-enough", password2: "long-enough", character: "Mallory" },
      });
      assert.equal(r.status, 403);
      assert.match(r.body, /form has expired or did not come from this site/);
      const l = await w.client().request("POST", "/login", { form: { login: "wizard", password: WIZARD_PASSWORD } });
      assert.equal(l.status, 403);
    });

    test("a wrong password is refused with the game's message; logging out ends the web session", async () => {
      const c = w.client();
      const bad = await c.login("ann", "wrong-password");
      assert.equal(bad.status, 401);
      assert.match(bad.body, /has a different password/);
      assert.equal((await c.login("ann", "ann-password")).status, 303);
      assert.equal((await c.get("/play")).status, 200);
      const out = await c.request("POST", "/logout", { form: { _csrf: c.csrf } });
      assert.equal(out.status, 303);
      assert.equal((await c.get("/play")).status, 302);
    });

    test("login redirects only to local pages", async () => {
      const c = w.client();
      await c.get("/login");
      const r = await c.request("POST", "/login", {
        form: { login: "ann", password: "ann-password", next: "//evil.example/", _csrf: c.csrf },
      });
      assert.equal(r.headers.location, "/play");
    });
  });

  describe("rate limits", () => {
    test("signup is rate-limited per address with a clear message", async () => {
      const limited = await startWebHarness({ rateLimits: { signup: { max: 2, windowMs: 60_000 } } });
      try {
        const statuses: number[] = [];
        let last = "";
        for (let i = 0; i < 3; i++) {
          const r = await limited.client().signup({ login: `u${i}x`, password: "short", character: `U${i}` });
          statuses.push(r.status);
          last = r.body;
        }
        assert.deepEqual(statuses, [400, 400, 429]);
        assert.match(last, /Too many attempts\. Please wait/);
      } finally {
        await limited.close();
      }
    });
  });

  describe("admin API", () => {
    let prog: WebClient;
    let ann: WebClient;
    before(async () => {
      await w.h.newPlayer("Pat", { programmer: true });
      prog = w.client();
      assert.equal((await prog.login("pat", "Pat-password")).status, 303);
      ann = w.client();
      assert.equal((await ann.login("ann", "ann-password")).status, 303);
    });

    test("players who are not programmers get a clear refusal", async () => {
      const r = await ann.api("GET", "/api/admin/objects");
      assert.equal(r.status, 403);
      assert.match(r.json<{ error: string }>().error, /The admin is for programmers and wizards/);
      const page = await ann.get("/admin");
      assert.equal(page.status, 403);
      assert.match(page.body, /The admin is for programmers and wizards/);
      assert.equal((await w.client().api("GET", "/api/admin/objects")).status, 401);
    });

    test("wizards browse and search objects and see an object's details", async () => {
      const all = (await wiz.api("GET", "/api/admin/objects")).json<{ id: number }[]>();
      assert.ok(all.length > 10);
      const found = (await wiz.api("GET", "/api/admin/objects?q=laboratory")).json<{ id: number; name: string }[]>();
      assert.ok(found.some((o) => o.name === "The Laboratory"));
      assert.ok(found.every((o) => /laboratory/i.test(o.name)));
      const byId = (await wiz.api("GET", `/api/admin/objects?q=%23${sysObj("room")}`)).json<{ name: string }[]>();
      assert.deepEqual(
        byId.map((o) => o.name),
        ["Generic Room"],
      );
      const room = (await wiz.api("GET", `/api/admin/objects/${sysObj("player_start")}`)).json<{
        name: string;
        owner: { id: number };
        parents: { name: string }[];
        contents: { name: string }[];
        props: { name: string; readable: boolean }[];
        inheritedVerbs: { names: string[] }[];
        acl: unknown[];
        can: { write: boolean };
      }>();
      assert.equal(room.name, "The Laboratory");
      assert.deepEqual(
        room.parents.map((p) => p.name),
        ["Generic Room"],
      );
      assert.ok(room.contents.some((c) => c.name === "Ann"));
      assert.ok(room.props.some((p) => p.name === "description" && p.readable));
      assert.ok(room.inheritedVerbs.some((v) => v.names.includes("say")));
      assert.ok(Array.isArray(room.acl));
      assert.equal(room.can.write, true);
    });

    test("a programmer sees only what they may edit, and edits their own objects", async () => {
      const list = (await prog.api("GET", "/api/admin/objects")).json<{ name: string }[]>();
      assert.deepEqual(
        list.map((o) => o.name),
        ["Pat"],
      );
      const pat = list[0] as unknown as { id: number };
      assert.equal(
        (await prog.api("PUT", `/api/admin/objects/${pat.id}/props/mood`, { value: "cheerful" })).status,
        200,
      );
      assert.equal(w.h.game.world.begin().findProp(pat.id, "mood")?.value, "cheerful");
      const r = await prog.api("PATCH", `/api/admin/objects/${pat.id}`, { aliases: ["patty"] });
      assert.equal(r.status, 200);
      assert.deepEqual(w.h.game.world.state.get(pat.id)?.aliases, ["patty"]);
    });

    test("edits without permission are refused with the world's message, and change nothing", async () => {
      const room = sysObj("room");
      const say = w.h.game.world
        .begin()
        .rec(room)
        ?.verbs.find((v) => v.names.includes("say"));
      assert.ok(say);
      const r = await prog.api("PUT", `/api/admin/objects/${room}/verbs/${say.id}`, { source: "return 1;" });
      assert.equal(r.status, 403);
      assert.match(
        r.json<{ error: string }>().error,
        /is not allowed to 'write' on verb 'say' of #\d+ \(Generic Room\)/,
      );
      const p = await prog.api("PUT", `/api/admin/objects/${room}/props/description`, { value: "hacked" });
      assert.equal(p.status, 403);
      assert.match(p.json<{ error: string }>().error, /not allowed to 'write' on property 'description'/);
      const n = await prog.api("PATCH", `/api/admin/objects/${room}`, { name: "Mine" });
      assert.equal(n.status, 403);
      assert.equal(w.h.game.world.state.get(room)?.name, "Generic Room");
      const acc = await prog.api("GET", "/api/admin/accounts");
      assert.equal(acc.status, 403);
      assert.match(acc.json<{ error: string }>().error, /Only wizards/);
    });

    test("writes need the CSRF header", async () => {
      const room = sysObj("player_start");
      const r = await wiz.request("PATCH", `/api/admin/objects/${room}`, { json: { name: "Nope" } });
      assert.equal(r.status, 403);
      assert.equal(w.h.game.world.state.get(room)?.name, "The Laboratory");
    });

    test("a verb edit is compiled before it is saved; a compile error names the line", async () => {
      const room = sysObj("room");
      const say = w.h.game.world
        .begin()
        .rec(room)
        ?.verbs.find((v) => v.names.includes("say"));
      assert.ok(say);
      const broken = 'import { print } from "moo";\nprint("a");\nconst = 3;\n';
      const r = await wiz.api("PUT", `/api/admin/objects/${room}/verbs/${say.id}`, { source: broken });
      assert.equal(r.status, 422);
      const body = r.json<{ error: string; line: number; column: number }>();
      assert.equal(body.line, 3);
      assert.ok(body.column > 0);
      assert.notEqual(w.h.game.world.state.get(room)?.verbs.find((v) => v.id === say.id)?.source, broken);
    });

    test("a saved verb runs its new code in play; the header follows the argument specs", async () => {
      const found = await wiz.api("GET", "/api/admin/objects?q=Pat");
      const obj = found.json<{ id: number; name: string }[]>().find((o) => o.name === "Pat");
      assert.ok(obj, found.body);
      const add = await wiz.api("POST", `/api/admin/objects/${obj.id}/verbs`, {
        names: ["wave"],
        dspec: "none",
        ispecs: [],
        source: '// @verb wave --on $player\nimport { print } from "moo";\nprint("You wave.");\n',
      });
      assert.equal(add.status, 200);
      const verbId = add.json<{ verbId: number }>().verbId;
      const pat = await w.h.login("pat", "Pat-password");
      assert.deepEqual(await pat.type("wave"), ["You wave."]);
      const put = await wiz.api("PUT", `/api/admin/objects/${obj.id}/verbs/${verbId}`, {
        source: '// @verb wave --on $player\nimport { print } from "moo";\nprint("You wave at " + iobjstr + ".");\n',
        names: ["wa*ve"],
        dspec: "none",
        ispecs: [{ prep: "to", spec: "any" }],
      });
      assert.equal(put.status, 200);
      assert.deepEqual(await pat.type("wa at everyone"), ["You wave at everyone."]);
      const v = (await wiz.api("GET", `/api/admin/objects/${obj.id}/verbs/${verbId}`)).json<{
        source: string;
        ispecs: unknown;
      }>();
      assert.equal(v.source.split("\n")[0], "// @verb wa*ve --on $player --dspec none --ispec at:any");
      assert.deepEqual(v.ispecs, [{ prep: "at", spec: "any" }]);
      const audit = (await wiz.api("GET", "/api/admin/audit?q=verb_edit")).json<{ action: string; detail: string }[]>();
      assert.ok(audit.some((a) => a.action === "verb_edit" && /wa\*ve/.test(a.detail)));
    });

    test("wizards manage accounts: roles, status and keys", async () => {
      const list = (await wiz.api("GET", "/api/admin/accounts?q=ann")).json<{ id: number; login: string }[]>();
      assert.deepEqual(
        list.map((a) => a.login),
        ["ann"],
      );
      const id = list[0]?.id;
      const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ann@laptop";
      let r = await wiz.api("PATCH", `/api/admin/accounts/${id}`, { roles: { builder: true }, addKey: key });
      assert.equal(r.status, 200, r.body);
      const a = (await wiz.api("GET", "/api/admin/accounts?q=ann")).json<
        { roles: { builder: boolean }; keys: { comment: string }[] }[]
      >()[0];
      assert.equal(a?.roles.builder, true);
      assert.deepEqual(
        a?.keys.map((k) => k.comment),
        ["ann@laptop"],
      );
      r = await wiz.api("PATCH", `/api/admin/accounts/${id}`, { status: "banned", reason: "test" });
      assert.equal(r.status, 200);
      const login = await w.h.game.gateway.login("ann", "ann-password");
      assert.equal(login.ok, false);
      // A banned account's web session stops working at once.
      assert.equal((await ann.get("/play")).status, 302);
      await wiz.api("PATCH", `/api/admin/accounts/${id}`, { status: "active" });
      const self = (await wiz.api("GET", "/api/admin/accounts?q=wizard")).json<{ id: number }[]>()[0];
      const no = await wiz.api("PATCH", `/api/admin/accounts/${self?.id}`, { roles: { wizard: false } });
      assert.equal(no.status, 400);
      assert.match(no.json<{ error: string }>().error, /your own wizard role/);
    });

    test("wizards see the audit log, scheduled tasks and connected sessions", async () => {
      const audit = (await wiz.api("GET", "/api/admin/audit?limit=5")).json<{ action: string }[]>();
      assert.ok(audit.length > 0);
      const wizPlayer = await w.h.login("wizard");
      assert.equal((await wizPlayer.run('; invoke(here, "look", { delay: 3600 })')).status, 0);
      const tasks = (await wiz.api("GET", "/api/admin/schedules")).json<{ id: number; verb: string }[]>();
      const t = tasks.find((x) => x.verb === "look");
      assert.ok(t, JSON.stringify(tasks));
      assert.equal((await wiz.api("PATCH", `/api/admin/schedules/${t.id}`, { enabled: false })).status, 200);
      assert.equal((await wiz.api("DELETE", `/api/admin/schedules/${t.id}`)).status, 200);
      const sessions = (await wiz.api("GET", "/api/admin/sessions")).json<
        { player: { name: string }; protocol: string }[]
      >();
      assert.ok(sessions.some((s) => s.player.name === "Wizard" && s.protocol === "telnet"));
    });
  });

  describe("verb IDE endpoints", () => {
    test("TypeScript diagnostics point at the exact line and column; top-level return and `this` are fine", async () => {
      const source = [
        'import { print } from "moo";',
        "print(this.name);",
        'const n: number = "three";',
        "if (n > 2) return;",
        "print(player.nmae);",
      ].join("\n");
      const r = await wiz.api("POST", "/api/verbs/check", { source });
      assert.equal(r.status, 200);
      const body = r.json<{
        diagnostics: { line: number; column: number; code: number; message: string }[];
        compile: unknown;
      }>();
      assert.deepEqual(
        body.diagnostics.map((d) => [d.line, d.column, d.code]),
        [
          [3, 7, 2322],
          [5, 14, 2339],
        ],
      );
      assert.match(body.diagnostics[1]?.message ?? "", /Property 'nmae' does not exist on type 'MooObject'/);
      assert.equal(body.compile, null);
    });

    test("the save-time compile check is reported with the diagnostics", async () => {
      const r = await wiz.api("POST", "/api/verbs/check", { source: 'import { readFileSync } from "fs";\n' });
      const body = r.json<{ compile: { line: number; message: string } | null }>();
      assert.equal(body.compile?.line, 1);
      assert.match(body.compile?.message ?? "", /may only import from "moo"/);
    });

    test("completions know the SDK and MooObject members", async () => {
      const source = 'import { print } from "moo";\nplayer.lo';
      const r = await wiz.api("POST", "/api/verbs/complete", { source, offset: source.length });
      const body = r.json<{ from: number; items: { label: string }[] }>();
      assert.equal(body.from, source.length - 2);
      const labels = body.items.map((i) => i.label);
      assert.ok(labels.includes("location"), labels.join(" "));
      assert.ok(labels.includes("moveTo"));
      const imp = 'import { pr } from "moo";\n';
      const r2 = await wiz.api("POST", "/api/verbs/complete", { source: imp, offset: 11 });
      assert.ok(
        r2
          .json<{ items: { label: string }[] }>()
          .items.map((i) => i.label)
          .includes("print"),
      );
    });

    test("players who are not programmers may not use the checker", async () => {
      const c = w.client();
      await c.signup({ login: "bea", password: "bea-password", character: "Bea" });
      const r = await c.api("POST", "/api/verbs/check", { source: "return 1;" });
      assert.equal(r.status, 403);
    });
  });

  describe("the play terminal over a WebSocket", () => {
    const open = (c: WebClient, headers: Record<string, string> = {}) => {
      const ws = new WebSocket(`${w.url.replace("http", "ws")}/ws/play?cols=100&rows=30`, {
        headers: { cookie: c.cookieHeader, origin: w.url, ...headers },
      });
      let text = "";
      ws.on("message", (d) => {
        text += String(d);
      });
      const waitFor = async (re: RegExp, ms = 10_000) => {
        const until = Date.now() + ms;
        while (!re.test(text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ""))) {
          if (Date.now() > until)
            throw new Error(`timed out waiting for ${re}; got ${JSON.stringify(text.slice(-500))}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
      const type = (s: string) => ws.send(JSON.stringify({ type: "input", data: s }));
      return { ws, waitFor, closed, type, text: () => text };
    };

    test("a logged-in player types look, sees the room and hears others", async () => {
      const c = w.client();
      await c.signup({ login: "cal", password: "cal-password", character: "Cal" });
      const t = open(c);
      await new Promise((r) => t.ws.once("open", r));
      await t.waitFor(/Exits: north[\s\S]*> /);
      t.type("look\r");
      await t.waitFor(/The Laboratory/);
      const other = await w.h.newPlayer("Dot");
      await other.type("say hello Cal");
      await t.waitFor(/Dot: hello Cal/);
      t.ws.send(JSON.stringify({ type: "resize", cols: 120, rows: 40 }));
      t.type("QUIT\r");
      assert.equal(await t.closed, 4000);
      assert.match(t.text(), /Goodbye, Cal\./);
    });

    test("keys sent the moment the socket opens are not lost", async () => {
      const c = w.client();
      await c.login("cal", "cal-password");
      const t = open(c);
      await new Promise((r) => t.ws.once("open", r));
      t.type("say quick\r");
      await t.waitFor(/You: quick/);
      t.ws.close();
      await t.closed;
    });

    test("no login, or another site's page, is refused", async () => {
      const anon = open(w.client());
      assert.equal(await anon.closed, 4401);
      const c = w.client();
      await c.login("cal", "cal-password");
      const evil = open(c, { origin: "http://evil.example" });
      assert.equal(await evil.closed, 4403);
    });
  });
});
