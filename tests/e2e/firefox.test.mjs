// The MV3 extension in headless Firefox ESR, driven by puppeteer-core over WebDriver BiDi and
// installed as a temporary add-on: the module background script runs the wasm, the content
// script applies the plan with the shared applier, with and without a strict page CSP; the
// banner and print widgets go, every article sentence stays, and the key-facts panel lists
// the article's people and highlights a picked fact's sentence. Needs ./build.sh build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, startServer, stopServer, fixtureLines } from './helpers.mjs';

const EXT = path.join(ROOT, 'extension');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const HAVE_PKG = existsSync(path.join(EXT, 'pkg', 'lede_bg.wasm'));
const HAVE_FIREFOX = existsSync(FIREFOX);
const SLUGS = ['presse-blinken', 'en-browser-story'];

let server;
let browser;
let base;

before(async () => {
  if (!HAVE_PKG || !HAVE_FIREFOX) return;
  const fixtures = path.join(ROOT, 'tests/fixtures');
  server = await startServer({ '/plain/': fixtures, '/csp/': fixtures }, (rel) =>
    rel.startsWith('/csp/') ? { 'Content-Security-Policy': "script-src 'self'; object-src 'none'" } : {});
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Keep Firefox off the network: no updates, telemetry or connectivity checks.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(EXT);
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

const skipWhy = () =>
  (!HAVE_FIREFOX ? `${FIREFOX} is absent (./build.sh test installs firefox-esr)` : null) ??
  (!HAVE_PKG ? 'extension/pkg is absent: run ./build.sh build first' : null);

async function openCleaned(url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => ['done', 'error'].includes(document.documentElement.dataset.ledeState), {
    timeout: 30_000,
  });
  return page;
}

for (const mode of ['plain', 'csp']) {
  for (const slug of SLUGS) {
    test(`Firefox: extension cleans ${slug} (${mode === 'csp' ? "CSP script-src 'self'" : 'no CSP'})`, async (t) => {
      const why = skipWhy();
      if (why) {
        t.skip(why);
        return;
      }
      const page = await openCleaned(`${base}/${mode}/${slug}/input.html`);
      try {
        assert.equal(await page.evaluate(() => document.documentElement.dataset.ledeState), 'done');
        const sentences = await fixtureLines(slug, 'sentences.txt');
        const gone = await fixtureLines(slug, 'gone.txt');
        const text = await page.evaluate(() => document.body.innerText.normalize('NFC').replace(/\s+/g, ' '));
        const all = await page.evaluate(() => document.body.textContent.normalize('NFC').replace(/\s+/g, ' '));
        for (const s of sentences) assert.ok(all.includes(s.normalize('NFC')), `article text lost: ${s}`);
        assert.deepEqual(gone.filter((g) => text.includes(g.normalize('NFC'))), [], 'clutter still there');
        const label = await page.evaluate(
          () => document.querySelector('lede-panel')?.shadowRoot?.querySelector('button.removed')?.textContent,
        );
        assert.match(label ?? '', /removed · show/);
      } finally {
        await page.close();
      }
    });
  }
}

test('Firefox: key-facts panel lists people and highlights a picked fact', async (t) => {
  const why = skipWhy();
  if (why) {
    t.skip(why);
    return;
  }
  const page = await openCleaned(`${base}/csp/presse-blinken/input.html`);
  try {
    const result = await page.evaluate(() => {
      const shadow = document.querySelector('lede-panel').shadowRoot;
      shadow.querySelector('button.open').click();
      const people = [...shadow.querySelectorAll('.people .pick')].map((b) => b.textContent);
      const glaser = [...shadow.querySelectorAll('.people li')].find((li) => li.textContent.includes('Bonnie Glaser'));
      glaser.querySelector('.pick').click();
      const ranges = [...(CSS.highlights?.get('lede-source') ?? [])].map((r) => r.toString().replace(/\s+/g, ' '));
      const selection = String(getSelection()).replace(/\s+/g, ' ');
      return {
        hidden: shadow.querySelector('aside').hidden,
        people,
        source: glaser.querySelector('.source').textContent,
        marked: ranges[0] ?? selection,
      };
    });
    assert.equal(result.hidden, false);
    assert.ok(result.people.some((p) => p.includes('Antony Blinken') && p.includes('US-Außenminister')), result.people.join(' | '));
    assert.match(result.source, /Glaser/);
    assert.equal(result.marked.trim(), result.source.trim(), 'the page marks the sentence the panel shows');
  } finally {
    await page.close();
  }
});
