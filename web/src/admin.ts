/**
 * The admin: a small single-page app over `/api/admin/…`. Routes (in the URL hash):
 * `#/objects?q=`, `#/object/N`, `#/verb/N/V` (the IDE), and for wizards `#/accounts`, `#/audit`,
 * `#/schedules`, `#/sessions`. Every change is checked by the server with the same permission rules
 * as in-world commands; a refusal is shown as the server worded it.
 */
import { api, errorText, flash, h, type ObjLink, objLink } from "./api.js";
import { renderVerbIde } from "./ide.js";
import "./admin.css";

interface AclRow {
  rule: "allow" | "deny";
  permission: string;
  group: "everyone" | "owners" | "wizards" | null;
  accessor: number | null;
}

interface ObjSummary extends ObjLink {
  owner: ObjLink;
  location: ObjLink;
  parents: ObjLink[];
  isPlayer: boolean;
  recycled: boolean;
  writable: boolean;
}

interface VerbSummary {
  id: number;
  names: string[];
  on: ObjLink;
  owner: ObjLink;
  dspec: string;
  ispecs: { prep: string; spec: string }[];
  readable: boolean;
  writable: boolean;
}

interface Prop {
  name: string;
  value?: unknown;
  readable: boolean;
  writable: boolean;
  definer: ObjLink;
  owner: ObjLink;
  clear: boolean;
  acl?: AclRow[];
}

interface ObjDetail extends ObjSummary {
  aliases: string[];
  obvious: boolean;
  contents: ObjLink[];
  children: ObjLink[];
  roles: { wizard: boolean; programmer: boolean; builder: boolean };
  props: Prop[];
  verbs: VerbSummary[];
  inheritedVerbs: VerbSummary[];
  acl?: AclRow[];
  can: { write: boolean; entrust: boolean; transmute: boolean; move: boolean; grant: boolean };
}

const root = document.getElementById("admin") as HTMLElement;
const view = document.getElementById("view") as HTMLElement;
const isWizard = root.dataset.wizard === "1";

const PERMISSIONS = ["read", "write", "entrust", "grant", "execute", "move", "transmute", "derive", "anything"];

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, "") || "/objects";
  const [pathPart = "", queryPart = ""] = hash.split("?");
  const parts = pathPart.split("/").filter(Boolean);
  const params = new URLSearchParams(queryPart);
  for (const a of root.querySelectorAll<HTMLAnchorElement>("nav.side a")) {
    a.classList.toggle("active", hash.startsWith(a.getAttribute("href")?.slice(1) ?? "-"));
  }
  view.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    if (parts[0] === "object" && parts[1]) await objectPage(Number(parts[1]));
    else if (parts[0] === "verb" && parts[1] && parts[2]) await renderVerbIde(view, Number(parts[1]), Number(parts[2]));
    else if (parts[0] === "accounts") await accountsPage(params.get("q") ?? "");
    else if (parts[0] === "audit") await auditPage(params.get("q") ?? "", params.get("before"));
    else if (parts[0] === "schedules") await schedulesPage();
    else if (parts[0] === "sessions") await sessionsPage();
    else await objectsPage(params.get("q") ?? "");
  } catch (e) {
    view.replaceChildren();
    flash(view, errorText(e), "error");
  }
}

// ------------------------------------------------------------------ object list

async function objectsPage(q: string): Promise<void> {
  const input = h("input", { type: "search", name: "q", value: q, placeholder: "#12, name or alias", autofocus: true });
  const form = h(
    "form",
    {
      class: "search",
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = `#/objects?q=${encodeURIComponent(input.value)}`;
      },
    },
    input,
    h("button", { type: "submit" }, "Search"),
  );
  const list = await api<ObjSummary[]>("GET", `/api/admin/objects?q=${encodeURIComponent(q)}&limit=300`);
  show(
    h("h1", {}, "Objects"),
    isWizard ? null : h("p", { class: "muted" }, "Objects you own or may change."),
    form,
    table(
      ["Object", "Owner", "Location", "Parents", ""],
      list.map((o) => [
        objLink(o),
        objLink(o.owner),
        objLink(o.location),
        join(o.parents.map(objLink)),
        [
          o.isPlayer ? badge("player") : null,
          o.recycled ? badge("recycled") : null,
          o.writable ? badge("editable") : null,
        ],
      ]),
    ),
    list.length === 0 ? h("p", { class: "muted" }, "Nothing found.") : null,
  );
}

