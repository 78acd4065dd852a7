/**
 * Acceptance test in a real headless Chromium (Debian's `chromium`, driven by playwright-core):
 * sign up, play (look, hear another player's say), a player without rights is refused the admin,
 * a wizard edits a verb in the IDE, sees a type error at the right line, fixes it, saves, and the
 * new behaviour shows in play. Screenshots go to test-artifacts/.
 *
 * Without /usr/bin/chromium the test is skipped with a message, except in CI (CI=1), where it fails.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { startWebHarness, type WebHarness, WIZARD_PASSWORD } from "./web-harness.js";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARTIFACTS = path.resolve("test-artifacts");
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && !process.env.CI) {
  console.log(`# browser tests skipped: ${CHROMIUM} not found (Debian: apt-get install chromium)`);
}

describe("web client in Chromium", { skip: !haveChromium && !process.env.CI ? `${CHROMIUM} not found` : false }, () => {
  let w: WebHarness;
  let browser: Browser;

  before(async () => {
    assert.ok(haveChromium, `${CHROMIUM} is required in CI`);
    const build = (await import(pathToFileURL(path.resolve("scripts/build-web.mjs")).href)) as {
      buildWeb(opts: { quiet?: boolean }): Promise<void>;
    };
    await build.buildWeb({ quiet: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    w = await startWebHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // playwright gives every launch a fresh temporary profile (user data dir).
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await w?.close();
  });

  /** The terminal's whole buffer as text (the play page exposes it as `window.moo.text()`). */
  const terminalText = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { moo: { text(): string } }).moo.text());

  const waitForTerminal = async (page: Page, re: RegExp, timeout = 15_000) => {
    const until = Date.now() + timeout;
    for (;;) {
      const text = await terminalText(page);
      if (re.test(text)) return text;
      if (Date.now() > until) throw new Error(`terminal never showed ${re}:\n${text}`);
      await page.waitForTimeout(50);
    }
  };

  test("sign up, play, and a wizard changes a verb in the IDE", { timeout: 180_000 }, async () => {
    // ---- Ann signs up and lands in the game.
    const annContext = await browser.newContext({ viewport: { width: 1100, height: 700 } });
    const ann = await annContext.newPage();
    const pageErrors: string[] = [];
    ann.on("pageerror", (e) => pageErrors.push(String(e)));
    await ann.goto(`${w.url}/signup`);
    await ann.fill('input[name="login"]', "ann");
    await ann.fill('input[name="password"]', "ann-password");
    await ann.fill('input[name="password2"]', "ann-password");
    await ann.fill('input[name="character"]', "Ann");
    await Promise.all([ann.waitForURL(`${w.url}/play`), ann.click('button[type="submit"]')]);
    await ann.waitForSelector("#status[data-kind='ok']");
    await waitForTerminal(ann, /The Laboratory/);

    // ---- She types `look` and sees the room; another player's `say` shows up.
    await ann.click("#terminal");
    await ann.keyboard.type("look");
    await ann.keyboard.press("Enter");
    await waitForTerminal(ann, /> look[\s\S]*The Laboratory[\s\S]*Exits: north/);
    const bob = await w.h.newPlayer("Bob");
    await bob.type("say Hello, Ann!");
    await waitForTerminal(ann, /Bob: Hello, Ann!/);
    await ann.screenshot({ path: path.join(ARTIFACTS, "web-play.png") });

    // ---- Ann is not a programmer: the admin refuses her with a clear message.
    const annAdmin = await annContext.newPage();
    const refused = await annAdmin.goto(`${w.url}/admin`);
    assert.equal(refused?.status(), 403);
    assert.match(await annAdmin.textContent("body").then(String), /The admin is for programmers and wizards/);
    await annAdmin.close();

    // ---- The wizard logs in and opens the room's `say` verb in the IDE.
    const wizContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const wiz = await wizContext.newPage();
    wiz.on("pageerror", (e) => pageErrors.push(String(e)));
    await wiz.goto(`${w.url}/login`);
    await wiz.fill('input[name="login"]', "wizard");
    await wiz.fill('input[name="password"]', WIZARD_PASSWORD);
    await Promise.all([wiz.waitForURL(`${w.url}/play`), wiz.click('button[type="submit"]')]);
    await wiz.goto(`${w.url}/admin#/objects?q=Generic%20Room`);
    await wiz.click('table.data a:has-text("Generic Room")');
    await wiz.waitForSelector("h1:has-text('Generic Room')");
    await wiz.click('a.verb-link[data-verb="say"]');
    await wiz.waitForSelector(".cm-editor .cm-content");
    await wiz.waitForSelector('[data-testid="diag-summary"]:not(:has-text("Checking"))');

    // ---- A new body with a type error on line 4.
    const broken = [
      "// @verb say --on $room --dspec either --ispec any:any",
      'import { announce, print } from "moo";',
      "",
      "const loud: number = argstr.toUpperCase();",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: verb source, not a template here
      "print(`You shout: ${loud}!`);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: verb source, not a template here
      'announce(`${player.name} shouts: ${loud}!`, { room: this, kind: "say" });',
      "",
    ].join("\n");
    await wiz.click(".cm-content");
    await wiz.keyboard.press("Control+A");
    await wiz.keyboard.press("Delete");
    await wiz.keyboard.insertText(broken);
    const problem = wiz.locator('[data-testid="diagnostics"] li[data-line="4"]');
    await problem.waitFor({ timeout: 15_000 });
    assert.match(String(await problem.textContent()), /^4:7 Type 'string' is not assignable to type 'number'\./);
    // The editor marks it too: an error marker in the gutter on line 4, underlining `loud`.
    const underline = wiz.locator(".cm-lintRange-error");
    assert.equal(await underline.first().textContent(), "loud");
    await wiz.locator(".cm-lint-marker-error").first().waitFor();
    await wiz.screenshot({ path: path.join(ARTIFACTS, "web-ide-error.png") });

    // ---- Fix it the way a person would: double-click `number`, type `string`.
    await wiz.locator(".cm-line").nth(3).getByText("number", { exact: true }).dblclick();
    await wiz.keyboard.type("string");
    await wiz.keyboard.press("Escape"); // close the completion popup, if any
    await wiz.waitForSelector('[data-testid="diag-summary"][data-state="clean"]', { timeout: 15_000 });
    assert.equal(await wiz.locator('[data-testid="diagnostics"] li').count(), 0);
    await wiz.click('[data-testid="save"]');
    await wiz.waitForSelector('[data-testid="save-status"][data-kind="ok"]');
    assert.match(String(await wiz.textContent('[data-testid="save-status"]')), /^Saved at/);
    await wiz.screenshot({ path: path.join(ARTIFACTS, "web-ide.png") });

    // ---- The new behaviour, in play.
    await ann.click("#terminal");
    await ann.keyboard.type("say it works");
    await ann.keyboard.press("Enter");
    await waitForTerminal(ann, /You shout: IT WORKS!/);
    const deadline = Date.now() + 5000;
    while (!bob.heard().some((l) => l === "Ann shouts: IT WORKS!")) {
      assert.ok(Date.now() < deadline, "Bob never heard Ann shout");
      await new Promise((r) => setTimeout(r, 50));
    }
    await ann.screenshot({ path: path.join(ARTIFACTS, "web-play-after-edit.png") });

    assert.deepEqual(pageErrors, []);
    await annContext.close();
    await wizContext.close();
  });
});
