// Lede key-facts panel: renders the `facts` of an engine report (lead, key points, people,
// organisations, places, dates, numbers, quotes) and links every fact to the sentence it came
// from.
//
// The ONE renderer, used by the extension's in-page panel (content.js) and by the demo page
// (build.sh copies this file to www/pkg/panel.js). Page text is hostile: every string from the
// report goes into the DOM with `textContent`, never as markup.
//
// Spans in the report are UTF-8 byte offsets into `article.blocks[block].text`; JavaScript
// strings count UTF-16 units, so `spanText` converts through the bytes.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The text a span points at (`{block, start, end}`, UTF-8 byte offsets), or '' when it is out of range. */
export function spanText(report, span) {
  const block = report?.article?.blocks?.[span?.block];
  if (!block) return '';
  return decoder.decode(encoder.encode(block.text).subarray(span.start, span.end));
}

// A sentence ends at . ! ? or … followed by space (optionally after closing quotes or a
// bracket); a dot after a number or a single capital ("19. Juni", "J. Smith") does not end one.
const SENTENCE_END = /[.!?…]["'”“»«‘’)]*\s/g;
const NOT_AN_END = /(\d|\b\p{Lu})\.$/u;

/**
 * The sentence of its block that contains the span: what a fact "came from". Falls back to
 * the whole block when the block has no sentence punctuation.
 */
export function sourceSentence(report, span) {
  const block = report?.article?.blocks?.[span?.block];
  if (!block) return '';
  const bytes = encoder.encode(block.text);
  const text = block.text;
  // UTF-16 offsets of the span.
  const start = decoder.decode(bytes.subarray(0, span.start)).length;
  const end = decoder.decode(bytes.subarray(0, span.end)).length;
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (NOT_AN_END.test(text.slice(Math.max(0, m.index - 3), m.index + 1))) continue;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1) {
      to = stop;
      break;
    }
  }
  return text.slice(from, to).trim();
}

const el = (doc, tag, className, text) => {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
};

/** How each category is listed: heading, and the label and detail of one fact. */
const CATEGORIES = [
  ['people', 'People', (p) => [p.name, [p.roles?.join(', '), p.affiliation].filter(Boolean).join(' · ')]],
  ['organizations', 'Organisations', (o) => [o.name, '']],
  ['places', 'Places', (p) => [p.name, '']],
  ['dates', 'Dates', (d) => [d.text, d.value && d.value !== d.text ? d.value : '']],
  ['numbers', 'Numbers', (n) => [n.text, n.unit && !n.text.includes(n.unit) ? n.unit : '']],
  ['quotes', 'Quotes', (q) => [q.text, q.speaker ? `— ${q.speaker}` : '— speaker unknown']],
];

/** True when the report has any fact worth a panel. */
export function hasFacts(report) {
  const f = report?.facts;
  if (!f) return false;
  return Boolean(f.lead) || CATEGORIES.some(([key]) => f[key]?.length);
}

/**
 * Builds the facts panel body for `report` in `doc`. `onPick(sentence, fact)` is called when a
 * fact is chosen (click or Enter); the panel also shows that sentence under the fact.
 * Returns the root element (class `lede-facts`).
 */
export function renderFacts(doc, report, { onPick } = {}) {
  const f = report?.facts ?? {};
  const root = el(doc, 'div', 'lede-facts');
  if (f.lead) {
    const s = el(doc, 'section', 'lead');
    s.append(el(doc, 'h3', '', 'Lead'), el(doc, 'p', '', f.lead));
    root.append(s);
  }
  if (f.keyPoints?.length) {
    const s = el(doc, 'section', 'key-points');
    const ol = el(doc, 'ol');
    for (const p of f.keyPoints) ol.append(el(doc, 'li', '', p));
    s.append(el(doc, 'h3', '', 'Key points'), ol);
    root.append(s);
  }
  for (const [key, heading, describe] of CATEGORIES) {
    const facts = f[key] ?? [];
    if (!facts.length) continue;
    const s = el(doc, 'section', key);
    const ul = el(doc, 'ul');
    for (const fact of facts) {
      const [label, detail] = describe(fact);
      const li = el(doc, 'li', 'fact');
      const button = el(doc, 'button', 'pick');
      button.type = 'button';
      button.append(el(doc, 'span', 'label', key === 'quotes' ? `“${label}”` : label));
      if (detail) button.append(el(doc, 'span', 'detail', detail));
      const mentions = fact.mentions ?? fact.spans?.length ?? 0;
      if (mentions > 1) button.append(el(doc, 'span', 'count', `×${mentions}`));
      const source = el(doc, 'p', 'source');
      source.hidden = true;
      let next = 0; // repeated picks step through the fact's mentions
      button.addEventListener('click', () => {
        const spans = fact.spans ?? [];
        if (!spans.length) return;
        const span = spans[next % spans.length];
        next += 1;
        const sentence = sourceSentence(report, span);
        source.textContent = sentence;
        source.hidden = !sentence;
        onPick?.(sentence, fact, span);
      });
      li.append(button, source);
      ul.append(li);
    }
    s.append(el(doc, 'h3', '', `${heading} (${facts.length})`), ul);
    root.append(s);
  }
  if (!root.childElementCount) root.append(el(doc, 'p', 'empty', 'No key facts found on this page.'));
  return root;
}

