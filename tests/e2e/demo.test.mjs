// Browser e2e test of the demo page (www/) in headless Debian Chromium via playwright-core.
// Needs www/pkg (./build.sh build); ./build.sh test always builds it first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = path.join(ROOT, 'www');
const HAVE_PKG = existsSync(path.join(WWW, 'pkg', 'lede.js'));
const SAMPLE = path.join(WWW, 'pkg', 'samples', 'presse-blinken.html');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const BANNER = 'Dieser Browser wird nicht mehr unterstützt';
const ARTICLE = 'Antony Blinkens Empfang fiel etwas frostig aus';

// Chromium flags for this machine: root (no sandbox), no GPU, and nothing that phones home
// (the network is closed; background connections would only fail).
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--no-default-browser-check',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};

// Static file server for www/ on 127.0.0.1, any free port.
function startServer(dir) {
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.resolve(dir, '.' + rel);
      if (file !== dir && !file.startsWith(dir + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        // Sample articles are served as bytes with no charset: the page sniffs it like a browser would.
        'Content-Type': rel.includes('/samples/') ? 'text/html' : (MIME[path.extname(file)] ?? 'application/octet-stream'),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

let server;
let browser;
let base;

before(async () => {
  if (!HAVE_PKG) return;
  server = await startServer(WWW);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
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
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });

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
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the demo page');
  } finally {
    await page.close();
  }
});
