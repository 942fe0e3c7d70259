// cleanDocument(document, options?) for pages where wasm and the DOM meet (this demo, browser
// tests): it loads the wasm engine once and goes through the one applier (pkg/applier.js, a
// copy of extension/applier.js), so it behaves exactly like the extension's service-worker path.
import init, { plan } from './pkg/lede.js';
import { cleanDocument as cleanWith } from './pkg/applier.js';

let ready;

/**
 * Cleans `doc` in place: serialize, plan (wasm), apply with checks. Resolves to the applier's
 * result (`applied`, `skipped`, `removed`, `restore()`, `reapply()`) plus `report` and
 * `timings`. Rejects with the engine's `Error` for invalid options.
 */
export async function cleanDocument(doc, options) {
  ready ??= init();
  await ready;
  return cleanWith(doc, options, { plan });
}