// Text nodes of `doc.body` that a reader sees (not script/style, not our own panel host).
function textNodes(doc, skip) {
  const out = [];
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let p = node.parentElement; p; p = p.parentElement) {
        if (p === skip || /^(script|style|noscript|template|textarea)$/i.test(p.localName)) return 2; // REJECT
      }
      return 1; // ACCEPT
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/**
 * Finds `sentence` in the live page (whitespace-insensitive) and returns a DOM Range over it,
 * or null. `skip` is an element whose text is ignored (the panel's host). Linear in the page
 * text: one pass to index the text nodes, one search.
 */
export function findSentence(doc, sentence, skip) {
  const wanted = sentence.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!wanted) return null;
  const nodes = textNodes(doc, skip);
  let total = 0;
  for (const n of nodes) total += n.data.length;
  // For each character kept in `flat`: which text node and offset it came from.
  const nodeOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const parts = [];
  let kept = 0;
  let space = true;
  nodes.forEach((node, k) => {
    const t = node.data;
    let part = '';
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      const white = c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
      if (white && space) continue;
      space = white;
      part += white ? ' ' : c;
      nodeOf[kept] = k;
      offsetOf[kept] = i;
      kept++;
    }
    parts.push(part);
  });
  const flat = parts.join('');
  // The whole sentence, else its first 80 characters (the page may split it differently).
  let at = flat.indexOf(wanted);
  let len = wanted.length;
  if (at < 0 && wanted.length > 80) {
    at = flat.indexOf(wanted.slice(0, 80));
    len = 80;
  }
  if (at < 0) return null;
  const last = at + len - 1;
  const range = doc.createRange();
  range.setStart(nodes[nodeOf[at]], offsetOf[at]);
  range.setEnd(nodes[nodeOf[last]], offsetOf[last] + 1);
  return range;
}

/**
 * Shows `range` to the reader: scrolls it into view and highlights it with the CSS Custom
 * Highlight API (no change to the page's DOM), or selects it where that API is missing.
 */
export function showRange(doc, range) {
  const view = doc.defaultView;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (view?.CSS?.highlights && typeof view.Highlight === 'function') {
    view.CSS.highlights.set('lede-source', new view.Highlight(range));
    return 'highlight';
  }
  const sel = view?.getSelection?.();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return 'selection';
}

/** The panel's stylesheet (for a shadow root or the demo page). */
export const PANEL_CSS = `
.lede-facts{font:13px/1.4 system-ui,sans-serif;color:#1b1b1b}
.lede-facts h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:14px 0 4px}
.lede-facts ul,.lede-facts ol{margin:0;padding-left:18px}
.lede-facts ul{list-style:none;padding:0}
.lede-facts li{margin:2px 0}
.lede-facts .pick{all:unset;cursor:pointer;display:block;padding:2px 4px;border-radius:3px}
.lede-facts .pick:hover,.lede-facts .pick:focus-visible{background:#e8f0fa;outline:1px solid #0b5fa5}
.lede-facts .label{font-weight:600}
.lede-facts .quotes .label{font-weight:400;font-style:italic}
.lede-facts .detail{color:#555;margin-left:6px}
.lede-facts .count{color:#888;margin-left:6px;font-size:11px}
.lede-facts .source{margin:2px 4px 6px;padding:4px 6px;border-left:3px solid #0b5fa5;background:#f5f8fb;color:#333}
.lede-facts .lead p{margin:0}
`;
