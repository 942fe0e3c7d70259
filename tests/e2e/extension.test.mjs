// The MV3 extension in headless Chromium: on a fixture page served from 127.0.0.1, with and
// without `Content-Security-Policy: script-src 'self'` (Chromium refuses wasm in content
// scripts there), the banner and print widgets go, every article sentence stays, the in-page
// toggle restores and removes them again, and the key-facts panel lists the article's facts
// and highlights the sentence of a fact that is picked. Page text in the panel stays text.
// Needs ./build.sh build (extension/pkg).
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
  server = await startServer({ '/plain/': fixtures, '/csp/': fixtures, '/pages/': path.join(ROOT, 'tests/e2e/pages') }, (rel) =>
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

        const toggle = page.locator('lede-panel button.removed');
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

// What the panel shows and what a pick highlights, read from the page (the shadow root is open).
const panelState = (page) => page.evaluate(() => {
  const shadow = document.querySelector('lede-panel')?.shadowRoot;
  const ranges = [...(globalThis.CSS?.highlights?.get('lede-source') ?? [])];
  return {
    hidden: shadow?.querySelector('aside')?.hidden,
    people: [...(shadow?.querySelectorAll('.people .pick') ?? [])].map((b) => b.textContent),
    quotes: [...(shadow?.querySelectorAll('.quotes .pick') ?? [])].map((b) => b.textContent),
    elementsInPanel: [...(shadow?.querySelectorAll('.lede-facts *') ?? [])].map((e) => e.localName),
    highlighted: ranges.map((r) => r.toString().replace(/\s+/g, ' ')),
  };
});

test('key-facts panel: facts with roles and speakers, a pick highlights the sentence', async (t) => {
  if (!HAVE_PKG) {
    t.skip('extension/pkg is absent: run ./build.sh build first');
    return;
  }
  const page = await ctx.newPage();
  try {
    await page.goto(`${base}/csp/presse-blinken/input.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ledeState === 'done', null, { timeout: 30_000 });
    assert.equal((await panelState(page)).hidden, true, 'the panel starts closed');
    await page.locator('lede-panel button.open').click();
    const open = await panelState(page);
    assert.equal(open.hidden, false);
    assert.ok(open.people.some((p) => p.includes('Antony Blinken') && p.includes('US-Außenminister')), open.people.join(' | '));
    assert.ok(open.quotes.some((q) => q.includes('Das bestmögliche Ergebnis') && q.includes('Bonnie Glaser')), open.quotes.join(' | '));

    await page.locator('lede-panel .people li', { hasText: 'Bonnie Glaser' }).locator('.pick').click();
    const picked = await panelState(page);
    assert.equal(picked.highlighted.length, 1, 'one highlighted range in the page');
    assert.match(picked.highlighted[0], /Glaser/);
    const source = await page.locator('lede-panel .people li', { hasText: 'Bonnie Glaser' }).locator('.source').textContent();
    assert.equal(picked.highlighted[0].trim(), source.trim(), 'the page highlight is the sentence the panel shows');
    await page.locator('lede-panel button.close').click();
    assert.equal((await panelState(page)).hidden, true);
  } finally {
    await page.close();
  }
});

test('key-facts panel shows markup from the page as text', async (t) => {
  if (!HAVE_PKG) {
    t.skip('extension/pkg is absent: run ./build.sh build first');
    return;
  }
  const page = await ctx.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  try {
    await page.goto(`${base}/pages/hostile-facts.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ledeState === 'done', null, { timeout: 30_000 });
    await page.locator('lede-panel button.open').click();
    const state = await panelState(page);
    const quote = state.quotes.find((q) => q.includes('onerror'));
    assert.ok(quote, `the quote with markup-like text is listed: ${state.quotes.join(' | ')}`);
    assert.ok(quote.includes('<img src=x onerror=alert(1)>'), quote);
    assert.match(quote, /Linda Hartmann/);
    assert.ok(!state.elementsInPanel.includes('img'), 'no element was created from page text');
    assert.ok(state.people.some((p) => p.includes('Raj Patel') && p.includes('chief planner')), state.people.join(' | '));
    assert.deepEqual(dialogs, []);
  } finally {
    await page.close();
  }
});
