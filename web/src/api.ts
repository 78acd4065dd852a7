/** Small helpers shared by the admin pages: JSON calls with the CSRF token, DOM building. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly data: Record<string, unknown>,
  ) {
    super(message);
  }
}

function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? "";
}

export async function api<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") headers["x-csrf-token"] = csrfToken();
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  let data: Record<string, unknown> = {};
  const text = await res.text();
  try {
    data = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    data = { error: text };
  }
  if (res.status === 401) {
    location.href = `/login?next=${encodeURIComponent(location.pathname + location.hash)}`;
  }
  if (!res.ok) throw new ApiError(String(data.error ?? `${res.status} ${res.statusText}`), res.status, data);
  return data as T;
}

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

/** `h("a", { href: "#/x", onclick: fn }, "text", child…)` */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else if (k === "value" && "value" in el) (el as HTMLInputElement).value = String(v);
    else if (k === "checked" && "checked" in el) (el as HTMLInputElement).checked = !!v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
  return el;
}

export interface ObjLink {
  id: number;
  name: string;
}

/** `#12 (ball)` as a link to the object page (plain text for #-1). */
export function objLink(o: ObjLink): Node {
  if (o.id < 0) return document.createTextNode(`#${o.id}`);
  return h("a", { href: `#/object/${o.id}` }, `#${o.id}`, o.name ? ` ${o.name}` : "");
}

/** Shows a message at the top of the view; errors stay until replaced. */
export function flash(view: HTMLElement, message: string, kind: "error" | "ok" | "info" = "info"): void {
  let box = view.querySelector<HTMLElement>(":scope > .flash");
  if (!box) {
    box = h("div", { class: "flash", role: kind === "error" ? "alert" : "status" });
    view.prepend(box);
  }
  box.textContent = message;
  box.dataset.kind = kind;
  box.setAttribute("role", kind === "error" ? "alert" : "status");
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
