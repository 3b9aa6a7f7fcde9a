// One person (organization, place) across many articles. Each article's analysis already merged its own
// aliases; across articles only canonical names and titles are left, so the rules here work on those:
// the same first name and surname (middle names, initials, titles and accents aside) is one person; a
// surname alone ("Blinken", "Secretary Blinken") joins the one full name with that surname, or the one
// whose title it shares when several do; an acronym joins the one organization it abbreviates. A name an
// article left unclassified (no evidence of its kind there) joins a person named so elsewhere, else stays out.
import { DEMONYMS, HONORIFICS, PARTICLES, TITLE_MODIFIERS, TITLE_WORDS } from '../entities/lexicon';
import type { EntityKind } from '../types';
import { runSteps, STEP, type Steps } from './steps';
import type { SummaryEntity } from './summary';

export interface DocumentEntities {
  readonly docId: string;
  readonly entities: readonly SummaryEntity[];
}

export interface EntityRef {
  readonly docId: string;
  readonly entity: SummaryEntity;
}

export interface MergedEntity {
  /** Stable across rebuilds while the same names are in the collection ("person:antony blinken"). */
  readonly key: string;
  readonly kind: EntityKind;
  /** The most used full form of the name. */
  readonly name: string;
  readonly title?: string;
  /** Every article's entity merged here, in the order the articles were given. */
  readonly members: readonly EntityRef[];
  readonly statements: number;
  readonly articles: number;
  readonly mentions: number;
}

