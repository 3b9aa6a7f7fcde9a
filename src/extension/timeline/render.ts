// The timeline webview's page: plain HTML from the core's timeline, no framework. Pure (no `vscode`):
// the panel passes the nonce and the webview's resource URIs in, so the page is unit-tested as a string.
import type { Timeline, TimelineItem, TimelinePoint } from '../../core/corpus/timeline';

export interface TimelineArticle {
  readonly name: string;
  readonly path: string;
  readonly date: string | null;
}

export interface TimelinePage {
  readonly title: string;
  readonly timeline: Timeline;
  /** The articles the items come from, by uri string. */
  readonly articles: ReadonlyMap<string, TimelineArticle>;
  /** Name each item's article (the timeline of many articles). */
  readonly showArticle: boolean;
}

export interface PageResources {
  readonly nonce: string;
  /** The webview's own source for the Content-Security-Policy (webview.cspSource). */
  readonly cspSource: string;
  readonly scriptUri: string;
  /** The style sheet's text, inlined under the nonce: no second request that could arrive late. */
  readonly style: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function item(x: TimelineItem, page: TimelinePage, extra: string): string {
  const a = page.articles.get(x.docId);
  const d = x.date;
  const value = d.value ?? 'unresolved';
  const label = `${x.words}, ${value}: “${flat(d.text)}”${page.showArticle && a ? `, in ${a.name}` : ''}`;
  return (
    `<button type="button" class="item" data-doc="${escapeHtml(x.docId)}" data-start="${d.start}" data-end="${d.end}" data-value="${escapeHtml(value)}" ` +
    `aria-label="${escapeHtml(label)}"${extra}>` +
    `<span class="when">${escapeHtml(x.words)}</span>` +
    `<span class="value">${escapeHtml(value)}</span>` +
    `<span class="text">“${escapeHtml(flat(d.text))}”</span>` +
    (page.showArticle && a ? `<span class="doc" title="${escapeHtml(a.path)}">${escapeHtml(a.name)}${a.date ? ` · ${escapeHtml(a.date)}` : ''}</span>` : '') +
    `</button>`
  );
}

/** Position of each point on the overview bar, 0..1 between the first start and the last end. */
function positions(points: readonly TimelinePoint[]): number[] {
  if (points.length === 0) return [];
  const lo = points[0].from;
  let hi = lo;
  for (const p of points) hi = Math.max(hi, p.to);
  const span = hi - lo || 1;
  return points.map((p) => (p.from - lo) / span);
}

function axis(page: TimelinePage): string {
  const points = page.timeline.points;
  if (points.length === 0) return '<p class="empty">No calendar dates to place on the axis.</p>';
  const pos = positions(points);
  const marks = pos.map((p, i) => `<span class="mark" data-pos="${p.toFixed(4)}" data-index="${i}"></span>`).join('');
  const years = new Map<string, string[]>();
  points.forEach((p, i) => {
    const y = String(new Date(p.from).getUTCFullYear());
    let list = years.get(y);
    if (!list) years.set(y, (list = []));
    list.push(`<li class="event" data-granularity="${p.granularity}">${item(p, page, ` data-index="${i}"`)}</li>`);
  });
  const first = new Date(points[0].from).getUTCFullYear();
  let end = points[0].to;
  for (const p of points) end = Math.max(end, p.to);
  const last = new Date(end - 1).getUTCFullYear();
  return (
    `<div class="overview" aria-hidden="true"><span class="bound">${first}</span><div class="bar">${marks}</div><span class="bound">${last}</span></div>` +
    `<ol class="years">${[...years]
      .map(([y, items]) => `<li class="year"><h3 class="tick">${y}</h3><ol class="events">${items.join('')}</ol></li>`)
      .join('')}</ol>`
  );
}

function list(id: string, heading: string, items: readonly TimelineItem[], page: TimelinePage, hint: string): string {
  if (items.length === 0) return '';
  return (
    `<section class="apart" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)} <span class="count">${items.length}</span></h2>` +
    `<p class="hint">${escapeHtml(hint)}</p>` +
    `<ul class="plain">${items.map((x) => `<li>${item(x, page, '')}</li>`).join('')}</ul></section>`
  );
}

export function renderTimeline(page: TimelinePage, r: PageResources): string {
  const t = page.timeline;
  const total = t.points.length + t.durations.length + t.sets.length + t.other.length;
  const counts = [`${total} time expression${total === 1 ? '' : 's'}`, `${t.points.length} on the axis`];
  if (t.durations.length) counts.push(`${t.durations.length} duration${t.durations.length === 1 ? '' : 's'}`);
  if (t.sets.length) counts.push(`${t.sets.length} recurring`);
  if (t.other.length) counts.push(`${t.other.length} other`);
  if (page.showArticle) counts.push(`${page.articles.size} article${page.articles.size === 1 ? '' : 's'}`);
  const csp = `default-src 'none'; style-src 'nonce-${r.nonce}'; script-src 'nonce-${r.nonce}'; img-src ${r.cspSource} data:; font-src ${r.cspSource};`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${r.nonce}">${r.style.replace(/<\//g, '<\\/')}</style>
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<header>
<h1>${escapeHtml(page.title)}</h1>
<p class="summary">${escapeHtml(counts.join(' · '))}</p>
<p class="keys">Arrow keys move between dates, Enter opens one in its article.</p>
</header>
<main>
<section class="axis" aria-labelledby="axis-h"><h2 id="axis-h">On the time axis</h2>${axis(page)}</section>
${list('durations-h', 'Durations', t.durations, page, 'How long something lasted: a length of time, not a point on the axis.')}
${list('sets-h', 'Recurring times', t.sets, page, 'Times that repeat.')}
${list('other-h', 'Past, present, future and unresolved', t.other, page, 'References without a calendar value.')}
</main>
<script nonce="${r.nonce}" src="${escapeHtml(r.scriptUri)}"></script>
</body>
</html>`;
}
