// The progress line (a terminal only, runs longer than a second) and the summary line, both on stderr.

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Totals {
  /** Documents or records finished, annotated or not. */
  items: number;
  documents: number;
  failed: number;
  quotes: number;
  attributions: number;
  dates: number;
  bytes: number;
}

/** No progress line before this: short runs stay quiet. */
const DELAY_MS = 1000;
/** Redraw at most this often. */
const INTERVAL_MS = 200;

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};

export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly start: number;

  private total: number | undefined;
  private totalBytes: number | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  /**
   * @param total documents expected, when known (files), for the ETA
   * @param totalBytes bytes expected, when known (JSONL files), for the ETA when the document count is not
   */
  expect(total: number | undefined, totalBytes?: number): void {
    this.total = total;
    this.totalBytes = totalBytes;
  }

  private get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Called after each finished job with the running totals; draws at most every INTERVAL_MS. */
  update(totals: Totals, bytesRead?: number): void {
    if (!this.enabled) return;
    const t = this.now();
    const elapsed = t - this.start;
    if (elapsed < DELAY_MS || t - this.lastDraw < INTERVAL_MS) return;
    this.lastDraw = t;
    const done = totals.items;
    const mbps = totals.bytes / 1e6 / (elapsed / 1000);
    let fraction: number | undefined;
    if (this.total) fraction = done / this.total;
    else if (this.totalBytes && bytesRead !== undefined) fraction = bytesRead / this.totalBytes;
    const count = this.total ? `${done}/${this.total} documents` : `${done} documents`;
    const eta = fraction && fraction > 0 && fraction < 1 ? ` · ETA ${clock(((elapsed / 1000) * (1 - fraction)) / fraction)}` : '';
    const line = `annotating: ${count} · ${mbps.toFixed(1)} MB/s${eta}${totals.failed ? ` · ${totals.failed} failed` : ''}`;
    const width = this.stream.columns || 80; // a pseudo-terminal may report 0 columns
    this.stream.write(`\r${line.slice(0, width - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the progress line so a message or the summary starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

export function summaryLine(totals: Totals, seconds: number): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(totals.documents, 'document')}, ${n(totals.quotes, 'quote')}, ${n(totals.attributions, 'attribution')}, ${n(totals.dates, 'date')}, ${n(totals.failed, 'error')}, ${seconds.toFixed(2)} s`;
}