// ------------------------------------------------------------------ one object

async function objectPage(id: number): Promise<void> {
  const o = await api<ObjDetail>("GET", `/api/admin/objects/${id}`);
  const reload = () => void objectPage(id);
  const refuse = (e: unknown) => flash(view, errorText(e), "error");

  const name = h("input", { name: "name", value: o.name, disabled: !o.can.write });
  const aliases = h("input", { name: "aliases", value: o.aliases.join(", "), disabled: !o.can.write });
  const owner = h("input", { name: "owner", value: `#${o.owner.id}`, size: 8, disabled: !o.can.entrust });
  const parents = h("input", {
    name: "parents",
    value: o.parents.map((p) => `#${p.id}`).join(" "),
    disabled: !o.can.transmute,
  });
  const locationInput = h("input", { name: "location", value: `#${o.location.id}`, size: 8, disabled: !o.can.move });
  const obvious = h("input", { type: "checkbox", name: "obvious", checked: o.obvious, disabled: !o.can.write });
  const basics = h(
    "form",
    {
      class: "grid",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        try {
          await api("PATCH", `/api/admin/objects/${id}`, {
            name: name.value,
            aliases: aliases.value
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
            owner: objNum(owner.value),
            parents: parents.value
              .split(/[\s,]+/)
              .filter(Boolean)
              .map(objNum),
            location: objNum(locationInput.value),
            obvious: obvious.checked,
          });
          reload();
          setTimeout(() => flash(view, "Saved.", "ok"), 50);
        } catch (err) {
          refuse(err);
        }
      },
    },
    h("label", {}, "Name", name),
    h("label", {}, "Aliases", aliases),
    h("label", {}, "Owner", owner, " ", objLink(o.owner)),
    h("label", {}, "Parents", parents, " ", join(o.parents.map(objLink))),
    h("label", {}, "Location", locationInput, " ", objLink(o.location)),
    h("label", { class: "check" }, obvious, " Obvious"),
    h(
      "div",
      {},
      h(
        "button",
        { type: "submit", disabled: !(o.can.write || o.can.entrust || o.can.transmute || o.can.move) },
        "Save",
      ),
    ),
  );

  const propRows = o.props.map((p) => {
    const value = h("textarea", { rows: 1, class: "json", disabled: !p.writable, "data-prop": p.name });
    value.value = p.readable ? JSON.stringify(p.value) : "";
    if (!p.readable) value.placeholder = "(not readable)";
    const save = h(
      "button",
      {
        type: "button",
        disabled: !p.writable,
        onclick: async () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(value.value);
          } catch (e) {
            flash(view, `'${p.name}' is not valid JSON: ${errorText(e)}`, "error");
            return;
          }
          try {
            await api("PUT", `/api/admin/objects/${id}/props/${encodeURIComponent(p.name)}`, { value: parsed });
            flash(view, `Saved '${p.name}'.`, "ok");
          } catch (e) {
            refuse(e);
          }
        },
      },
      "Save",
    );
    const del =
      p.definer.id === id || !p.clear
        ? h(
            "button",
            {
              type: "button",
              class: "secondary",
              onclick: async () => {
                const what = p.definer.id === id ? "Delete the property" : "Clear the local value of";
                if (!confirm(`${what} '${p.name}'?`)) return;
                try {
                  await api("DELETE", `/api/admin/objects/${id}/props/${encodeURIComponent(p.name)}`);
                  reload();
                } catch (e) {
                  refuse(e);
                }
              },
            },
            p.definer.id === id ? "Delete" : "Clear",
          )
        : null;
    return [
      h("code", {}, p.name),
      value,
      p.definer.id === id ? "here" : objLink(p.definer),
      objLink(p.owner),
      [p.clear && p.definer.id !== id ? badge("inherited") : null, p.writable ? null : badge("read-only")],
      [save, " ", del],
    ];
  });
  const newName = h("input", { placeholder: "new property", size: 14 });
  const newValue = h("input", { placeholder: 'JSON, e.g. "text" or 3', class: "json" });
  const addProp = h(
    "form",
    {
      class: "inline-form",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        try {
          await api("PUT", `/api/admin/objects/${id}/props/${encodeURIComponent(newName.value.trim())}`, {
            value: JSON.parse(newValue.value || "null"),
          });
          reload();
        } catch (err) {
          refuse(err);
        }
      },
    },
    newName,
    newValue,
    h("button", { type: "submit", disabled: !o.can.write }, "Add property"),
  );

  const verbTable = (verbs: VerbSummary[], own: boolean) =>
    table(
      own ? ["Names", "Arguments", "Owner", ""] : ["Names", "On", "Arguments", "Owner", ""],
      verbs.map((v) => {
        const open = h(
          "a",
          { href: `#/verb/${v.on.id}/${v.id}`, class: "verb-link", "data-verb": v.names.join(" ") },
          v.names.join(" "),
        );
        const args = `${v.dspec} ${v.ispecs.map((i) => `${i.prep}:${i.spec}`).join(" ") || "none:none"}`;
        const flags = [v.writable ? badge("editable") : v.readable ? badge("read-only") : badge("hidden")];
        return own
          ? [open, h("code", {}, args), objLink(v.owner), flags]
          : [open, objLink(v.on), h("code", {}, args), objLink(v.owner), flags];
      }),
    );
  const verbNames = h("input", { placeholder: "names, e.g. greet g*reet", size: 24 });
  const addVerb = h(
    "form",
    {
      class: "inline-form",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        try {
          const r = await api<{ verbId: number }>("POST", `/api/admin/objects/${id}/verbs`, {
            names: verbNames.value.trim().split(/\s+/),
            dspec: "none",
            ispecs: [],
            source: 'import { print } from "moo";\n\nprint("Hello from a new verb.");\n',
          });
          location.hash = `#/verb/${id}/${r.verbId}`;
        } catch (err) {
          refuse(err);
        }
      },
    },
    verbNames,
    h("button", { type: "submit", disabled: !o.can.write }, "Add verb"),
  );

  show(
    h(
      "h1",
      {},
      `#${o.id} ${o.name}`,
      " ",
      o.isPlayer ? badge("player") : null,
      o.roles.wizard
        ? badge("wizard")
        : o.roles.programmer
          ? badge("programmer")
          : o.roles.builder
            ? badge("builder")
            : null,
      o.recycled ? badge("recycled") : null,
    ),
    section("Object", basics),
    section(
      "Contents and children",
      h("p", {}, "Contents: ", join(o.contents.map(objLink)) ?? "nothing"),
      h("p", {}, "Children: ", join(o.children.map(objLink)) ?? "none"),
    ),
    section("Properties", table(["Name", "Value (JSON)", "Defined on", "Owner", "", ""], propRows), addProp),
    section(
      "Verbs",
      o.verbs.length ? verbTable(o.verbs, true) : h("p", { class: "muted" }, "No verbs of its own."),
      addVerb,
    ),
    o.inheritedVerbs.length ? section("Inherited verbs", verbTable(o.inheritedVerbs, false)) : null,
    o.acl
      ? section(
          "Access control (ACL)",
          aclEditor(o.acl, (rows) => api("PUT", `/api/admin/objects/${id}/acl`, { subject: { kind: "object" }, rows })),
        )
      : null,
  );
}

