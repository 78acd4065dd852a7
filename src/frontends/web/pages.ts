/**
 * The server-rendered HTML pages: login, signup, play (the terminal) and the admin shell. Pages
 * carry no inline script (the Content-Security-Policy forbids it); data for the scripts travels in
 * `<meta>` tags and `data-` attributes. Scripts and styles come from `/assets/` (built by
 * `scripts/build-web.mjs`; nothing is loaded from a CDN).
 */
import type { AccountInfo } from "../../core/gateway.js";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageOptions {
  serverName: string;
  title: string;
  csrf?: string;
  account?: AccountInfo | null;
  /** Asset names without extension, e.g. `play` → /assets/play.js and /assets/play.css. */
  bundle?: string;
  bodyClass?: string;
  /** Set when the front-end assets are missing (not built). */
  assetsMissing?: boolean;
  signupEnabled?: boolean;
}

export function page(opts: PageOptions, body: string): string {
  const a = opts.account;
  const nav = a
    ? `<a href="/play">Play</a>${a.programmer ? ' <a href="/admin">Admin</a>' : ""}
       <span class="who">${escapeHtml(a.avatarName)}${a.wizard ? " (wizard)" : a.programmer ? " (programmer)" : ""}</span>
       <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${escapeHtml(opts.csrf ?? "")}"><button type="submit" class="link">Log out</button></form>`
    : `<a href="/login">Log in</a>${opts.signupEnabled === false ? "" : ' <a href="/signup">Sign up</a>'}`;
  const missing = opts.assetsMissing
    ? `<div class="banner error">The web client's files are not built. Run <code>node scripts/build-web.mjs</code> (npm start does it).</div>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)} · ${escapeHtml(opts.serverName)}</title>
${opts.csrf ? `<meta name="csrf-token" content="${escapeHtml(opts.csrf)}">` : ""}
<link rel="stylesheet" href="/assets/app.css">
${opts.bundle ? `<link rel="stylesheet" href="/assets/${opts.bundle}.css">` : ""}
</head>
<body class="${escapeHtml(opts.bodyClass ?? "")}">
<header class="top"><a class="brand" href="/">${escapeHtml(opts.serverName)}</a><nav>${nav}</nav></header>
${missing}
${body}
${opts.bundle ? `<script type="module" src="/assets/${opts.bundle}.js"></script>` : ""}
</body>
</html>`;
}

export function loginPage(
  opts: PageOptions,
  form: { login?: string; error?: string; next?: string; notice?: string },
): string {
  return page(
    { ...opts, bodyClass: "form-page" },
    `<main class="card">
<h1>Log in</h1>
${form.notice ? `<p class="notice">${escapeHtml(form.notice)}</p>` : ""}
${form.error ? `<p class="error" role="alert">${escapeHtml(form.error)}</p>` : ""}
<form method="post" action="/login">
<input type="hidden" name="_csrf" value="${escapeHtml(opts.csrf ?? "")}">
<input type="hidden" name="next" value="${escapeHtml(form.next ?? "/play")}">
<label>Login name <input name="login" autocomplete="username" required value="${escapeHtml(form.login ?? "")}" autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Log in</button>
</form>
${opts.signupEnabled === false ? "" : '<p>New here? <a href="/signup">Create an account</a>.</p>'}
</main>`,
  );
}

export function signupPage(
  opts: PageOptions,
  form: { login?: string; character?: string; errors?: Record<string, string>; error?: string },
): string {
  const err = (field: string) =>
    form.errors?.[field]
      ? `<span class="field-error" id="${field}-error">${escapeHtml(form.errors[field])}</span>`
      : "";
  return page(
    { ...opts, bodyClass: "form-page" },
    `<main class="card">
<h1>Create an account</h1>
${form.error ? `<p class="error" role="alert">${escapeHtml(form.error)}</p>` : ""}
<form method="post" action="/signup" novalidate>
<input type="hidden" name="_csrf" value="${escapeHtml(opts.csrf ?? "")}">
<label>Login name <input name="login" autocomplete="username" required value="${escapeHtml(form.login ?? "")}" autofocus>
<small>2-32 letters, digits, _ . or -, starting with a letter. You log in with it (also over SSH).</small>${err("login")}</label>
<label>Password <input name="password" type="password" autocomplete="new-password" required minlength="8">
<small>At least 8 characters.</small>${err("password")}</label>
<label>Password again <input name="password2" type="password" autocomplete="new-password" required>${err("password2")}</label>
<label>Character name <input name="character" required value="${escapeHtml(form.character ?? "")}">
<small>What others see in the world, e.g. "Ann".</small>${err("character")}</label>
<button type="submit">Create account</button>
</form>
<p>Already have an account? <a href="/login">Log in</a>.</p>
</main>`,
  );
}

export function playPage(opts: PageOptions): string {
  return page(
    { ...opts, bundle: "play", bodyClass: "play-page" },
    `<main class="play">
<div id="status" class="status" aria-live="polite">Connecting…</div>
<div id="terminal" class="terminal" data-ws="/ws/play"></div>
</main>`,
  );
}

export function adminPage(opts: PageOptions): string {
  return page(
    { ...opts, bundle: "admin", bodyClass: "admin-page" },
    `<div id="admin" class="admin" data-wizard="${opts.account?.wizard ? "1" : "0"}" data-avatar="${opts.account?.avatar ?? -1}">
<nav class="side">
<a href="#/objects">Objects</a>
${opts.account?.wizard ? '<a href="#/accounts">Accounts</a><a href="#/audit">Audit log</a><a href="#/schedules">Scheduled tasks</a><a href="#/sessions">Sessions</a>' : ""}
</nav>
<main id="view" class="view">Loading…</main>
</div>`,
  );
}

export function messagePage(opts: PageOptions, heading: string, text: string): string {
  return page(
    { ...opts, bodyClass: "form-page" },
    `<main class="card"><h1>${escapeHtml(heading)}</h1><p class="error" role="alert">${escapeHtml(text)}</p><p><a href="/play">Back to the game</a></p></main>`,
  );
}
