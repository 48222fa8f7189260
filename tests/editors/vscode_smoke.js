// Drives VS Code (code-server's workbench) in headless Chromium with playwright-core: opens a
// model file, reads siglint's findings from the Problems panel, applies the quick fix of one of
// them through the editor's quick-fix menu, saves, and writes what it saw as JSON.
//
// Environment: SIGLINT_URL (the workbench, folder included), SIGLINT_FILE (the file's name),
// SIGLINT_FIX (the code whose quick fix to apply), SIGLINT_CHROMIUM, SIGLINT_PROFILE (a fresh
// Chromium user data folder), SIGLINT_OUT (the JSON report), SIGLINT_SCREENSHOT (on failure).
// With SIGLINT_SETTINGS (a settings file), SIGLINT_SETTINGS_FIXED and SIGLINT_MESSAGE, it first
// waits for siglint's notification that contains the message, writes the fixed settings, and
// waits for the notification to close.

"use strict";

const fs = require("node:fs");
const { chromium } = require("playwright-core");

const TIMEOUT = 120000;
const env = process.env;

async function problems(page) {
  return page.$$eval(".markers-panel .monaco-list-row", (rows) => rows.map((row) => row.innerText));
}

async function notifications(page) {
  const toasts = await page.$$eval(".notification-toast", (rows) => rows.map((row) => row.innerText));
  return toasts.filter((text) => text.includes("siglint"));
}

async function waitFor(page, read, predicate, what) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const rows = await read(page);
    if (predicate(rows)) {
      return rows;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} never matched; it shows: ${JSON.stringify(rows)}`);
    }
    await page.waitForTimeout(250);
  }
}

async function waitForProblems(page, predicate) {
  return waitFor(page, problems, predicate, "the Problems panel");
}

// siglint's first message, and that it goes once the settings that caused it are fixed.
async function firstMessage(page, report) {
  const shown = (rows) => rows.some((text) => text.includes(env.SIGLINT_MESSAGE));
  report.message = await waitFor(page, notifications, shown, "the notifications");
  fs.writeFileSync(env.SIGLINT_SETTINGS, env.SIGLINT_SETTINGS_FIXED);
  report.messageAfter = await waitFor(page, notifications, (rows) => !shown(rows), "the notifications");
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

  if (env.SIGLINT_SETTINGS) {
    await firstMessage(page, report);
  }
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
