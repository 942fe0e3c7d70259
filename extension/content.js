// Lede content script (classic script, document_idle, top frame only).
// 1. serializes the live DOM, 2. asks the background for the plan (wasm runs there, so pages
// whose CSP forbids wasm work in Chromium too), 3. applies it with the shared applier
// (applier.js, which checks tag + fingerprint of every target), 4. shows a small in-page toggle
// that restores the removed nodes and removes them again. UI text is set with textContent only.
(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const root = document.documentElement;
  if (window.top !== window || !root || root.dataset.ledeState) return;
  const state = (s) => { root.dataset.ledeState = s; };
  state('busy');
  try {
    const { serializeDocument, applyPlan } = await import(api.runtime.getURL('applier.js'));
    const reply = await api.runtime.sendMessage({ type: 'lede/plan', html: serializeDocument(document) });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply from the Lede background');
    const result = applyPlan(document, reply.planned);
    if (result.skipped.length) console.debug('Lede skipped', result.skipped);
    if (result.applied.length) showToggle(result);
    state('done');
  } catch (err) {
    console.warn('Lede:', err);
    state('error');
  }

  // A small fixed button in a shadow root (page styles can't reach it). Added after the plan
  // was applied, so it never shifts element ordinals.
  function showToggle(result) {
    const host = document.createElement('lede-toggle');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `button{position:fixed;right:12px;bottom:12px;z-index:2147483647;font:13px system-ui,sans-serif;
      padding:6px 10px;border:1px solid #0b5fa5;border-radius:4px;background:#fff;color:#0b5fa5;cursor:pointer}`;
    const button = document.createElement('button');
    button.type = 'button';
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
    shadow.append(style, button);
    root.append(host);
  }
})();