function aclEditor(rows: AclRow[], save: (rows: AclRow[]) => Promise<unknown>): HTMLElement {
  const body = h("tbody");
  const addRow = (r: AclRow) => {
    const rule = select(["allow", "deny"], r.rule);
    const perm = select(PERMISSIONS, r.permission);
    const who = h("input", {
      value: r.group ?? `#${r.accessor}`,
      size: 10,
      placeholder: "everyone / owners / wizards / #N",
    });
    const tr = h(
      "tr",
      {},
      h("td", {}, rule),
      h("td", {}, perm),
      h("td", {}, who),
      h("td", {}, h("button", { type: "button", class: "secondary", onclick: () => tr.remove() }, "×")),
    );
    body.append(tr);
  };
  rows.forEach(addRow);
  const box = h(
    "div",
    { class: "acl" },
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {}, "Rule"), h("th", {}, "Permission"), h("th", {}, "Who"), h("th", {}))),
      body,
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () => addRow({ rule: "allow", permission: "read", group: "everyone", accessor: null }),
      },
      "+ Row",
    ),
    " ",
    h(
      "button",
      {
        type: "button",
        onclick: async () => {
          const out: AclRow[] = [...body.querySelectorAll("tr")].map((tr) => {
            const [rule, perm] = [...tr.querySelectorAll("select")].map((s) => s.value);
            const who = (tr.querySelector("input") as HTMLInputElement).value.trim();
            const group = ["everyone", "owners", "wizards"].includes(who) ? (who as AclRow["group"]) : null;
            return { rule: rule as "allow", permission: perm ?? "read", group, accessor: group ? null : objNum(who) };
          });
          try {
            await save(out);
            flash(view, "Access rules saved.", "ok");
          } catch (e) {
            flash(view, errorText(e), "error");
          }
        },
      },
      "Save rules",
    ),
  );
  return box;
}

