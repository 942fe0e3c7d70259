// Lede background (Chromium service worker; Firefox module background script).
// Runs the wasm engine — the only extension context where Chromium allows wasm on every page —
// and answers {type: 'lede/plan', html, options?} with {ok: true, planned: {actions, report}}
// or {ok: false, error}. Static import only: service workers allow no import() and no
// top-level await, so init() is started here and awaited inside the handler.
import init, { plan } from './pkg/lede.js';

const api = globalThis.browser ?? globalThis.chrome;
const ready = init({ module_or_path: api.runtime.getURL('pkg/lede_bg.wasm') });

api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg?.type !== 'lede/plan' || typeof msg.html !== 'string') return false;
  ready
    .then(() => sendResponse({ ok: true, planned: plan(msg.html, msg.options) }))
    .catch((err) => sendResponse({ ok: false, error: String(err?.message ?? err) }));
  return true; // the response is sent asynchronously
});
