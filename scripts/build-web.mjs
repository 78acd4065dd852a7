#!/usr/bin/env node
// Builds the browser side of the web front-end (web/src → web/public/build) with esbuild:
// play.js (+ play.css, xterm's styles), admin.js (+ admin.css, the admin and the verb IDE with
// CodeMirror) and app.css. Everything is bundled, so the server needs no CDN at run time.
// `npm start` runs this first; `node scripts/build-web.mjs --watch` rebuilds on change.
// The browser code is type-checked by `npm run typecheck` (web/tsconfig.json), not here.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WEB_BUILD_DIR = path.join(root, "web", "public", "build");

/** @param {{ watch?: boolean, minify?: boolean, quiet?: boolean }} [opts] */
export async function buildWeb(opts = {}) {
  mkdirSync(WEB_BUILD_DIR, { recursive: true });
  const started = Date.now();
  /** @type {import("esbuild").BuildOptions} */
  const options = {
    absWorkingDir: root,
    entryPoints: {
      play: "web/src/play.ts",
      admin: "web/src/admin.ts",
      app: "web/src/app.css",
    },
    outdir: WEB_BUILD_DIR,
    bundle: true,
    format: "esm",
    target: ["chrome110", "firefox115", "safari16"],
    minify: opts.minify ?? true,
    sourcemap: "linked",
    legalComments: "linked",
    logLevel: opts.quiet ? "error" : "warning",
  };
  if (opts.watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    console.log(`web: watching web/src → ${path.relative(root, WEB_BUILD_DIR)}`);
    return;
  }
  await esbuild.build(options);
  if (!opts.quiet) console.log(`web: built ${path.relative(root, WEB_BUILD_DIR)} in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const watch = process.argv.includes("--watch");
  buildWeb({ watch, minify: !watch && !process.argv.includes("--dev") }).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
