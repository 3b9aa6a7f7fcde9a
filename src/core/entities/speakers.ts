// The linking step: each attribution's source mention (and each quote's speaker) → an entity of the entity pass: a
// named person inside it, a pronoun's antecedent, a group, an organization, or a role ("a spokesman"); vague mentions
// ("a source", "officials") stay unresolved.
import type { Mention, MentionKind } from '../types';
import { roleWords, nominalAt } from './coref';
import type { EntityState } from './index';
import { TITLE_ALIASES, DEMONYMS, FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_HEADS, ROLE_NOUNS, STOPWORDS, TITLE_MODIFIERS, TITLE_WORDS, VAGUE_SPEAKERS } from './lexicon';
import { isLoneHead } from './evidence';
import type { EntityRec, MentionRec } from './merge';
import { bare } from './names';
import { prevWord, tokenize, type Token } from './tokens';

interface Placed { readonly m: MentionRec; readonly e: EntityRec }

const PLURAL_GROUP_HEADS = /^(counterparts|colleagues|allies|leaders|officials|lawmakers|members|ministers|senators|representatives|democrats|republicans|candidates|governors|aides|advisers|advisors|partners|supporters|critics|negotiators|diplomats|spokesmen|spokespeople|executives|activists|organizers|voters|residents|protesters|experts|analysts|economists|scientists|researchers|investigators|prosecutors|judges|police|officers|authorities|parents|students|teachers|workers|families|others|both|colleagues)$/i;

