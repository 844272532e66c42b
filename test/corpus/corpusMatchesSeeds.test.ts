// Fidelity of corpus/*.md to the source documents in ../shared/seeds/.
//
// Both sides are reduced to plain comparable text (Markdown marks, list markers, table pipes and
// link syntax removed; whitespace collapsed; footnote markers and definitions brought to one
// canonical form, definitions at the end) and split into sentences. Every seed sentence must be in
// the corpus file and every corpus sentence in the seed, the same number of times and in the same
// order. The seed's cover lines (the council note's) are dropped only where front matter values
// account for them.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
// The engine's own parser: the structure checked here is the structure the engine reads.
import { parseMarkdownTree } from '../../engine/markdownProcessor';
import type { Nodes, Root, List, ListItem } from 'mdast';

const corpusDir = new URL('../../corpus/', import.meta.url);
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

type FrontMatter = Record<string, unknown>;

interface Case {
  file: string;
  seed: string;
  /** The seed's cover ends where this text begins; the cover must be accounted for by front matter. */
  coverEndsBefore?: string;
  /** The front-matter-derived phrases that account for the cover. */
  coverPhrases?: (fm: FrontMatter) => string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-04-24' -> '24 April 2026' */
function longDate(iso: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return `<bad date ${String(iso)}>`;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const cases: Case[] = [
  { file: 'partnership-2022.md', seed: '003_89f1e9e80312447f.txt' },
  { file: 'statement-2024.md', seed: '002_6a75d6b38fe6d321.txt' },
  { file: 'statement-2025.md', seed: '001_52ec7fc70790cf49.txt' },
  {
    file: 'council-note-8288-1-26-rev1.md',
    seed: '000_8f1402587a027197.txt',
    coverEndsBefore: 'Delegations will find in the annex',
    coverPhrases: (fm) => [
      `${String(fm.notePlace)}, ${longDate(fm.noteDate)}`,
      `(${String(fm.language)})`,
      String(fm.number),
      `REV ${String(fm.rev)}`,
      String(fm.classification),
      ...(Array.isArray(fm.codes) ? fm.codes.map(String) : []),
      String(fm.noteType),
      `From: ${String(fm.from)}`,
      `To: ${String(fm.to)}`,
      `Subject: ${String(fm.subject)}`,
    ],
  },
  { file: 'slides-2025-10-15.md', seed: '004_798d8710f1291700.txt' },
];

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const fromSuperscript = (s: string): string => [...s].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** Remove Markdown marks from one line; the text itself is left untouched. */
function stripMarks(line: string): string {
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return ''; // table delimiter row
  let s = line;
  s = s.replace(/^\s{0,3}#{1,6}\s+/, ''); // heading marks
  s = s.replace(/^\s*[-*+]\s+/, ''); // bullet list markers (ordered numbers are text of the seed: kept)
  if (/^\s*\|/.test(s)) s = s.replace(/(?<!\\)\|/g, ' '); // table pipes
  s = s.replace(/\[([^\]^][^\]]*)\]\([^)]*\)/g, '$1'); // [text](#) -> text
  s = s.replace(/(?<!\\)\*+/g, ''); // bold and italics
  s = s.replace(/\\([!-/:-@[-`{-~])/g, '$1'); // backslash escapes
  return s;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Split after '.', '!', '?' or ':' followed by white space. */
const sentences = (text: string): string[] => (text === '' ? [] : text.split(/(?<=[.!?:])\s+/));

function splitFrontMatter(md: string): { fm: FrontMatter; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) return { fm: {}, body: md };
  return { fm: (parseYaml(m[1]) ?? {}) as FrontMatter, body: md.slice(m[0].length) };
}

/** Corpus body -> comparable text. Footnote definitions go to the end as '[^n]: text'. */
function normaliseCorpus(body: string): string {
  const lines: string[] = [];
  const notes: string[] = [];
  for (const line of body.split('\n')) {
    const def = /^\[\^(\w+)\]:\s*(.*)$/.exec(line);
    if (def) notes.push(`[^${def[1]}]: ${stripMarks(def[2])}`);
    else lines.push(stripMarks(line));
  }
  return collapse([...lines, ...notes].join('\n'));
}

/** Seed text -> comparable text. Footnote lines ('¹ text') go to the end as '[^1]: text', markers become '[^1]'. */
function normaliseSeed(text: string): string {
  const lines: string[] = [];
  const notes: string[] = [];
  for (const line of text.split('\n')) {
    const note = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/.exec(line);
    if (note) notes.push(`[^${fromSuperscript(note[1])}]: ${stripMarks(note[2])}`);
    else lines.push(stripMarks(line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => `[^${fromSuperscript(m)}]`)));
  }
  return collapse([...lines, ...notes].join('\n'));
}

/** Remove each phrase once (as whole words) from the cover; return what is left and the phrases not found. */
function accountForCover(cover: string, phrases: string[]): { rest: string; unmatched: string[] } {
  let rest = ` ${cover} `;
  const unmatched: string[] = [];
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const at = rest.indexOf(` ${collapse(p)} `);
    if (at < 0) unmatched.push(p);
    else rest = rest.slice(0, at) + ' ' + rest.slice(at + collapse(p).length + 2);
  }
  return { rest: collapse(rest), unmatched };
}

/** Items of `a` not matched by an equal item of `b` (multiset difference). */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  const out: string[] = [];
  for (const s of a) {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    else out.push(s);
  }
  return out;
}

const list = (items: string[]): string => items.map((s) => `\n  - ${JSON.stringify(s)}`).join('');

interface Compared {
  seedSentences: string[];
  corpusSentences: string[];
  coverLeft: string[];
  coverUnmatched: string[];
  fmText: string;
}

function compare(c: Case): Compared {
  const seedText = readFileSync(new URL(c.seed, seedsDir), 'utf8');
  const { fm, body } = splitFrontMatter(readFileSync(new URL(c.file, corpusDir), 'utf8'));
  let seedBody = seedText;
  let coverLeft: string[] = [];
  let coverUnmatched: string[] = [];
  if (c.coverEndsBefore) {
    const at = seedText.indexOf(c.coverEndsBefore);
    if (at < 0) throw new Error(`cover end marker not found in ${c.seed}`);
    const { rest, unmatched } = accountForCover(normaliseSeed(seedText.slice(0, at)), c.coverPhrases?.(fm) ?? []);
    coverLeft = sentences(rest);
    coverUnmatched = unmatched;
    seedBody = seedText.slice(at);
  }
  const fmText = collapse(
    Object.values(fm)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map(String)
      .join('\n'),
  );
  return {
    seedSentences: sentences(normaliseSeed(seedBody)),
    corpusSentences: sentences(normaliseCorpus(body)),
    coverLeft,
    coverUnmatched,
    fmText,
  };
}

describe('corpus files are faithful to their seeds', () => {
  it.each(cases)('$file holds every sentence of $seed and adds none', (c) => {
    const r = compare(c);
    expect(r.seedSentences.length, `no sentences read from ${c.seed}`).toBeGreaterThan(0);

    // Cover lines not accounted for by front matter must still be somewhere in the corpus file.
    const coverMissing = r.coverLeft.filter((s) => !r.corpusSentences.includes(s) && !r.fmText.includes(s));
    expect.soft(coverMissing, `cover text of ${c.seed} accounted for neither by front matter nor by the body of ${c.file}:${list(coverMissing)}`).toEqual([]);
    expect.soft(r.coverUnmatched, `front matter values of ${c.file} that do not match the cover of ${c.seed}:${list(r.coverUnmatched)}`).toEqual([]);

    const missing = minus(r.seedSentences, r.corpusSentences);
    expect.soft(missing, `${missing.length} sentence(s) of ${c.seed} missing or altered in ${c.file}:${list(missing)}`).toEqual([]);

    const added = minus(r.corpusSentences, r.seedSentences);
    expect.soft(added, `${added.length} sentence(s) of ${c.file} not in ${c.seed}:${list(added)}`).toEqual([]);

    const i = r.seedSentences.findIndex((s, k) => r.corpusSentences[k] !== s);
    expect(
      i,
      `${c.file} departs from the order of ${c.seed} at sentence ${i}: seed ${JSON.stringify(r.seedSentences[i])}, corpus ${JSON.stringify(r.corpusSentences[i])}`,
    ).toBe(-1);
  });
});

// ---------------------------------------------------------------------------------------------
// Structure: the Markdown parses into the blocks the conversion intended.

function parse(file: string): Root {
  return parseMarkdownTree(readFileSync(new URL(file, corpusDir), 'utf8'));
}

function textOf(node: Nodes): string {
  if ('value' in node && node.type !== 'yaml') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children as Nodes[]) yield* walk(child);
}

const nodesOf = <T extends Nodes['type']>(root: Root, type: T): Extract<Nodes, { type: T }>[] =>
  [...walk(root)].filter((n): n is Extract<Nodes, { type: T }> => n.type === type);

/** Page breaks the conversion rejoined: the words either side of each break must be in one paragraph. */
const rejoined: [file: string, acrossBreak: string][] = [
  ['council-note-8288-1-26-rev1.md', 'to create a transparent and predictable business environment that facilitates data utilisation'],
  ['statement-2025.md', 'established industry players and academic partners will exchange extensive know-how'],
  ['statement-2025.md', 'the project would use wallet infrastructures and verifiable credentials signed or sealed'],
  ['statement-2025.md', 'such as the G7, G20, the WTO and the OECD including the OECD Expert Community'],
  ['partnership-2022.md', 'regulating online platforms, with a view to fostering greater coordination'],
  ['partnership-2022.md', 'notably the utilisation of the “Fugaku” and EU/EuroHPC'],
  ['partnership-2022.md', 'and towards designing a framework for future information exchange'],
];

describe('corpus Markdown structure', () => {
  it.each(cases.map((c) => c.file))('%s has no unparsed Markdown marks and no paragraph starting in lower case', (file) => {
    const root = parse(file);
    const texts = nodesOf(root, 'text').map((t) => t.value);
    expect(texts.filter((t) => /\*\*|\[\^|^#|\t/.test(t))).toEqual([]);
    const lower = nodesOf(root, 'paragraph')
      .map(textOf)
      .filter((t) => /^[a-z]/.test(t));
    expect(lower, 'paragraphs starting in lower case (an unjoined page break?)').toEqual([]);
    expect(nodesOf(root, 'heading').filter((h) => h.depth === 1)).toHaveLength(1);
  });

  it.each(rejoined)('%s: "%s" is one paragraph', (file, acrossBreak) => {
    const paragraphs = nodesOf(parse(file), 'paragraph').filter((p) => textOf(p).includes(acrossBreak));
    expect(paragraphs).toHaveLength(1);
  });

  it('statement-2025.md has one footnote, referenced after “Joint Press Statement”', () => {
    const root = parse('statement-2025.md');
    const defs = nodesOf(root, 'footnoteDefinition');
    expect(defs).toHaveLength(1);
    expect(defs[0].identifier).toBe('1');
    expect(textOf(defs[0])).toBe(
      'Joint press statement by Michael McGrath and Ohshima Shuhei, Commissioner of the Personal Information Protection of Japan - European Commission',
    );
    expect(root.children.at(-1)).toBe(defs[0]);
    const refs = nodesOf(root, 'footnoteReference');
    expect(refs.map((r) => r.identifier)).toEqual(['1']);
    const para = nodesOf(root, 'paragraph').find((p) => p.children.includes(refs[0]));
    const before = para!.children[para!.children.indexOf(refs[0]) - 1];
    expect(textOf(before)).toMatch(/Both sides welcomed the Joint Press Statement$/);
  });

  it('the council note’s “Artificial Intelligence (AI)” item has 5 nested sub-items', () => {
    const items = nodesOf(parse('council-note-8288-1-26-rev1.md'), 'listItem');
    const ai = items.filter((li: ListItem) => li.children[0] && textOf(li.children[0]).startsWith('Artificial Intelligence (AI):'));
    expect(ai).toHaveLength(1);
    const nested = ai[0].children.filter((c): c is List => c.type === 'list');
    expect(nested).toHaveLength(1);
    expect(nested[0].children.map((li) => textOf(li).split(':')[0])).toEqual([
      'Responsible AI Innovation',
      'Global Governance',
      'Regulatory Cooperation',
      'Governmental AI',
      'AI Summits',
    ]);
  });

  it('the 2022 partnership keeps its paragraph numbers 1 to 83 as ordered list items', () => {
    const root = parse('partnership-2022.md');
    const numbers = nodesOf(root, 'list')
      .filter((l) => l.ordered)
      .flatMap((l) => l.children.map((_, k) => (l.start ?? 1) + k));
    expect(numbers).toEqual(Array.from({ length: 83 }, (_, k) => k + 1));
    expect(nodesOf(root, 'heading').filter((h) => h.depth === 3)).toHaveLength(15);
  });

  it('the slides keep the project table as a GFM table', () => {
    const tables = nodesOf(parse('slides-2025-10-15.md'), 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].children.map((row) => row.children.map((cell) => textOf(cell).split(':')[0]))).toEqual([
      ['', 'Project', 'Proposers'],
      ['Japan', 'Harmony', 'The University of Tokyo (Lead) , Kyocera Corporation, Tokyo University of Agriculture and Technology, Shimizu Corporation, NEC Networks & System Integration Corporation, and KDDI Research, Inc.'],
      ['EU', '6G-MIRAI', 'ERICSSON FRANCE (Lead) , FRAUNHOFER, Apple, CNIT, KU Leuven, IS-Wireless, Telefonica, Sequans, and the University of Pisa'],
    ]);
  });
});