// ------------------------------------------------------------------ wizards

interface Account {
  id: number;
  login: string;
  avatar: ObjLink;
  status: string;
  statusReason: string | null;
  suspendedUntil: string | null;
  roles: { wizard: boolean; programmer: boolean; builder: boolean };
  keys: { n: number; type: string; comment: string; fingerprint: string }[];
}

async function accountsPage(q: string): Promise<void> {
  const list = await api<Account[]>("GET", `/api/admin/accounts?q=${encodeURIComponent(q)}`);
  const rows = list.map((a) => {
    const roles = (["wizard", "programmer", "builder"] as const).map((r) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name: r, checked: a.roles[r] }), ` ${r}`),
    );
    const status = select(["active", "suspended", "banned"], a.status);
    const reason = h("input", { value: a.statusReason ?? "", placeholder: "reason", size: 14 });
    const until = h("input", { type: "datetime-local", value: a.suspendedUntil ? a.suspendedUntil.slice(0, 16) : "" });
    const key = h("input", { placeholder: "ssh-ed25519 AAAA… comment", size: 24 });
    const saveRow = async (change: Record<string, unknown>) => {
      try {
        await api("PATCH", `/api/admin/accounts/${a.id}`, change);
        await accountsPage(q);
        flash(view, `Saved ${a.login}.`, "ok");
      } catch (e) {
        flash(view, errorText(e), "error");
      }
    };
    return [
      a.login,
      objLink(a.avatar),
      roles,
      [status, reason, until],
      [
        h(
          "ul",
          { class: "keys" },
          a.keys.map((k) =>
            h(
              "li",
              {},
              `${k.type} ${k.comment} `,
              h("code", {}, k.fingerprint),
              " ",
              h("button", { type: "button", class: "secondary", onclick: () => void saveRow({ removeKey: k.n }) }, "×"),
            ),
          ),
        ),
        key,
      ],
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            const r = Object.fromEntries(
              roles.map((l) => {
                const i = l.querySelector("input") as HTMLInputElement;
                return [i.name, i.checked];
              }),
            );
            const change: Record<string, unknown> = { roles: r };
            if (status.value !== a.status || reason.value !== (a.statusReason ?? "") || status.value === "suspended") {
              change.status = status.value;
              change.reason = reason.value || null;
              change.until = until.value ? new Date(until.value).toISOString() : null;
            }
            if (key.value.trim()) change.addKey = key.value.trim();
            void saveRow(change);
          },
        },
        "Save",
      ),
    ];
  });
  view.replaceChildren(h("h1", {}, "Accounts"), table(["Login", "Character", "Roles", "Status", "SSH keys", ""], rows));
}

interface AuditEntry {
  id: number;
  at: string;
  actor: ObjLink;
  action: string;
  target: ObjLink;
  targetRepr: string;
  detail: string;
}

async function auditPage(q: string, before: string | null): Promise<void> {
  const list = await api<AuditEntry[]>(
    "GET",
    `/api/admin/audit?limit=100${before ? `&before=${before}` : ""}${q ? `&q=${encodeURIComponent(q)}` : ""}`,
  );
  const input = h("input", { type: "search", value: q, placeholder: "action, target or detail" });
  const last = list.at(-1);
  show(
    h("h1", {}, "Audit log"),
    h(
      "form",
      {
        class: "search",
        onsubmit: (e: Event) => {
          e.preventDefault();
          location.hash = `#/audit?q=${encodeURIComponent(input.value)}`;
        },
      },
      input,
      h("button", { type: "submit" }, "Search"),
    ),
    table(
      ["When", "Who", "Action", "Target", "Detail"],
      list.map((a) => [
        a.at.replace("T", " ").slice(0, 19),
        objLink(a.actor),
        a.action,
        a.target.name ? objLink(a.target) : a.targetRepr,
        a.detail,
      ]),
    ),
    last && list.length === 100
      ? h("a", { href: `#/audit?before=${last.id}${q ? `&q=${encodeURIComponent(q)}` : ""}` }, "Older →")
      : null,
  );
}

