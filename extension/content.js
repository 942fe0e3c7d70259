// Lede content script (classic script, document_idle, top frame only).
// 1. serializes the live DOM, 2. asks the background for the plan (wasm runs there, so pages
// whose CSP forbids wasm work in Chromium too), 3. applies it with the shared applier
// (applier.js, which checks tag + fingerprint of every target), 4. shows a small in-page dock:
// a toggle that restores the removed nodes and removes them again, and a button that opens the
// key-facts panel (panel.js; every fact links to the sentence it came from). The dock lives in a
// shadow root (page styles can't reach it); page text only ever goes in via textContent.
(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  if (window.top !== window || !root || root.dataset.ledeState) return;
  const state = (s) => { root.dataset.ledeState = s; };
  state('busy');
  try {
    const [{ serializeDocument, applyPlan }, panel] = await Promise.all([
      import(api.runtime.getURL('applier.js')),
      import(api.runtime.getURL('panel.js')),
    ]);
    const reply = await api.runtime.sendMessage({ type: 'lede/plan', html: serializeDocument(document) });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply from the Lede background');
    const result = applyPlan(document, reply.planned);
    if (result.skipped.length) console.debug('Lede skipped', result.skipped);
    const report = reply.planned.report;
    if (result.applied.length || panel.hasFacts(report)) showDock(result, report, panel);
    state('done');
  } catch (err) {
    console.warn('Lede:', err);
    state('error');
  }

  // Added after the plan was applied, so it never shifts element ordinals.
  function showDock(result, report, panel) {
    const host = document.createElement('lede-panel');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `:host{all:initial}
      .dock{position:fixed;right:12px;bottom:12px;z-index:2147483647;display:flex;gap:6px}
      .dock button,.panel header button{font:13px system-ui,sans-serif;padding:6px 10px;border:1px solid #0b5fa5;
        border-radius:4px;background:#fff;color:#0b5fa5;cursor:pointer}
      .panel{position:fixed;top:0;right:0;bottom:0;width:min(360px,90vw);z-index:2147483647;overflow:auto;
        background:#fff;border-left:1px solid #c9d3de;box-shadow:-4px 0 16px rgba(0,0,0,.12);padding:10px 14px 60px;
        box-sizing:border-box}
      .panel header{display:flex;align-items:center;justify-content:space-between;font:600 15px system-ui,sans-serif}
      .panel header button{padding:2px 8px}
      ${panel.PANEL_CSS}`;
    // ::highlight() must live in the page's own scope to reach page text.
    const highlightStyle = document.createElement('style');
    highlightStyle.textContent = '::highlight(lede-source){background:#ffe27a;color:inherit}';
    host.append(highlightStyle);

    const dock = document.createElement('div');
    dock.className = 'dock';
    const aside = document.createElement('aside');
    aside.className = 'panel';
    aside.hidden = true;
    aside.setAttribute('aria-label', 'Lede key facts');

    if (panel.hasFacts(report)) {
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'open';
      open.textContent = 'Lede: key facts';
      open.addEventListener('click', () => {
        aside.hidden = !aside.hidden;
      });
      const header = document.createElement('header');
      const title = document.createElement('span');
      title.textContent = report.article?.title ? `Key facts · ${report.article.title}` : 'Key facts';
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.textContent = '×';
      close.setAttribute('aria-label', 'Close');
      close.addEventListener('click', () => {
        aside.hidden = true;
      });
      header.append(title, close);
      const body = panel.renderFacts(document, report, {
        onPick: (sentence) => {
          const range = panel.findSentence(document, sentence, host);
          if (range) panel.showRange(document, range);
        },
      });
      aside.append(header, body);
      dock.append(open);
    }

    if (result.applied.length) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'removed';
      const n = result.applied.filter((a) => a.op !== 'space-before').length;
      const label = () => {
        button.textContent = result.restored ? `Lede: hide ${n} removed` : `Lede: ${n} removed · show`;
      };
      button.addEventListener('click', () => {
        if (result.restored) result.reapply();
        else result.restore();
        label();
      });
      label();
      dock.append(button);
    }
    shadow.append(style, dock, aside);
    root.append(host);
  }
})();
