// Lede DOM applier: executes a plan from the wasm `plan(html)` export on a live document.
//
// The ONE applier, used by the extension's content script (extension/applier.js), by the demo
// page (build.sh copies this file to www/pkg/applier.js) and by the browser tests. It is plain
// JS with no wasm, so it also runs in Chromium content scripts on pages whose CSP forbids wasm;
// the plan itself comes from wasm wherever wasm may run (the extension's service worker).
//
// Element ordinals: the engine numbers elements by the start tags of the serialized page, in
// order. `elementsInOrder` walks the live DOM the same way:
//   - every element in document order, <head> children and SVG/MathML elements included;
//   - <template>: its content fragment is serialized inline, so it is walked inline (and marked
//     inert: actions there are skipped by design, the engine never targets inert nodes);
//   - raw-text elements (script, style, textarea, title, noscript, iframe, xmp, noembed,
//     noframes, plaintext) have no element children for the tokenizer; element children that
//     a script (or a scripting-disabled DOMParser for <noscript>) put there are not counted;
//   - shadow roots are not serialized by outerHTML and are not walked: never touched.
// Before touching an element the applier checks its tag and the fingerprint of its id and
// class; any mismatch skips that action, so a changed page never loses the wrong element.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const RAW_TEXT = new Set([
  'script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'xmp', 'noembed', 'noframes', 'plaintext',
]);

/** The page as the engine should see it: doctype + `documentElement.outerHTML`. */
export function serializeDocument(doc) {
  const root = doc.documentElement;
  if (!root) return '';
  return (doc.doctype ? `<!DOCTYPE ${doc.doctype.name || 'html'}>` : '') + root.outerHTML;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `id`, U+0000, `class` — the same function as the
 * engine's `outline::fingerprint`.
 */
export function fingerprint(el) {
  const s = `${el.getAttribute('id') ?? ''}\u0000${el.getAttribute('class') ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Elements of `doc` in the engine's ordinal order, and which of them are template content. */
export function elementsInOrder(doc) {
  const list = [];
  const inert = [];
  const walk = (root, inTemplate) => {
    let el = root.firstElementChild;
    while (el) {
      list.push(el);
      inert.push(inTemplate);
      const html = el.namespaceURI === HTML_NS;
      if (html && el.localName === 'template' && el.content) walk(el.content, true);
      let next = html && (RAW_TEXT.has(el.localName) || el.localName === 'template') ? null : el.firstElementChild;
      if (!next) {
        let cur = el;
        while (cur !== root && !cur.nextElementSibling) cur = cur.parentNode;
        next = cur === root ? null : cur.nextElementSibling;
      }
      el = next;
    }
  };
  walk(doc, false);
  return { list, inert };
}

/** Why `action` must not be applied to `el` (null when it may). */
function mismatch(action, el, inert) {
  if (!el) return 'no element at this ordinal';
  const tag = el.localName.toLowerCase();
  if (tag !== action.tag) return `element is <${tag}>, the plan expected <${action.tag}>`;
  if (fingerprint(el) !== action.fingerprint) return 'id or class changed since the page was read';
  if (inert) return 'inside a <template>';
  if (!el.isConnected) return 'inside an element already removed';
  return null;
}

/**
 * Applies `planned.actions` to `doc`. Returns
 * `{applied, skipped, removed, restore(), reapply(), restored}`:
 * `applied` the actions done, `skipped` the actions refused (each with `why`), `removed` the
 * removed elements (kept, with their text nodes, for "show what was removed"); `restore()`
 * puts everything back exactly, `reapply()` removes it again.
 */
export function applyPlan(doc, planned) {
  const { list, inert } = elementsInOrder(doc);
  const applied = [];
  const skipped = [];
  const removed = [];
  const undo = []; // [do, undo] pairs, in the order done
  for (const action of planned?.actions ?? []) {
    const el = list[action.ordinal];
    const why = mismatch(action, el, inert[action.ordinal]);
    if (why) {
      skipped.push({ ...action, why });
      continue;
    }
    switch (action.op) {
      case 'remove': {
        const marker = doc.createComment(` lede: ${action.kind} `);
        const swapOut = () => { if (el.parentNode) el.replaceWith(marker); };
        const swapIn = () => { if (marker.parentNode) marker.replaceWith(el); };
        swapOut();
        undo.push([swapOut, swapIn]);
        removed.push(el);
        break;
      }
      case 'remove-own-text': {
        for (const node of Array.from(el.childNodes)) {
          if (node.nodeType !== 3 || node.data === '') continue;
          const text = node.data;
          const clear = () => { node.data = ''; };
          clear();
          undo.push([clear, () => { node.data = text; }]);
        }
        break;
      }
      case 'space-before': {
        const space = doc.createTextNode(' ');
        const add = () => { if (el.parentNode) el.before(space); };
        add();
        undo.push([add, () => space.remove()]);
        break;
      }
      default:
        skipped.push({ ...action, why: `unknown op ${action.op}` });
        continue;
    }
    applied.push(action);
  }
  const result = {
    applied,
    skipped,
    removed,
    restored: false,
    restore() {
      if (result.restored) return;
      for (let i = undo.length - 1; i >= 0; i--) undo[i][1]();
      result.restored = true;
    },
    reapply() {
      if (!result.restored) return;
      for (const [redo] of undo) redo();
      result.restored = false;
    },
  };
  return result;
}

/**
 * Cleans `doc` in place where wasm and the DOM meet (the demo, Firefox, tests):
 * `engine` is the initialized wasm module (anything with `plan(html, options)`).
 * Returns applyPlan's result plus `report` and `timings` (ms: serialize, plan, apply).
 */
export function cleanDocument(doc, options, engine) {
  if (!engine || typeof engine.plan !== 'function') throw new TypeError('cleanDocument needs the initialized lede module as engine');
  const t0 = performance.now();
  const html = serializeDocument(doc);
  const t1 = performance.now();
  const planned = engine.plan(html, options);
  const t2 = performance.now();
  const result = applyPlan(doc, planned);
  const t3 = performance.now();
  return Object.assign(result, { report: planned.report, timings: { serialize: t1 - t0, plan: t2 - t1, apply: t3 - t2 } });
}
