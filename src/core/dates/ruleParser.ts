// The rule machinery: one regex and a builder function per TimeML rule, run over a window in one pass.
import type { TimexType } from '../types';
import type { Hit, Resolver } from './model';

/** What a rule found, offsets relative to the parsed window. */
export interface RuleSpec {
  start: number;
  end: number;
  type: TimexType;
  relative: boolean;
  resolve: Resolver;
  setsFocus?: boolean;
}

/** A match of a rule's regex in the window text. */
export class RuleMatch {
  constructor(
    readonly m: RegExpExecArray,
    readonly text: string,
  ) {}

  /** Start of group `name` in the window text, or -1 if it did not take part (the regex needs `rxOffsets`). */
  at(name: string): number {
    return this.offsets(name)?.[0] ?? -1;
  }

  /** End of group `name`, or -1. */
  endOf(name: string): number {
    return this.offsets(name)?.[1] ?? -1;
  }

  private offsets(name: string): [number, number] | undefined {
    if (!this.m.indices) throw new Error(`group offsets asked of a regex built without them (${name}): use rxOffsets`);
    return this.m.indices.groups?.[name];
  }
}

export type RuleBuilder = (r: RuleMatch) => RuleSpec | null;

/**
 * One TimeML rule: a regex (from `rx` or `rxOffsets`) and a builder that turns a match into a span and resolver. The date
 * pass runs it with `scan`: one pass over a window with `lastIndex`, no substring copies, and the left
 * context stays visible to the rule's look-behind.
 */
export class RuleParser {
  private readonly re: RegExp;

  /**
   * @param key a test on a trigger word (lower case, digits as 0, see candidates.ts): the rule runs only on
   *   windows with a trigger that passes it.
   * @param gate an optional finer literal test on the window text, for rules whose key is too broad.
   */
  constructor(
    readonly rule: string,
    readonly key: RegExp,
    private readonly gate: RegExp | null,
    re: RegExp,
    private readonly build: RuleBuilder,
  ) {
    this.re = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  }

  /** Every match of the rule in `text` (offsets in `text`), appended to `out`. */
  scan(text: string, out: Hit[]): void {
    if (this.gate !== null && !this.gate.test(text)) return;
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // No catch: a rule that throws is a bug, and the pass guard in analyze() reports it.
      const spec = this.build(new RuleMatch(m, text));
      if (spec && spec.end > spec.start) {
        out.push({ start: spec.start, end: spec.end, type: spec.type, relative: spec.relative, resolve: spec.resolve, rule: this.rule, setsFocus: spec.setsFocus, custom: true });
        re.lastIndex = Math.max(spec.end, m.index + 1);
      } else {
        re.lastIndex = m.index + 1;
      }
    }
  }
}

/** A rule's regex (case-insensitive). */
export const rx = (src: string): RegExp => new RegExp(src, 'i');
/** A rule's regex whose builder asks where its groups are (`r.at`, `r.endOf`): V8 then records every group's offsets. */
export const rxOffsets = (src: string): RegExp => new RegExp(src, 'id');

/** The word before an offset, lower-cased ('' at the start). */
export function wordBefore(text: string, at: number): string {
  // A backward scan over at most 30 characters; no word across a line feed.
  const lo = Math.max(0, at - 30);
  let k = at - 1;
  for (; k >= lo && !isAsciiLetter(text.charCodeAt(k)); k--) if (text.charCodeAt(k) === 10) return '';
  const end = k + 1;
  while (k >= lo && isAsciiLetter(text.charCodeAt(k))) k--;
  return text.slice(k + 1, end).toLowerCase();
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const RATE_BEFORE = /(?:\d|%|\b(?:cents?|dollars?|yen|pounds?|euros?|marks?|francs?|percent|points?|times|once|twice|miles?|barrels?|tons?|hours?|shifts?|meals?|pills?|doses?|visits?)\b)[\s,]*$/i;

export function isRateContext(text: string, at: number): boolean {
  return RATE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}


const AHEAD_BEFORE = /\b(?:by|until|till|through|effective|starting|beginning)\s+$/i;

/** A deadline or start preposition right before a date ("by February", "effective June 1") points ahead. */
export function pointsAhead(text: string, at: number): boolean {
  return AHEAD_BEFORE.test(text.slice(Math.max(0, at - 14), at));
}

const BACK_BEFORE = /\bsince\s+(?:(?:shortly\s+)?(?:after|before)\s+)?(?:the\s+)?$/i;

/** "since March", "since shortly after the Oct. 23 slaying": the date lies before the document date. */
export function pointsBack(text: string, at: number): boolean {
  return BACK_BEFORE.test(text.slice(Math.max(0, at - 36), at));
}
