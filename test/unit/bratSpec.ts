// A brat standoff checker written from brat's own documentation (the "brat standoff format" and "annotation
// configuration" pages), on purpose independent of src/core/curated, so the files we write are checked
// against the format rather than against our own reader. Not a test file itself.
//
// What the documentation says and this checks:
// - one annotation per line; the id comes first and is separated from the rest by a TAB;
// - ids are a letter (T, R, E, A, M, N) or `#` followed by a number, unique in the file;
// - text-bound: `Tn<TAB>TYPE START END[;START END]*<TAB>TEXT`, offsets index the document's characters
//   from 0, end exclusive; TEXT is the covered text, fragments of a discontinuous span joined by a space;
//   brat reads the .txt as Unicode characters with universal newlines (CRLF is one newline);
// - relation: `Rn<TAB>TYPE Arg1:ID Arg2:ID`; attribute: `An<TAB>TYPE ID [VALUE]`;
//   note: `#n<TAB>AnnotatorNotes ID<TAB>TEXT`; every referenced id is defined in the file;
// - annotation.conf: sections [entities] (one type a line), [relations] (`TYPE<TAB>Arg1:A|B, Arg2:C`),
//   [events], [attributes] (`NAME<TAB>Arg:A|B`); every type used in the .ann is declared there.

export interface SpecReport {
  readonly errors: string[];
  readonly counts: Record<string, number>;
}

function bratText(text: string): string[] {
  return [...text.replace(/\r\n?/g, '\n')];
}

interface Conf {
  entities: Set<string>;
  relations: Map<string, { arg1: Set<string>; arg2: Set<string> }>;
  attributes: Map<string, Set<string>>;
}

export function parseConf(conf: string): Conf {
  const out: Conf = { entities: new Set(), relations: new Map(), attributes: new Map() };
  let section = '';
  for (const raw of conf.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    // The name, then (after a TAB or spaces) comma-separated ROLE:TYPE|TYPE pairs.
    const cut = /[\t ]/.exec(line)?.index ?? line.length;
    const name = line.slice(0, cut);
    const rest = line.slice(cut);
    const args = new Map(rest.split(',').map((a) => a.trim()).filter(Boolean).map((a) => [a.slice(0, a.indexOf(':')), new Set(a.slice(a.indexOf(':') + 1).split('|'))]));
    if (section === 'entities') out.entities.add(name);
    else if (section === 'relations' && !name.startsWith('<')) out.relations.set(name, { arg1: args.get('Arg1') ?? new Set(), arg2: args.get('Arg2') ?? new Set() });
    else if (section === 'attributes') out.attributes.set(name, args.get('Arg') ?? new Set());
  }
  return out;
}

export function checkStandoff(text: string, ann: string, confText?: string): SpecReport {
  const chars = bratText(text);
  const conf = confText ? parseConf(confText) : undefined;
  const errors: string[] = [];
  const counts: Record<string, number> = {};
  const types = new Map<string, string>();
  const refs: { line: number; id: string; ref: string; role: string; type: string }[] = [];
  const lines = ann.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const n = i + 1;
    const fields = line.split('\t');
    const id = fields[0];
    if (!/^([TREAMN]|#)\d+$/.test(id)) {
      errors.push(`line ${n}: bad id "${id}"`);
      return;
    }
    if (types.has(id)) errors.push(`line ${n}: duplicate id ${id}`);
    const kind = id[0];
    counts[kind] = (counts[kind] ?? 0) + 1;
    if (kind === 'T') {
      if (fields.length !== 3) return void errors.push(`line ${n}: a text-bound line has three TAB-separated fields`);
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1]);
      if (!m) return void errors.push(`line ${n}: bad type/offsets "${fields[1]}"`);
      types.set(id, m[1]);
      const covered = m[2].split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number);
        if (s > e || e > chars.length) errors.push(`line ${n}: span ${s}-${e} outside the text (${chars.length} characters)`);
        return chars.slice(s, e).join('');
      });
      if (covered.join(' ') !== fields[2]) errors.push(`line ${n}: text "${fields[2]}" is not the covered text "${covered.join(' ')}"`);
      if (conf && !conf.entities.has(m[1])) errors.push(`line ${n}: entity type ${m[1]} not declared in annotation.conf`);
    } else if (kind === 'R') {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(fields[1] ?? '');
      if (fields.length !== 2 || !m) return void errors.push(`line ${n}: bad relation "${line}"`);
      types.set(id, m[1]);
      refs.push({ line: n, id, ref: m[2], role: 'Arg1', type: m[1] }, { line: n, id, ref: m[3], role: 'Arg2', type: m[1] });
    } else if (kind === 'A' || kind === 'M') {
      const m = /^(\S+) (\S+)(?: (\S+))?$/.exec(fields[1] ?? '');
      if (fields.length !== 2 || !m) return void errors.push(`line ${n}: bad attribute "${line}"`);
      types.set(id, m[1]);
      refs.push({ line: n, id, ref: m[2], role: 'Arg', type: m[1] });
    } else if (kind === '#') {
      const m = /^(\S+) (\S+)$/.exec(fields[1] ?? '');
      if (fields.length !== 3 || !m) return void errors.push(`line ${n}: bad note "${line}"`);
      types.set(id, m[1]);
      refs.push({ line: n, id, ref: m[2], role: 'note', type: m[1] });
    } else types.set(id, '?');
  });
  for (const r of refs) {
    const target = types.get(r.ref);
    if (!target) {
      errors.push(`line ${r.line}: ${r.id} refers to undefined ${r.ref}`);
      continue;
    }
    if (!conf) continue;
    if (r.role === 'Arg1' || r.role === 'Arg2') {
      const decl = conf.relations.get(r.type);
      if (!decl) errors.push(`line ${r.line}: relation type ${r.type} not declared`);
      else if (!(r.role === 'Arg1' ? decl.arg1 : decl.arg2).has(target)) errors.push(`line ${r.line}: ${r.type} ${r.role} cannot be a ${target}`);
    } else if (r.role === 'Arg') {
      const decl = conf.attributes.get(r.type);
      if (!decl) errors.push(`line ${r.line}: attribute ${r.type} not declared`);
      else if (!decl.has(target) && !decl.has('<ENTITY>')) errors.push(`line ${r.line}: attribute ${r.type} cannot apply to a ${target}`);
    }
  }
  return { errors, counts };
}
