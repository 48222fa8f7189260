// Drives VS Code (code-server's workbench) in headless Chromium with playwright-core: opens a
// model file, reads siglint's findings from the Problems panel, applies the quick fix of one of
// them through the editor's quick-fix menu, saves, and writes what it saw as JSON.
//
// Environment: SIGLINT_URL (the workbench, folder included), SIGLINT_FILE (the file's name),
// SIGLINT_FIX (the code whose quick fix to apply), SIGLINT_CHROMIUM, SIGLINT_PROFILE (a fresh
// Chromium user data folder), SIGLINT_OUT (the JSON report), SIGLINT_SCREENSHOT (on failure).

"use strict";

const fs = require("node:fs");
const { chromium } = require("playwright-core");

const TIMEOUT = 120000;
const env = process.env;

async function problems(page) {
  return page.$$eval(".markers-panel .monaco-list-row", (rows) => rows.map((row) => row.innerText));
}

async function waitForProblems(page, predicate) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const rows = await problems(page);
    if (predicate(rows)) {
      return rows;
    }
    if (Date.now() > deadline) {
      throw new Error(`the Problems panel never matched; it shows: ${JSON.stringify(rows)}`);
    }
    await page.waitForTimeout(250);
  }
}

async function run(page, report) {
  const modifier = "Control";
  await page.goto(env.SIGLINT_URL, { timeout: TIMEOUT });
  await page.waitForSelector(".monaco-workbench", { timeout: TIMEOUT });
  await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: TIMEOUT });

  // Open the file through Quick Open, then the Problems panel.
  await page.keyboard.press(`${modifier}+P`);
  await page.waitForSelector(".quick-input-widget input", { timeout: TIMEOUT });
  await page.keyboard.type(env.SIGLINT_FILE);
  await page.waitForSelector(".quick-input-list .monaco-list-row", { timeout: TIMEOUT });
  await page.keyboard.press("Enter");
  await page.waitForSelector(".monaco-editor .view-lines", { timeout: TIMEOUT });
  await page.keyboard.press(`${modifier}+Shift+M`);
  await page.waitForSelector(".markers-panel", { timeout: TIMEOUT });

  const code = env.SIGLINT_FIX;
  report.before = await waitForProblems(page, (rows) => rows.some((row) => row.includes(code)));

  // Reveal the finding in the editor (its row, then Enter), then the quick-fix menu.
  const row = page.locator(".markers-panel .monaco-list-row", { hasText: code }).first();
  await row.click();
  await page.keyboard.press("Enter");
  await page.waitForTimeout(500);
  await page.keyboard.press(`${modifier}+.`);
  const menu = ".action-widget .monaco-list-row";
  await page.waitForSelector(menu, { timeout: TIMEOUT });
  report.actions = await page.$$eval(menu, (rows) => rows.map((item) => item.innerText));
  const fix = page.locator(menu, { hasText: `siglint (${code}):` }).filter({ hasNotText: "Disable" });
  await fix.first().click();

  report.after = await waitForProblems(page, (rows) => !rows.some((item) => item.includes(code)));
  await page.keyboard.press(`${modifier}+S`);
  await page.waitForTimeout(1000);
}

async function main() {
  const report = {};
  const context = await chromium.launchPersistentContext(env.SIGLINT_PROFILE, {
    executablePath: env.SIGLINT_CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1600, height: 1000 },
  });
  const page = context.pages()[0] || (await context.newPage());
  try {
    await run(page, report);
  } catch (error) {
    report.error = String(error && error.stack ? error.stack : error);
    report.problems = await problems(page).catch(() => []);
    await page.screenshot({ path: env.SIGLINT_SCREENSHOT }).catch(() => undefined);
  } finally {
    fs.writeFileSync(env.SIGLINT_OUT, JSON.stringify(report, null, 2));
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
