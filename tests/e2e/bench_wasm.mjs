// Measures the wasm build (run after ./build.sh build): `node tests/e2e/bench_wasm.mjs`
//  1. size of extension/pkg/lede_bg.wasm, raw and gzip -9;
//  2. wasm in Node vs native (cargo run --profile native --example bench_pages) on the corpus
//     (alternating passes, fastest run per page on each side)
//     pages ../shared/corpus/readability/*/source.html (LEDE_CORPUS=corpus root; skipped when
//     absent): per-page median of 5 runs each, then the median of the per-page ratios;
//  3. cleanDocument (serialize + wasm plan + applier) in headless Chromium on the live seed
//     fixture page and on the largest corpus page: median of 5 runs per phase.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, startServer, stopServer, localOnly } from './helpers.mjs';

const PKG = process.env.LEDE_PKG ? path.resolve(process.env.LEDE_PKG) : path.join(ROOT, 'extension/pkg');
const CORPUS = path.join(process.env.LEDE_CORPUS || path.join(ROOT, '../shared/corpus'), 'readability');
const RUNS = 5;
const ROUNDS = 2;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(path.join(PKG, 'lede_bg.wasm'))) {
  console.log('extension/pkg is absent: run ./build.sh build first');
  process.exit(0);
}

// 1. size
const wasmBytes = readFileSync(path.join(PKG, 'lede_bg.wasm'));
console.log(`wasm size: ${wasmBytes.length} bytes raw, ${gzipSync(wasmBytes, { level: 9 }).length} bytes gzip -9`);

// 2. wasm (Node) vs native
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS).map((d) => path.join(CORPUS, d, 'source.html')).filter((f) => existsSync(f)).sort()
  : [];
if (!pages.length) {
  console.log(`no corpus at ${CORPUS}: skipping the wasm-vs-native and largest-page figures`);
} else {
  // The web-target glue is an ES module in a folder without package.json: import a .mjs copy.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lede-bench-'));
  writeFileSync(path.join(tmp, 'lede.mjs'), readFileSync(path.join(PKG, 'lede.js')));
  const lede = await import(pathToFileURL(path.join(tmp, 'lede.mjs')));
  const t0 = performance.now();
  lede.initSync({ module: wasmBytes });
  console.log(`wasm compile+instantiate (Node): ${(performance.now() - t0).toFixed(1)} ms`);
  // V8 runs fresh wasm code in its baseline tier and optimizes hot functions in the background:
  // the first pages measured would pay for that. One untimed pass over every page first; the
  // cold first call is reported on its own.
  const inputs = pages.map((f) => readFileSync(f));
  const tc = performance.now();
  lede.clean(inputs[0]);
  console.log(`first (cold) clean call: ${(performance.now() - tc).toFixed(1)} ms on ${path.basename(path.dirname(pages[0]))}`);
  for (const bytes of inputs) lede.clean(bytes);
  // The machine may be shared: wasm and native passes alternate (ROUNDS each) and every page
  // keeps its fastest run on each side, the estimate least disturbed by other load; the
  // ratio of per-page medians is printed too.
  const wasmMin = new Map();
  const wasmMed = new Map();
  const nativeMin = new Map();
  const nativeMed = new Map();
  const keepMin = (map, k, v) => map.set(k, Math.min(map.get(k) ?? Infinity, v));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, f] of pages.entries()) {
      const times = [];
      for (let r = 0; r < RUNS; r++) {
        const t = performance.now();
        lede.clean(inputs[i]);
        times.push(performance.now() - t);
      }
      keepMin(wasmMin, f, Math.min(...times));
      if (round === 0) wasmMed.set(f, median(times));
    }
    if (process.env.LEDE_BENCH_NO_NATIVE) continue;
    const out = execFileSync('cargo', ['run', '-q', '--profile', 'native', '--example', 'bench_pages', '--', '--json', ...pages],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
    for (const line of out.split('\n').filter(Boolean)) {
      const { file, ms, min } = JSON.parse(line);
      keepMin(nativeMin, file, min);
      if (round === 0) nativeMed.set(file, ms);
    }
  }
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`wasm (Node) on ${pages.length} corpus pages: fastest runs ${sum(wasmMin).toFixed(0)} ms total, median page ${median([...wasmMin.values()]).toFixed(2)} ms`);
  if (nativeMin.size) {
    const ratios = (w, n) => pages.filter((f) => n.has(f)).map((f) => [w.get(f) / n.get(f), f]);
    const byMin = ratios(wasmMin, nativeMin);
    const byMed = ratios(wasmMed, nativeMed);
    const rs = byMin.map(([r]) => r);
    console.log(`${byMin.length} corpus pages: wasm (Node) ${sum(wasmMin).toFixed(0)} ms, native ${sum(nativeMin).toFixed(0)} ms (fastest runs); ` +
      `per-page wasm/native ratio: median ${median(rs).toFixed(2)}, min ${Math.min(...rs).toFixed(2)}, max ${Math.max(...rs).toFixed(2)}; ` +
      `from per-page medians of round 1: ${median(byMed.map(([r]) => r)).toFixed(2)}`);
    byMin.sort((a, b) => b[0] - a[0]);
    console.log('slowest pages relative to native: ' + byMin.slice(0, 3)
      .map(([r, f]) => `${path.basename(path.dirname(f))} ${r.toFixed(1)}x (${wasmMin.get(f).toFixed(2)} vs ${nativeMin.get(f).toFixed(2)} ms)`).join(', '));
  }
}

