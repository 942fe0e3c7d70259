// The MV3 extension in headless Chromium: on a fixture page served from 127.0.0.1, with and
// without `Content-Security-Policy: script-src 'self'` (Chromium refuses wasm in content
// scripts there), the banner and print widgets go, every article sentence stays, and the
// in-page toggle restores and removes them again. Needs ./build.sh build (extension/pkg).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, startServer, stopServer, localOnly, fixtureLines } from './helpers.mjs';

const EXT = path.join(ROOT, 'extension');
const HAVE_PKG = existsSync(path.join(EXT, 'pkg', 'lede_bg.wasm'));
const SLUGS = ['presse-blinken', 'en-browser-story'];

let server;
let ctx;
let profile;
let base;

before(async () => {
  if (!HAVE_PKG) return;
  // /plain/<slug>/input.html and /csp/<slug>/input.html serve the same fixture files.
  const fixtures = path.join(ROOT, 'tests/fixtures');
  server = await startServer({ '/plain/': fixtures, '/csp/': fixtures }, (rel) =>
    rel.startsWith('/csp/') ? { 'Content-Security-Policy': "script-src 'self'; object-src 'none'" } : {});
  base = `http://127.0.0.1:${server.address().port}`;
  profile = mkdtempSync(path.join(os.tmpdir(), 'lede-ext-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  await localOnly(ctx);
  if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
});

after(async () => {
  await ctx?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await stopServer(server);
});

// Rendered text of the page (innerText: what a reader sees; the page's own script hides the
// banner when scripts may run, and a hidden banner is not clutter the engine removes).
const pageText = (page) => page.evaluate(() => document.body.innerText.normalize('NFC').replace(/\s+/g, ' '));
// All body text (innerText would apply text-transform: uppercase kickers).
const allText = (page) => page.evaluate(() => document.body.textContent.normalize('NFC').replace(/\s+/g, ' '));

for (const mode of ['plain', 'csp']) {
  for (const slug of SLUGS) {
    test(`extension cleans ${slug} (${mode === 'csp' ? "CSP script-src 'self'" : 'no CSP'})`, async (t) => {
      if (!HAVE_PKG) {
        t.skip('extension/pkg is absent: run ./build.sh build first');
        return;
      }
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        const sentences = await fixtureLines(slug, 'sentences.txt');
        const gone = await fixtureLines(slug, 'gone.txt');
        await page.goto(`${base}/${mode}/${slug}/input.html`);
        await page.waitForFunction(() => ['done', 'error'].includes(document.documentElement.dataset.ledeState), null,
          { timeout: 30_000 });
        assert.equal(await page.evaluate(() => document.documentElement.dataset.ledeState), 'done');
        const text = await pageText(page);
        const all = await allText(page);
        for (const s of sentences) assert.ok(all.includes(s.normalize('NFC')), `article text lost: ${s}`);
        const stillThere = gone.filter((g) => text.includes(g.normalize('NFC')));
        assert.deepEqual(stillThere, [], 'clutter still there');

        const toggle = page.locator('lede-toggle button');
        assert.match(await toggle.textContent(), /removed · show/);
        await toggle.click();
        const shown = await pageText(page);
        assert.ok(shown.length > text.length, 'restore brings the removed text back');
        await toggle.click();
        assert.equal(await pageText(page), text, 'hiding again gives the cleaned page');
      } finally {
        await page.close();
      }
    });
  }
}
