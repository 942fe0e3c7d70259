// The shared DOM applier (extension/applier.js, copied to www/pkg/applier.js) with the wasm
// engine in headless Chromium: cleanDocument on DOMParser documents gives the native result,
// element ordinals line up, changed targets are skipped, restore puts everything back, and
// <template>, <noscript>, SVG and shadow roots are handled. Needs ./build.sh build first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, startServer, stopServer, localOnly, fixtureBytes, fixtureLines } from './helpers.mjs';

const PKG = path.join(ROOT, 'www/pkg');
const HAVE_PKG = existsSync(path.join(PKG, 'lede.js')) && existsSync(path.join(PKG, 'applier.js'));
const FIXTURES = readdirSync(path.join(ROOT, 'tests/fixtures')).filter((d) =>
  existsSync(path.join(ROOT, 'tests/fixtures', d, 'input.html')));

let server;
let browser;
let page;

before(async () => {
  if (!HAVE_PKG) return;
  server = await startServer({ '/pkg/': PKG, '/': path.join(ROOT, 'tests/e2e/pages') });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  await localOnly(page);
  await page.goto(`http://127.0.0.1:${server.address().port}/harness.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready !== 'no', null, { timeout: 30_000 });
  const ready = await page.evaluate(() => document.documentElement.dataset.ready);
  assert.equal(ready, 'yes', `harness failed to load the engine: ${ready}`);
});

after(async () => {
  await browser?.close();
  await stopServer(server);
});

const skipIfNoPkg = (t) => {
  if (!HAVE_PKG) t.skip('www/pkg is absent: run ./build.sh build first');
  return !HAVE_PKG;
};

test('cleanDocument on every fixture gives the native cleaned text and restores exactly', async (t) => {
  if (skipIfNoPkg(t)) return;
  for (const slug of FIXTURES) {
    const input = await fixtureBytes(slug);
    const cleaned = readFileSync(path.join(ROOT, 'tests/fixtures', slug, 'cleaned.html'), 'utf8');
    const r = await page.evaluate(({ input, cleaned }) => {
      const bytes = Uint8Array.from(atob(input.b64), (c) => c.charCodeAt(0));
      const html = new TextDecoder(input.label).decode(bytes);
      const { lede, cleanDocument, serializeDocument, elementsInOrder } = window.T;
      const text = (doc) => {
        const body = doc.body.cloneNode(true);
        body.querySelectorAll('script, style, template, noscript').forEach((e) => e.remove());
        return body.textContent.replace(/\s+/g, ' ').trim();
      };
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const before = serializeDocument(doc);
      const planned = lede.plan(before);
      const walked = elementsInOrder(doc).list.length;
      const res = cleanDocument(doc, undefined, lede);
      const after = text(doc);
      res.restore();
      const restored = serializeDocument(doc) === before;
      res.reapply();
      return {
        actions: planned.actions.length,
        elements: planned.report.stats.elements,
        walked,
        applied: res.applied.length,
        skipped: res.skipped,
        removedElements: res.removed.length,
        text: after,
        expected: text(new DOMParser().parseFromString(cleaned, 'text/html')),
        restored,
        reapplied: text(doc) === after,
      };
    }, { input, cleaned });
    assert.equal(r.walked, r.elements, `${slug}: the applier's element order must match the engine's count`);
    assert.deepEqual(r.skipped, [], `${slug}: nothing skipped on an unchanged document`);
    assert.equal(r.applied, r.actions, `${slug}: every action applied`);
    assert.ok(r.actions > 0, `${slug}: the fixture has clutter`);
    assert.equal(r.text, r.expected, `${slug}: DOM mode must leave the same text as the native cleaned.html`);
    for (const s of await fixtureLines(slug, 'sentences.txt')) {
      assert.ok(r.text.includes(s.replace(/\s+/g, ' ')), `${slug}: article text lost: ${s}`);
    }
    assert.ok(r.restored, `${slug}: restore() must give back the exact original document`);
    assert.ok(r.reapplied, `${slug}: reapply() must remove the same things again`);
  }
});

const ARTICLE = `<article><h1>Council approves the bridge</h1>
<p>The council approved the new bridge on Monday after a long debate in the town hall.</p>
<p>Construction will start next spring and take two years to finish, the mayor said.</p></article>`;
const BANNER = '<div class="browser-warning" id="bw">Your browser is not supported. Please update your browser.</div>';

test('a changed target is skipped and the wrong element is never removed', async (t) => {
  if (skipIfNoPkg(t)) return;
  const r = await page.evaluate(({ html }) => {
    const { lede, serializeDocument, applyPlan, elementsInOrder } = window.T;
    const fresh = () => new DOMParser().parseFromString(html, 'text/html');
    const out = {};
    const base = fresh();
    const planned = lede.plan(serializeDocument(base));
    out.actions = planned.actions;

    // 1. class changed on the target
    let doc = fresh();
    doc.getElementById('bw').className = 'notice';
    let res = applyPlan(doc, planned);
    out.classChanged = { skipped: res.skipped.map((s) => s.why), banner: !!doc.getElementById('bw') };

    // 2. an element inserted before it: every ordinal after it now points elsewhere
    doc = fresh();
    doc.body.prepend(doc.createElement('span'));
    const text = doc.body.textContent;
    res = applyPlan(doc, planned);
    out.shifted = { applied: res.applied.length, skipped: res.skipped.length, same: doc.body.textContent === text };

    // 3. same class, different tag
    doc = fresh();
    const bw = doc.getElementById('bw');
    const section = doc.createElement('section');
    section.id = bw.id;
    section.className = bw.className;
    section.textContent = bw.textContent;
    bw.replaceWith(section);
    res = applyPlan(doc, planned);
    out.tagChanged = { skipped: res.skipped.map((s) => s.why), banner: !!doc.getElementById('bw') };

    // 4. unchanged: removed, then restored
    doc = fresh();
    res = applyPlan(doc, planned);
    out.unchanged = { gone: !doc.getElementById('bw'), n: elementsInOrder(doc).list.length };
    res.restore();
    out.unchanged.back = !!doc.getElementById('bw') && serializeDocument(doc) === serializeDocument(fresh());
    return out;
  }, { html: `<!doctype html><html><head><title>t</title></head><body>${ARTICLE}${BANNER}</body></html>` });
  assert.equal(r.actions.length, 1, `one action planned: ${JSON.stringify(r.actions)}`);
  assert.deepEqual(Object.keys(r.actions[0]).sort(), ['fingerprint', 'kind', 'op', 'ordinal', 'rule', 'tag']);
  assert.equal(r.actions[0].tag, 'div');
  assert.match(r.classChanged.skipped[0] ?? '', /class/);
  assert.ok(r.classChanged.banner, 'a target whose class changed stays');
  assert.deepEqual({ applied: r.shifted.applied, skipped: r.shifted.skipped, same: r.shifted.same },
    { applied: 0, skipped: 1, same: true }, 'a shifted document loses nothing');
  assert.match(r.tagChanged.skipped[0] ?? '', /<section>/);
  assert.ok(r.tagChanged.banner);
  assert.ok(r.unchanged.gone, 'the banner is removed from an unchanged document');
  assert.ok(r.unchanged.back, 'restore puts the banner back exactly');
});

test('<template>, <noscript>, SVG and shadow roots keep the ordinals aligned and are left alone', async (t) => {
  if (skipIfNoPkg(t)) return;
  const html = `<!doctype html><html><head><title>t</title>
<template id="head-tpl"><div class="x"><span>a</span></div></template></head><body>
<template id="tpl">${BANNER.replace('id="bw"', 'id="tpl-bw"')}<p>template paragraph</p><template><i>nested</i></template></template>
<noscript><div class="ns"><p>Please enable JavaScript to read comments.</p><img src="x.png"></div></noscript>
<svg viewBox="0 0 10 10"><g class="icon"><title>icon</title><style>.a{fill:red}</style><linearGradient id="lg"><stop offset="0"/></linearGradient><foreignObject><div>in svg</div></foreignObject><rect width="1" height="1"/></g></svg>
<textarea><b>not an element</b></textarea>
<div id="host"></div>
${ARTICLE}${BANNER}</body></html>`;
  const r = await page.evaluate(({ html }) => {
    const { lede, cleanDocument, elementsInOrder, serializeDocument } = window.T;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const shadow = doc.getElementById('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="browser-warning">Your browser is not supported. Please update your browser.</div>';
    // Elements a script put inside raw-text elements are not serialized as elements.
    doc.querySelector('textarea').appendChild(doc.createElement('em'));
    const walked = elementsInOrder(doc).list.length;
    const elements = lede.analyze(serializeDocument(doc)).stats.elements;
    const res = cleanDocument(doc, undefined, lede);
    return {
      walked,
      elements,
      applied: res.applied.map((a) => a.tag),
      skipped: res.skipped.map((s) => s.why),
      bannerGone: !doc.getElementById('bw'),
      templateKept: !!doc.getElementById('tpl').content.getElementById('tpl-bw'),
      shadowKept: shadow.querySelectorAll('.browser-warning').length === 1,
      svgKept: doc.querySelectorAll('svg *').length,
      noscriptKept: doc.querySelectorAll('noscript *').length,
      article: doc.querySelector('article').textContent.includes('two years to finish'),
    };
  }, { html });
  assert.equal(r.walked, r.elements, 'applier and engine count the same elements');
  assert.ok(r.bannerGone, `the light-DOM banner after them is removed (applied ${r.applied}, skipped ${r.skipped})`);
  assert.ok(r.templateKept, 'template content is not touched');
  assert.ok(r.shadowKept, 'shadow roots are not touched');
  assert.equal(r.svgKept, 8, 'SVG is intact');
  assert.equal(r.noscriptKept, 3, 'noscript is intact');
  assert.ok(r.article, 'article text stays');
  assert.ok(r.skipped.every((w) => /template/.test(w)), `only template content may be skipped: ${r.skipped}`);
});
