// The rule machinery: a chrono-node Parser built from one regex and a builder function.
import * as chrono from 'chrono-node';
import type { TimexType } from '../types';
import type { Resolver } from './model';

/** What a rule found, offsets relative to the parsed window. */
export interface RuleSpec {
  start: number;
  end: number;
  type: TimexType;
  relative: boolean;
  resolve: Resolver;
  setsFocus?: boolean;
}

export interface RuleMatch {
  readonly m: RegExpExecArray;
  /** Start of group `name` in the window text, or -1. */
  at(name: string): number;
  /** End of group `name`, or -1. */
  endOf(name: string): number;
  readonly text: string;
}

export type RuleBuilder = (r: RuleMatch) => RuleSpec | null;

/** Fails at once: anchored at the start and impossible. */
const NEVER = /^(?!)/;

/** Results produced by our rules, with their spec (kept out of chrono's own merge refiners). */
export const RULE_SPECS = new WeakMap<chrono.ParsingResult, RuleSpec & { rule: string }>();

/** A chrono Parser built from one regex (flags `id`) and a builder that turns a match into a span and resolver. */
export class RuleParser implements chrono.Parser {
  /**
   * @param gate a cheap literal test: the rule's own regex only runs on windows that contain its key word,
   *   so a rule costs one fast scan on the many windows it cannot match.
   */
  constructor(
    readonly rule: string,
    private readonly gate: RegExp,
    private readonly re: RegExp,
    private readonly build: RuleBuilder,
  ) {}

  pattern(context: chrono.ParsingContext): RegExp {
    return this.gate.test(context.text) ? this.re : NEVER;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const m = match as RegExpExecArray;
    const base = m.index ?? 0;
    // chrono re-executes the pattern on a suffix of the text and then rebases match.index; group indices
    // stay relative to that suffix, so rebase them by the whole match's offset.
    const shift = base - (m.indices ? m.indices[0][0] : base);
    const text = context.text;
    const groups = m.indices?.groups;
    const rm: RuleMatch = {
      m,
      text,
      at: (name) => {
        const g = groups?.[name];
        return g ? g[0] + shift : -1;
      },
      endOf: (name) => {
        const g = groups?.[name];
        return g ? g[1] + shift : -1;
      },
    };
    let spec: RuleSpec | null = null;
    try {
      spec = this.build(rm);
    } catch {
      spec = null;
    }
    if (!spec || spec.end <= spec.start) return null;
    const result = context.createParsingResult(spec.start, text.slice(spec.start, spec.end));
    result.addTag(`timeml/${this.rule}`);
    RULE_SPECS.set(result, { ...spec, rule: this.rule });
    return result;
  }
}


export const rx = (src: string): RegExp => new RegExp(src, 'id');

/** The word before an offset, lower-cased ('' at the start). */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]*$/.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : '';
}

const RATE_BEFORE = /(?:\d|%|\b(?:cents?|dollars?|yen|pounds?|euros?|marks?|francs?|percent|points?|times|once|twice|miles?|barrels?|tons?|hours?|shifts?|meals?|pills?|doses?|visits?)\b)[\s,]*$/i;

export function isRateContext(text: string, at: number): boolean {
  return RATE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

