// Internal model of the date pass: a candidate ("hit") found by a parser, resolved later against the
// document context, so that document-level state (the quarter a financial story is about) can inform it.
import type { TimexType } from '../types';
import type { Tense, Ymd } from './normalize';

export interface Env {
  /** The document creation time; null leaves relative expressions unresolved. */
  readonly dct: Ymd | null;
  /** Tense of the sentence near the expression (computed when first read). */
  readonly tense: Tense;
  /** The fiscal/calendar quarter the text last named explicitly ("third-quarter profit"). */
  readonly focusQuarter: { readonly y: number; readonly q: number } | null;
  /**
   * The reference time of the narrative: the last date the text mentioned before this expression (month and
   * day when it gave them), which "that year", "the following month", "the previous day" count from.
   */
  readonly refTime: { readonly y: number; readonly m: number | null; readonly d: number | null } | null;
  /** Whether that date was mentioned close before (a few sentences), so a bare clock time can take its day. */
  readonly refNear: boolean;
}

/** A value, null when it cannot be resolved (no document date), or undefined to drop the hit. */
export type Resolver = (env: Env) => string | null | undefined;

export interface Hit {
  start: number;
  end: number;
  type: TimexType;
  /** Depends on the document date. */
  relative: boolean;
  resolve: Resolver;
  /** Which rule found it (debugging, tests). */
  rule: string;
  /** Explicit quarter mention that later "a year earlier" / "the quarter" refer to. */
  setsFocus?: boolean;
  /** Our own TimeML rule (wins ties against chrono's built-in parsers). */
  custom: boolean;
}
