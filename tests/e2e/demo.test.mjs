// Browser e2e test of the demo page (www/) in headless Debian Chromium via playwright-core.
// Needs www/pkg (./build.sh build); ./build.sh test always builds it first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, startServer, stopServer, localOnly } from './helpers.mjs';

const WWW = path.join(ROOT, 'www');
const HAVE_PKG = existsSync(path.join(WWW, 'pkg', 'lede.js'));
const SAMPLE = path.join(WWW, 'pkg', 'samples', 'presse-blinken.html');

const BANNER = 'Dieser Browser wird nicht mehr unterstützt';
const ARTICLE = 'Antony Blinkens Empfang fiel etwas frostig aus';

let server;
let browser;
let base;

before(async () => {
  if (!HAVE_PKG) return;
  server = await startServer({ '/': WWW });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

// Body text as rendered content: scripts, styles and templates left out, whitespace collapsed.
function bodyText(frame) {
  return frame.evaluate(() => {
    const body = document.body?.cloneNode(true);
    if (!body) return '';
    body.querySelectorAll('script, style, template').forEach((el) => el.remove());
    return body.textContent.normalize('NFC').replace(/\s+/g, ' ');
  });
}

test('demo cleans the bundled sample article', async (t) => {
  if (!HAVE_PKG) {
    t.skip('www/pkg is absent: run ./build.sh build first');
    return;
  }
  assert.ok(
    existsSync(SAMPLE),
    `${path.relative(ROOT, SAMPLE)} is missing (build.sh copies it from tests/fixtures/presse-blinken/input.html)`,
  );

  const page = await browser.newPage();
  const pageErrors = [];
  const consoleErrors = []; // diagnostics only: blocked article resources log errors too
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  // Only this server: the article's images, fonts and trackers must not leave the machine.
  await localOnly(page);

  try {
    await page.goto(`${base}/`);
    await page.waitForFunction(
      () => ['ready', 'error'].includes(document.documentElement.dataset.state),
      null,
      { timeout: 30_000 },
    );
    const state = await page.evaluate(() => document.documentElement.dataset.state);
    const status = await page.textContent('#status');
    assert.equal(state, 'ready', `demo ended in state "${state}": ${status}\n${[...pageErrors, ...consoleErrors].join('\n')}`);

    const version = (await page.textContent('#version')).trim();
    assert.ok(version && version !== '…', `engine version not shown (got "${version}")`);

    const original = page.frame({ name: 'original' });
    const cleaned = page.frame({ name: 'cleaned' });
    assert.ok(original && cleaned, 'both preview iframes exist');

    const originalText = await bodyText(original);
    const cleanedText = await bodyText(cleaned);
    assert.ok(originalText.includes(BANNER), `original frame should still show the banner "${BANNER}"`);
    assert.ok(originalText.includes(ARTICLE), `original frame should show the article text "${ARTICLE}"`);
    assert.ok(!cleanedText.includes(BANNER), `cleaned frame still contains the banner "${BANNER}"`);
    assert.ok(cleanedText.includes(ARTICLE), `cleaned frame lost the article text "${ARTICLE}"`);

    // The previews are sandboxed without scripts.
    for (const id of ['original', 'cleaned']) {
      const sandbox = await page.getAttribute(`#${id}`, 'sandbox');
      assert.ok(sandbox !== null && !sandbox.includes('allow-scripts'), `#${id} must be sandboxed without allow-scripts`);
    }
    // The key-facts panel: people with roles, a quote with its speaker; a click shows the
    // sentence the fact came from.
    const people = await page.locator('#facts .people .pick').allTextContents();
    assert.ok(people.some((p) => p.includes('Antony Blinken') && p.includes('US-Außenminister')), `people: ${people}`);
    const quotes = await page.locator('#facts .quotes .pick').allTextContents();
    assert.ok(quotes.some((q) => q.includes('Das bestmögliche Ergebnis') && q.includes('Bonnie Glaser')), `quotes: ${quotes}`);
    assert.ok((await page.locator('#facts .places .pick').allTextContents()).some((p) => p.includes('Peking')));
    const glaser = page.locator('#facts .people li', { hasText: 'Bonnie Glaser' });
    await glaser.locator('.pick').click();
    const source = (await glaser.locator('.source').textContent()).trim();
    assert.ok(source.includes('Glaser') && cleanedText.includes(source), `source sentence of Bonnie Glaser: "${source}"`);
    assert.ok(!source.includes('Dieser Browser'), 'a source sentence is article text');

    // www/dom.js: cleanDocument(document, options?) loads the engine itself.
    const direct = await page.evaluate(async () => {
      const { cleanDocument } = await import('/dom.js');
      const doc = new DOMParser().parseFromString(
        '<p>Story text that stays.</p><div class="tools"><a href="javascript:window.print()">Drucken</a></div>', 'text/html');
      const r = await cleanDocument(doc);
      let error = null;
      try { await cleanDocument(doc, { removeBaners: true }); } catch (e) { error = `${e instanceof Error} ${e.message}`; }
      return { kinds: r.report.removed.map((x) => x.kind), text: doc.body.textContent, error };
    });
    assert.deepEqual(direct.kinds, ['print-widget']);
    assert.equal(direct.text.trim(), 'Story text that stays.');
    assert.match(direct.error, /^true .*removeBaners/);

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the demo page');
  } finally {
    await page.close();
  }
});
