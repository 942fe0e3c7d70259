// Lede demo: runs the wasm core on an HTML page and shows original and cleaned side by side.
// Page content only ever goes into sandboxed iframes (srcdoc, no allow-scripts); UI text uses textContent.
// Cleaning goes through the same DOM applier as the extension: the page is parsed into a
// detached document (DOMParser: no scripts run, nothing loads), the wasm engine plans, the
// applier applies the plan to that document, and its serialization is shown.
import init, * as lede from './pkg/lede.js';
import { serializeDocument } from './pkg/applier.js';
import { cleanDocument } from './dom.js';
import { renderFacts, PANEL_CSS } from './pkg/panel.js';

const SAMPLE_URL = './pkg/samples/presse-blinken.html';

const $ = (id) => document.getElementById(id);
const ui = {
  version: $('version'),
  status: $('status'),
  original: $('original'),
  cleaned: $('cleaned'),
  originalMeta: $('original-meta'),
  cleanedMeta: $('cleaned-meta'),
  loadSample: $('load-sample'),
  file: $('file'),
  source: $('source'),
  cleanSource: $('clean-source'),
  facts: $('facts'),
};

// data-state on <html> (loading | busy | ready | error) lets tests and CSS follow the page.
function setState(state, message) {
  document.documentElement.dataset.state = state;
  ui.status.textContent = message;
  ui.status.classList.toggle('error', state === 'error');
}

const kb = (s) => `${(new TextEncoder().encode(s).length / 1024).toFixed(1)} KB`;

// HTML bytes to text: BOM, else <meta charset> / http-equiv in the first 1024 bytes, else UTF-8
// (the HTML spec's prescan, simplified). Many news pages are still windows-1252.
function decodeHtml(buffer) {
  const bytes = new Uint8Array(buffer);
  let label = 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (m) label = m[1];
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label
  }
}

// Fill a sandboxed iframe; resolve once its document has loaded (at most 5 s: slow images
// of the page must not hold up the demo).
function show(frame, html) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 5000);
    frame.addEventListener('load', () => { clearTimeout(timer); resolve(); }, { once: true });
    frame.srcdoc = html;
  });
}

async function run(html, label) {
  setState('busy', `Cleaning ${label}…`);
  const t0 = performance.now();
  let out;
  let result;
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    result = await cleanDocument(doc);
    out = serializeDocument(doc);
  } catch (err) {
    setState('error', `Could not clean ${label}: ${err?.message ?? err}`);
    return;
  }
  const ms = performance.now() - t0;
  // The same renderer as the extension's panel; picking a fact shows its sentence under it.
  ui.facts.replaceChildren(renderFacts(document, result.report));
  ui.originalMeta.textContent = kb(html);
  ui.cleanedMeta.textContent = kb(out);
  await Promise.all([show(ui.original, html), show(ui.cleaned, out)]);
  const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
  setState(
    'ready',
    `${label}: ${result.report.removed.length} removed${skipped} in ${ms.toFixed(1)} ms (${kb(html)} → ${kb(out)}).`,
  );
}

async function loadSample() {
  setState('busy', 'Fetching the sample article…');
  let res;
  try {
    res = await fetch(SAMPLE_URL);
  } catch (err) {
    setState('error', `Could not fetch the sample article: ${err?.message ?? err}`);
    return;
  }
  if (!res.ok) {
    setState('error', `The sample article is missing (${res.status}). Open a file or paste HTML instead.`);
    return;
  }
  await run(decodeHtml(await res.arrayBuffer()), 'sample article');
}

async function main() {
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  document.head.append(style);
  try {
    await init();
  } catch (err) {
    setState('error', `Could not load the engine (pkg/lede_bg.wasm): ${err?.message ?? err}. Run ./build.sh first.`);
    return;
  }
  ui.version.textContent = lede.version();

  ui.loadSample.addEventListener('click', () => loadSample());
  ui.file.addEventListener('change', async () => {
    const file = ui.file.files?.[0];
    if (!file) return;
    await run(decodeHtml(await file.arrayBuffer()), file.name);
  });
  ui.cleanSource.addEventListener('click', () => {
    const html = ui.source.value;
    if (html.trim()) run(html, 'pasted HTML');
    else setState('error', 'Paste some HTML first.');
  });

  await loadSample();
}

main();
