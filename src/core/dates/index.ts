import type { Span, TimeExpression } from '../types';

export interface DateContext {
  /** YYYY-MM-DD the relative expressions resolve against; null leaves them unresolved (value null). */
  readonly documentDate: string | null;
  readonly sentences: readonly Span[];
}

/** Finds every time expression with its TimeML type and value. Placeholder until the tagger lands. */
export function tagDates(_text: string, _ctx: DateContext): TimeExpression[] {
  return [];
}
