// The V8 settings of the command. Set before the analysis code is compiled (by bin.ts) and again by main() (for a
// run through out/src/cli/main.js): V8's code cache holds the flags it was made under and is refused under others.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 optimizes a function once it has run through this much bytecode (the engine's default is 66 KB on Node 20).
 * A corpus run has hundreds of hot functions that meet new object shapes article after article: compiled early, they
 * are thrown away and compiled again, and on polnear-train the compiler threads took ~40 % of the process's CPU. Eight
 * times the default budget gives the same output for ~20 % less CPU with --jobs 1 and ~25 % with --jobs 2
 * (scripts/bench.mjs). The price: the main thread interprets longer (~10 % more of its own CPU), which only a lone
 * --jobs 1 run on otherwise idle cores notices; wherever every core is busy (--jobs N, one process per core in a
 * pipeline, a shared machine) CPU is throughput. Set for the command only, never for a program that loads the bundle
 * as a library.
 */
const INTERRUPT_BUDGET = 528_000;

/**
 * How much bytecode V8 inlines into one optimized function (the engine's default is 920). Most of the optimizing
 * compiler's work is inlining, and over a corpus its compilations cost more than the optimized code saves: a third
 * of the default compiles cheaper for the same output (callgrind, README issue 11, fourteenth round).
 */
const INLINE_BUDGET = 300;

/**
 * V8 runs a regular expression through its bytecode interpreter the first time and compiles it to machine code the
 * second: a pattern run twice is compiled twice. The command's few hundred patterns (the date rules' are up to 1,800
 * characters, case-insensitive, with look-behinds) nearly all run many times, and their compilation was ~7 % of a
 * 100-article run's instructions (callgrind: RegExpImpl::CompileIrregexp, 798 compilations). Compiled once, straight
 * to machine code: the same matches (the interpreter is a tier, not another engine), ~3 % fewer instructions.
 */
const REGEXP_FLAGS = '--no-regexp-tier-up';

export function setCommandFlags(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET} --max-inlined-bytecode-size-cumulative=${INLINE_BUDGET} ${REGEXP_FLAGS}`);
}