interface Schedule {
  id: number;
  this: ObjLink;
  verb: string;
  args: unknown;
  perms: ObjLink;
  kind: string;
  intervalMs: number | null;
  cron: string | null;
  nextRunAt: string;
  enabled: boolean;
  runCount: number;
  lastError: string | null;
}

async function schedulesPage(): Promise<void> {
  const list = await api<Schedule[]>("GET", "/api/admin/schedules");
  const act = async (method: string, s: Schedule, body?: unknown) => {
    try {
      await api(method, `/api/admin/schedules/${s.id}`, body);
      await schedulesPage();
    } catch (e) {
      flash(view, errorText(e), "error");
    }
  };
  show(
    h("h1", {}, "Scheduled tasks"),
    table(
      ["#", "Verb", "Args", "Perms", "When", "Next run", "Runs", "Last error", ""],
      list.map((s) => [
        String(s.id),
        [objLink(s.this), `:${s.verb}`],
        h("code", {}, JSON.stringify(s.args)),
        objLink(s.perms),
        s.kind === "cron" ? `cron ${s.cron}` : s.kind === "every" ? `every ${(s.intervalMs ?? 0) / 1000} s` : "once",
        s.nextRunAt.replace("T", " ").slice(0, 19),
        String(s.runCount),
        s.lastError ?? "",
        [
          h(
            "button",
            { type: "button", class: "secondary", onclick: () => void act("PATCH", s, { enabled: !s.enabled }) },
            s.enabled ? "Pause" : "Resume",
          ),
          " ",
          h(
            "button",
            { type: "button", class: "danger", onclick: () => confirm("Delete this task?") && void act("DELETE", s) },
            "Delete",
          ),
        ],
      ]),
    ),
    list.length === 0 ? h("p", { class: "muted" }, "No scheduled tasks.") : null,
  );
}

interface Session {
  id: string;
  player: ObjLink;
  protocol: string;
  remote: string;
  mode: string;
  connectedAt: string;
  idleSeconds: number;
}

async function sessionsPage(): Promise<void> {
  const list = await api<Session[]>("GET", "/api/admin/sessions");
  show(
    h("h1", {}, "Connected sessions"),
    table(
      ["Player", "Protocol", "Mode", "From", "Connected", "Idle"],
      list.map((s) => [
        objLink(s.player),
        s.protocol,
        s.mode,
        s.remote,
        s.connectedAt.replace("T", " ").slice(0, 19),
        `${s.idleSeconds} s`,
      ]),
    ),
    list.length === 0 ? h("p", { class: "muted" }, "Nobody is connected to this process.") : null,
  );
}

// ------------------------------------------------------------------ helpers

type Cell = Node | string | null | (Node | string | null)[];

/** Replaces the view's content (null entries are skipped). */
function show(...nodes: (Node | null)[]): void {
  view.replaceChildren(...nodes.filter((n): n is Node => n !== null));
}

function table(headers: string[], rows: Cell[][]): HTMLElement {
  return h(
    "table",
    { class: "data" },
    h("thead", {}, h("tr", {}, ...headers.map((t) => h("th", {}, t)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, ...(Array.isArray(c) ? c : [c])))))),
  );
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { class: "panel" }, h("h2", {}, title), ...content);
}

function badge(text: string): HTMLElement {
  return h("span", { class: `badge ${text}` }, text);
}

function join(nodes: Node[]): Node | null {
  if (nodes.length === 0) return null;
  const span = h("span");
  nodes.forEach((n, i) => {
    if (i > 0) span.append(", ");
    span.append(n);
  });
  return span;
}

function select(values: string[], current: string): HTMLSelectElement {
  const s = h("select", {}, ...values.map((v) => h("option", { value: v }, v)));
  s.value = current;
  return s;
}

function objNum(s: string): number {
  const n = Number(s.trim().replace(/^#/, ""));
  if (!Number.isInteger(n)) throw new Error(`'${s}' is not an object number like #12.`);
  return n;
}

window.addEventListener("hashchange", () => void route());
void route();