// 3. cleanDocument in headless Chromium on live pages
const largest = pages.length ? pages.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b)) : null;
const server = await startServer({
  '/pkg/': path.join(ROOT, 'www/pkg'),
  '/fixtures/': path.join(ROOT, 'tests/fixtures'),
  ...(largest ? { '/corpus/': path.dirname(largest) } : {}),
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const base = `http://127.0.0.1:${server.address().port}`;
  const targets = [['seed fixture presse-blinken', `${base}/fixtures/presse-blinken/input.html`]];
  if (largest) targets.push([`largest corpus page ${path.basename(path.dirname(largest))} (${statSync(largest).size} bytes)`, `${base}/corpus/source.html`]);
  for (const [label, url] of targets) {
    const page = await browser.newPage();
    await localOnly(page);
    await page.goto(url);
    const r = await page.evaluate(async (runs) => {
      const lede = await import('/pkg/lede.js');
      await lede.default();
      const { cleanDocument } = await import('/pkg/applier.js');
      const all = [];
      for (let i = 0; i < runs + 1; i++) {
        const t = performance.now();
        const res = cleanDocument(document, undefined, lede);
        const total = performance.now() - t;
        all.push({ ...res.timings, total, applied: res.applied.length, skipped: res.skipped.length, elements: res.report.stats.elements });
        res.restore();
      }
      return all.slice(1); // first run warms up
    }, RUNS);
    const m = (k) => median(r.map((x) => x[k])).toFixed(2);
    console.log(`cleanDocument in Chromium, ${label}: total ${m('total')} ms = serialize ${m('serialize')} + plan (wasm) ${m('plan')} + apply ${m('apply')}; ` +
      `${r[0].elements} elements, ${r[0].applied} actions applied, ${r[0].skipped} skipped`);
    await page.close();
  }
  // 4. ordinal alignment on every corpus page (DOMParser documents): elements walked by the
  // applier vs elements counted by the engine, and actions skipped on an unchanged document.
  if (pages.length) {
    const page = await browser.newPage();
    await localOnly(page);
    await page.goto(`${base}/pkg/applier.js`);
    const htmls = pages.map((f) => readFileSync(f).toString('base64'));
    const r = await page.evaluate(async (htmls) => {
      const lede = await import('/pkg/lede.js');
      await lede.default();
      const A = await import('/pkg/applier.js');
      let misaligned = 0; let skipped = 0; let applied = 0;
      for (const b64 of htmls) {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
        const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
        let dec; try { dec = new TextDecoder(m ? m[1] : 'utf-8'); } catch { dec = new TextDecoder(); }
        const doc = new DOMParser().parseFromString(dec.decode(bytes), 'text/html');
        const walked = A.elementsInOrder(doc).list.length;
        const res = A.cleanDocument(doc, undefined, lede);
        if (walked !== res.report.stats.elements) misaligned++;
        skipped += res.skipped.length;
        applied += res.applied.length;
      }
      return { misaligned, skipped, applied };
    }, htmls);
    console.log(`corpus in DOM mode (${pages.length} pages): ${r.misaligned} pages with misaligned element order, ${r.applied} actions applied, ${r.skipped} skipped`);
    await page.close();
  }
} finally {
  await browser.close();
  await stopServer(server);
}