/** Lower case, no accents, no dots, one space between words: the form names are compared in. */
export function foldName(name: string): string {
  // Most names are plain ASCII: no need to decompose accents then.
  return (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[.’'"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const isTitleHead = (w: string) => TITLE_WORDS.has(w) || HONORIFICS.has(w);
const isTitlePart = (w: string) => isTitleHead(w) || TITLE_MODIFIERS.has(w) || DEMONYMS.has(w) || w === 'us' || w === 'of';

/** The words of a person's name without the titles before it and the suffixes after it. */
function nameWords(name: string): string[] {
  const words = foldName(name).split(' ').filter(Boolean);
  // A leading run of title words counts only up to its last head ("North Korean Vice Minister"): a
  // demonym or modifier alone is a given name ("Christian Bale").
  let a = 0;
  for (let i = 0; i < words.length - 1 && isTitlePart(words[i]); i++) if (isTitleHead(words[i])) a = i + 1;
  let b = words.length;
  while (b - 1 > a && SUFFIXES.has(words[b - 1])) b--;
  return words.slice(a, b);
}

/** "Antony J. Blinken" → {full: "antony blinken", surname: "blinken"}; "Secretary Blinken" → {full: null, surname: "blinken"}. */
export function personKey(name: string): { full: string | null; surname: string } {
  const w = nameWords(name);
  if (w.length === 0) return { full: null, surname: '' };
  // "de Blasio", "van der Berg": particles belong to the surname.
  let s = w.length - 1;
  while (s > 0 && PARTICLES.has(w[s - 1])) s--;
  const surname = w.slice(s).join(' ');
  return { full: s === 0 ? null : `${w[0]} ${surname}`, surname };
}

/** "National Rifle Association" → "nra" (empty when there are fewer than two significant words). */
function acronymOf(folded: string): string {
  const letters = folded.split(' ').filter((w) => w && !['of', 'the', 'and', 'for', 'on', '&', 'de', 'la'].includes(w)).map((w) => w[0]);
  return letters.length >= 2 ? letters.join('') : '';
}

const orgKey = (name: string) => foldName(name).replace(/^the /, '');
const isAcronym = (name: string) => /^[A-Z][A-Z&.]{1,9}$/.test(name.replace(/\s+/g, ''));

/** Title words of an entity's title or of its name ("Secretary Blinken"), for telling surnames apart. */
function roleWords(e: SummaryEntity): Set<string> {
  const out = new Set<string>();
  for (const w of foldName(`${e.title ?? ''} ${e.name}`).split(' ')) if (TITLE_WORDS.has(w)) out.add(w);
  return out;
}

class Cluster {
  readonly members: EntityRef[] = [];
  /** Role words of the full-name members, made on first use (only surnames shared by several people need them). */
  private roles: Set<string> | undefined;
  constructor(readonly key: string, readonly kind: EntityKind) {}

  add(ref: EntityRef): void {
    this.members.push(ref);
  }

  /** Whether the role words of the members named in full meet `roles`. */
  sharesRole(roles: ReadonlySet<string>): boolean {
    if (!this.roles) {
      this.roles = new Set();
      for (const m of this.members) for (const w of roleWords(m.entity)) this.roles.add(w);
    }
    for (const w of roles) if (this.roles.has(w)) return true;
    return false;
  }

  build(): MergedEntity {
    const names = new Map<string, number>();
    const titles = new Map<string, number>();
    const docs = new Set<string>();
    let statements = 0;
    let mentions = 0;
    for (const { docId, entity } of this.members) {
      docs.add(docId);
      statements += entity.statementIds.length;
      mentions += entity.mentions;
      names.set(entity.name, (names.get(entity.name) ?? 0) + 1);
      if (entity.title) titles.set(entity.title, (titles.get(entity.title) ?? 0) + 1);
    }
    // A surname-only member never names the cluster while a full name exists.
    const full = this.kind === 'person' ? [...names.keys()].filter((n) => personKey(n).full !== null) : [];
    const name = mostUsed(full.length ? new Map(full.map((n) => [n, names.get(n)!])) : names);
    const title = titles.size ? mostUsed(titles) : undefined;
    const base = { key: this.key, kind: this.kind, name, members: this.members, statements, articles: docs.size, mentions };
    return title ? { ...base, title } : base;
  }
}

/** The most frequent key; ties go to a name without "the", then the longer, then the alphabetically first. */
function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  const bare = (k: string) => (/^the /i.test(k) ? 0 : 1);
  for (const [k, c] of counts) {
    const better = c - n || bare(k) - bare(best) || k.length - best.length || (k < best ? 1 : 0);
    if (n < 0 || better > 0) {
      best = k;
      n = c;
    }
  }
  return best;
}

/**
 * Merges the entities of many articles. Deterministic for a given input order; most statements first,
 * then most articles, then by name.
 */
export function mergeAcrossDocuments(docs: Iterable<DocumentEntities>): MergedEntity[] {
  return runSteps(mergeSteps(docs));
}

/** mergeAcrossDocuments, yielding every few hundred entities (see steps.ts). */
export function* mergeSteps(docs: Iterable<DocumentEntities>): Steps<MergedEntity[]> {
  let n = 0;
  const clusters = new Map<string, Cluster>();
  const cluster = (key: string, kind: EntityKind) => {
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = new Cluster(key, kind)));
    return c;
  };
  const bySurname = new Map<string, Cluster[]>();
  const byAcronym = new Map<string, Set<Cluster>>();
  const surnameOnly: { ref: EntityRef; surname: string }[] = [];
  // Names an article had no evidence for: they join a person other articles name in full, or stay out.
  const unclassified: { ref: EntityRef; full: string | null; surname: string }[] = [];
  const acronyms: { ref: EntityRef; key: string }[] = [];

  for (const { docId, entities } of docs) {
    for (const entity of entities) {
      if (++n % STEP === 0) yield;
      // ("a spokesman" in two articles is two people, and no one's name.)
      if (entity.unnamed) continue;
      const ref = { docId, entity };
      if (entity.kind === 'person') {
        const { full, surname } = personKey(entity.name);
        if (!surname) continue;
        if (!full) {
          surnameOnly.push({ ref, surname });
          continue;
        }
        const c = cluster(`person:${full}`, 'person');
        if (c.members.length === 0) {
          const list = bySurname.get(surname);
          if (list) list.push(c);
          else bySurname.set(surname, [c]);
        }
        c.add(ref);
      } else if (entity.kind === 'organization') {
        const key = orgKey(entity.name);
        if (isAcronym(entity.name)) {
          acronyms.push({ ref, key });
          continue;
        }
        const c = cluster(`organization:${key}`, 'organization');
        c.add(ref);
        // The article's own short forms ("NRA" inside "National Rifle Association") count as acronyms too.
        for (const k of [acronymOf(key), ...entity.aliases.filter(isAcronym).map(orgKey)]) {
          if (!k) continue;
          let set = byAcronym.get(k);
          if (!set) byAcronym.set(k, (set = new Set()));
          set.add(c);
        }
      } else if (entity.kind === 'unclassified') {
        const { full, surname } = personKey(entity.name);
        if (surname) unclassified.push({ ref, full, surname });
      } else {
        cluster(`${entity.kind}:${foldName(entity.name)}`, entity.kind).add(ref);
      }
    }
  }

  for (const { ref, surname } of surnameOnly) {
    if (++n % STEP === 0) yield;
    const candidates = bySurname.get(surname) ?? [];
    let target: Cluster | undefined = candidates.length === 1 ? candidates[0] : undefined;
    if (!target && candidates.length > 1) {
      const roles = roleWords(ref.entity);
      const sharing = roles.size ? candidates.filter((c) => c.sharesRole(roles)) : [];
      if (sharing.length === 1) target = sharing[0];
    }
    (target ?? cluster(`person:${surname}`, 'person')).add(ref);
  }
  for (const { ref, full, surname } of unclassified) {
    if (++n % STEP === 0) yield;
    const named = full ? clusters.get(`person:${full}`) : undefined;
    const candidates = bySurname.get(surname) ?? [];
    const target = named ?? (!full && candidates.length === 1 ? candidates[0] : undefined);
    if (target) target.add(ref);
  }
  for (const { ref, key } of acronyms) {
    const owners = byAcronym.get(key);
    const target = owners?.size === 1 ? [...owners][0] : clusters.get(`organization:${key}`);
    (target ?? cluster(`organization:${key}`, 'organization')).add(ref);
  }

  // Plain code-unit order for names: localeCompare costs more than the whole merge on large collections.
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const built: MergedEntity[] = [];
  for (const c of clusters.values()) {
    if (++n % STEP === 0) yield;
    built.push(c.build());
  }
  return built.sort((x, y) => y.statements - x.statements || y.articles - x.articles || byText(x.name, y.name) || byText(x.key, y.key));
}