/** Lower bound index of the first mention starting at or after `pos`. */
function lowerBound(list: readonly Placed[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].m.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every word of the speaker mention (the document tokens skip most lower-case words). */
function tokensIn(text: string, start: number, end: number): Token[] {
  return tokenize(text, [{ start, end }], [], { all: true, from: start, to: end });
}

// A module constant: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function builds a RegExp per call.
const LOWER_LETTER = /\p{Ll}/u;
const stripArticle = (s: string) => s.replace(/^(the|a|an)\s+/i, '').replace(/[\s,;:]+$/, '').trim();
/** A described speaker's name: "the nominee who spoke first" → "nominee" (its span may close on the relative pronoun). */
const describedName = (s: string) => stripArticle(s.replace(/\s+/g, ' ')).replace(/\s+(?:who|whom|whose|that|which)$/i, '');

type AddMention = (e: EntityRec, start: number, end: number, kind: MentionKind) => void;

/**
 * The entity each mention resolves to (same index; null when unresolved). Speaker mentions the entity pass did not
 * know (a group, a role, a nominal) are added to their entity, once per span however many statements share it.
 * Linear in the number of mentions: one role speaking a thousand times costs a thousand set lookups.
 */
export function linkMentions(state: EntityState, sources: readonly (Mention | null)[]): (EntityRec | null)[] {
  const { text, tokens, mentions, registry } = state;
  const added = new Map<EntityRec, Set<number>>();
  const addMention: AddMention = (e, start, end, kind) => {
    let seen = added.get(e);
    if (!seen) {
      // The mentions the entity already has, once; then every new span in constant time.
      seen = new Set(e.mentions.map((m) => m.start * 65536 + Math.min(65535, m.end - m.start)));
      added.set(e, seen);
    }
    const key = start * 65536 + Math.min(65535, end - start);
    if (seen.has(key)) return;
    seen.add(key);
    e.mentions.push({ start, end, kind, token: -1, possessive: false });
  };
  const memo = new Map<number | string, EntityRec | null>();
  // A span's key is a number while start * (length + 1) + end stays an exact integer (texts up to 64 M characters),
  // no string built per source; a string beyond.
  const width = text.length + 1;
  const numeric = text.length < 1 << 26;
  return sources.map((sp) => {
    if (!sp || !(sp.end > sp.start) || sp.start < 0 || sp.end > text.length) return null;
    const key = numeric ? sp.start * width + sp.end : `${sp.start}:${sp.end}`;
    let e = memo.get(key);
    if (e === undefined) {
      // No catch here: a failure is the linking step's, reported by its guard in analyze().
      e = resolveOne(text, tokens, sp, mentions, registry, addMention);
      memo.set(key, e);
    }
    return e;
  });
}

/** The name mention that starts before the span and reaches its end, if any. */
function coveringName(mentions: readonly Placed[], sp: Mention): Placed | undefined {
  const k = lowerBound(mentions, sp.start);
  const m = k > 0 ? mentions[k - 1] : undefined;
  return m && m.m.start < sp.start && m.m.end >= sp.end && m.m.kind === 'name' ? m : undefined;
}

/** The last word of a span, lower case, without a trailing period. */
const lastWord = (s: string): string => bare((/[\p{L}.'’-]+\s*$/u.exec(s)?.[0] ?? '').trim().toLowerCase());

function resolveOne(
  text: string, tokens: readonly Token[], sp: Mention, mentions: readonly Placed[], registry: EntityState['registry'],
  addMention: AddMention,
): EntityRec | null {
  const raw = text.slice(sp.start, sp.end);
  const low = raw.trim().toLowerCase().replace(/['’]s$/, '');
  // Mentions inside the speaker span.
  const inside: Placed[] = [];
  for (let k = lowerBound(mentions, sp.start); k < mentions.length && mentions[k].m.start < sp.end; k++) inside.push(mentions[k]);

  // A relative "who" stands for the name right before it ("Jane Roe, who said", "Roe (D-Ore.), who told").
  if (low === 'who') {
    const k = lowerBound(mentions, sp.start) - 1;
    const m = k >= 0 ? mentions[k] : undefined;
    if (!m || m.m.end > sp.start || m.m.kind === 'pronoun' || m.m.possessive) return null;
    return /^\s*(?:\([^()]{0,40}\)\s*)?,?\s*$/.test(text.slice(m.m.end, sp.start)) ? m.e : null;
  }
  // Pronouns: the coreference pass resolved them (when it could).
  if (MALE_PRONOUNS.has(low) || FEMALE_PRONOUNS.has(low) || sp.kind === 'pronoun') {
    const hit = inside.find((x) => x.m.kind === 'pronoun');
    return hit ? hit.e : null;
  }

  // A speaker span inside a longer name and holding no mention of its own is that name's entity: a person's surname
  // ("Fehrenbach" of "T.R. Fehrenbach"), an organization's head ("Department" of "the Justice Department said", the
  // title word "Justice" left out of the span; not "Trump" of "Campaign for Trump").
  if (inside.length === 0) {
    const around = coveringName(mentions, sp);
    const kind = around && (around.e.shown ?? around.e.kind);
    // (Or the rest of a firm's name whose first word the span left out as a title: "General Mills reported".)
    if (around && (kind === 'person' || (kind === 'organization' && (ORG_HEADS.has(lastWord(raw)) ||
      (around.m.end === sp.end && TITLE_WORDS.has(text.slice(around.m.start, sp.start).trim().toLowerCase())))))) return around.e;
  }

  const toks = tokensIn(text, sp.start, sp.end);
  if (toks.length === 0) return null;

  // Groups: "Blinken, Austin and their South Korean counterparts", "Trump and Pence".
  const group = groupAt(text, toks, inside, sp);
  if (group) {
    const e = registry.get('group', group.toLowerCase(), group);
    addMention(e, sp.start, sp.end, 'group');
    return e;
  }

  // A named person inside the mention; a possessive one ("Scott's niece") is not the speaker.
  const firstLower = toks.findIndex((t) => !t.cap && !TITLE_MODIFIERS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !/^(of|the|and|for)$/.test(t.lower));
  const headEnd = firstLower >= 0 ? toks[firstLower].start : sp.end;
  const persons = inside.filter((x) => x.e.kind === 'person' && x.m.kind !== 'pronoun');
  // (A possessive that is the whole span, "Roe" of "Roe's aide said" when the source was cut to it, is that person.)
  const whole = persons.find((x) => x.m.start === sp.start && x.m.end === sp.end);
  if (whole) return whole.e;
  const named = persons.find((x) => !x.m.possessive && x.m.start < headEnd) ??
    persons.find((x) => !x.m.possessive && !tokenBeforeIsPossessive(tokens, x.m) && afterRoleOrComma(text, tokens, x.m));
  if (named) return named.e;

  // An organization at the head ("The New York Times", "the White House").
  const orgs = inside.filter((x) => x.e.kind === 'organization' && !x.m.possessive);
  const plural = pluralHead(toks);
  if (orgs.length > 0 && orgs[0].m.start < headEnd && !plural) return orgs[0].e;

  // Nominals: "the senator", "the Vermont senator" → the latest person whose title names the role.
  if (toks[0].lower === 'the') {
    const nom = nominalAt(toks, 0);
    if (nom && ROLE_NOUNS.has(nom.role)) {
      const e = titledPersonBefore(mentions, sp.start, nom.role);
      if (e) {
        addMention(e, sp.start, toks[nom.last].end, 'nominal');
        return e;
      }
    }
  }

  // Plural with a qualifier: a group ("Oversight Committee Republicans", "US officials"); bare plurals stay vague.
  if (plural) {
    const name = describedName(raw);
    if (toks.length < 2 || /^(some|many|several|other|few|two|three|both|all)$/i.test(toks[0].lower) && toks.length < 3) return null;
    if (toks.length === 2 && toks.every((t) => !t.cap) || VAGUE_SPEAKERS.has(name.toLowerCase())) return null;
    const e = registry.get('group', name.toLowerCase(), name);
    addMention(e, sp.start, sp.end, 'group');
    return e;
  }

  // A place used for its government ("Washington said").
  const place = inside.find((x) => x.e.kind === 'place' && x.m.start === sp.start && x.m.end >= sp.end - 1);
  if (place) return place.e;

  // Capitalised words the name pass skipped: take them as a name.
  const caps = toks.filter((t) => t.cap && !STOPWORDS.has(bare(t.lower)) && !TITLE_WORDS.has(bare(t.lower)) && !DEMONYMS.has(t.lower));
  if (caps.length > 0 && caps.length === toks.length && toks.length <= 4) {
    const name = text.slice(toks[0].start, toks[toks.length - 1].end).replace(/\s+/g, ' ');
    const head = bare(toks[toks.length - 1].lower);
    // (A head alone, "Research suggests", is no organization's name: it stays a name of no kind.)
    const kind = ORG_HEADS.has(head) && !(toks.length === 1 && isLoneHead(name)) ? 'organization' : 'person';
    const e = registry.get(kind, toks.length === 1 ? toks[0].lower : name.toLowerCase(), name);
    addMention(e, toks[0].start, toks[toks.length - 1].end, 'name');
    return e;
  }

  // A name right after the mention: an appositive ("Another critic, Laurence H. Tribe,") or the rest of a title the
  // mention was cut from ("Democratic presidential nominee Hillary Clinton").
  const right = personRightAfter(text, sp.end, mentions);
  if (right) return right;

  // A role: "a spokesman for the campaign", "the ad's narrator". Vague heads ("a source") stay unresolved.
  const head = headNoun(toks);
  if (head && ROLE_NOUNS.has(head) && !VAGUE_SPEAKERS.has(head)) {
    const name = describedName(text.slice(sp.start, sp.end));
    if (name.length === 0 || name.length > 80) return null;
    const e = registry.get('person', name.toLowerCase(), name);
    addMention(e, sp.start, sp.end, 'nominal');
    return e;
  }
  return null;
}

/** The latest person mentioned before `pos` whose title carries the role ("senator" ← "Sen."). */
function titledPersonBefore(mentions: readonly Placed[], pos: number, role: string): EntityRec | null {
  const alias = TITLE_ALIASES.get(role) ?? '';
  for (let k = lowerBound(mentions, pos) - 1, n = 0; k >= 0 && n < 400; k--, n++) {
    const e = mentions[k].e;
    if (e.kind !== 'person' || !e.title) continue;
    const words = roleWords(e.title);
    if (words.has(role) || (alias && words.has(alias))) return e;
  }
  return null;
}

/** A person mention starting just after `pos`, past a comma or title words only. */
function personRightAfter(text: string, pos: number, mentions: readonly Placed[]): EntityRec | null {
  const k = lowerBound(mentions, pos);
  for (let i = k; i < mentions.length && i < k + 3; i++) {
    const x = mentions[i];
    if (x.m.start - pos > 60) break;
    if (x.e.kind !== 'person' || x.m.kind === 'pronoun' || x.m.possessive) continue;
    const gap = text.slice(pos, x.m.start);
    if (/^,?\s*(?:(?:[A-Z][\w.'’-]*|[a-z-]+)\s+){0,5}$/.test(gap) && !/[.;:!?"“”]/.test(gap.replace(/\b[A-Z][a-z]{0,3}\./g, '')) &&
      gap.split(/\s+/).every((w) => !w || /^,$/.test(w) || /^[A-Z]/.test(w) || TITLE_MODIFIERS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) {
      return x.e;
    }
  }
  return null;
}

/** "the mayor, John Smith" / "state Del. Marcia Price": a name right after a comma or a title word. */
function afterRoleOrComma(text: string, tokens: readonly Token[], m: MentionRec): boolean {
  const t = tokens[m.token];
  if (!t) return false;
  let k = t.start - 1;
  while (k > 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (text[k] === ',') return true;
  const p = prevWord(text, t.start);
  return !!p && (TITLE_WORDS.has(bare(p.lower)) || ROLE_NOUNS.has(bare(p.lower)));
}

function tokenBeforeIsPossessive(tokens: readonly Token[], m: MentionRec): boolean {
  const t = tokens[m.token];
  if (!t) return false;
  const p = tokens[t.index - 1];
  return !!p && p.possessive && t.joinPrev;
}

/** The head noun of a short noun phrase: its last word before "of/for/at/from/who/," . */
function headNoun(toks: readonly Token[]): string | null {
  let last: Token | null = null;
  for (const t of toks) {
    if (/^(of|for|at|from|who|which|with|in|on|to|that)$/.test(t.lower)) break;
    last = t;
  }
  return last ? bare(last.lower) : null;
}

function pluralHead(toks: readonly Token[]): boolean {
  const h = headNoun(toks);
  return !!h && PLURAL_GROUP_HEADS.test(h);
}

/** The group's name when the mention lists two or more people ("A, B and their counterparts"), else null. */
function groupAt(text: string, toks: readonly Token[], inside: readonly Placed[], sp: Mention): string | null {
  // Parts separated by "," / "and" / "&" at the top level, up to the first part that is not a member.
  const parts: { start: number; end: number }[] = [];
  let partStart = toks[0].start;
  let depth = 0;
  for (let i = sp.start; i < sp.end; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c === ',') { parts.push({ start: partStart, end: i }); partStart = i + 1; continue; }
    if ((text.startsWith(' and ', i) || text.startsWith(' & ', i))) {
      parts.push({ start: partStart, end: i });
      partStart = i + (text[i + 1] === '&' ? 2 : 4);
      i = partStart - 1;
    }
  }
  parts.push({ start: partStart, end: sp.end });
  if (parts.length < 2) return null;
  const members: string[] = [];
  let vague = false;
  for (const p of parts) {
    const s = text.slice(p.start, p.end).trim();
    if (!s) continue;
    const off = p.start + (text.slice(p.start, p.end).length - text.slice(p.start, p.end).trimStart().length);
    const person = inside.find((x) => x.e.kind === 'person' && x.m.kind !== 'pronoun' && !x.m.possessive && x.m.start >= off && x.m.start < p.end &&
      !LOWER_LETTER.test(text.slice(off, x.m.start).replace(/\b(sen|rep|gov|gen|dr|mr|mrs|ms)\.?/gi, '')));
    if (person) { members.push(person.e.name); continue; }
    if (/^(their|his|her|its|other|several|two|three|four|the)\s+\S/i.test(s) && /s$/i.test(s.split(/\s+/).pop() ?? '')) { members.push(s); vague = true; continue; }
    break;
  }
  const persons = members.length - (vague ? 1 : 0);
  if (members.length < 2 || persons < 1) return null;
  if (vague) return text.slice(sp.start, sp.end).replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
  return members.length === 2 ? `${members[0]} and ${members[1]}` : `${members.slice(0, -1).join(', ')} and ${members[members.length - 1]}`;
}
