// The timeline webview's only script (loaded with the page's nonce): places the overview marks, moves
// the focus between dates with the arrow keys, and asks the extension to open a date in its article.
/* global acquireVsCodeApi, document, HTMLElement */
(function () {
  const vscode = acquireVsCodeApi();
  const items = Array.from(document.querySelectorAll('button.item'));

  // Inline style attributes are refused by the page's policy; the script sets positions instead.
  for (const mark of document.querySelectorAll('.mark')) mark.style.left = `${Number(mark.dataset.pos) * 100}%`;

  // One tab stop for the whole timeline (roving tabindex); the arrow keys walk it.
  let current = 0;
  const focusAt = (i) => {
    if (items.length === 0) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((el, j) => (el.tabIndex = j === current ? 0 : -1));
    items[current].focus();
    highlight(items[current]);
  };
  const highlight = (el) => {
    for (const m of document.querySelectorAll('.mark.active')) m.classList.remove('active');
    const i = el.dataset.index;
    if (i !== undefined) document.querySelector(`.mark[data-index="${i}"]`)?.classList.add('active');
  };
  items.forEach((el, j) => {
    el.tabIndex = j === 0 ? 0 : -1;
    el.addEventListener('focus', () => {
      current = j;
      highlight(el);
    });
    el.addEventListener('click', () => {
      vscode.postMessage({ type: 'open', doc: el.dataset.doc, start: Number(el.dataset.start), end: Number(el.dataset.end) });
    });
  });
  document.addEventListener('keydown', (e) => {
    if (!(e.target instanceof HTMLElement) || !e.target.classList.contains('item')) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 10, PageUp: -10 }[e.key];
    if (step !== undefined) focusAt(current + step);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(items.length - 1);
    else return;
    e.preventDefault();
  });
  vscode.postMessage({ type: 'ready', items: items.length });
})();
