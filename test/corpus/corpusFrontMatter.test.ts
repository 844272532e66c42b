// Front matter of corpus/*.md: required keys, types and the values known from the seeds.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const corpusDir = new URL('../../corpus/', import.meta.url);
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

type FrontMatter = Record<string, unknown>;

const KINDS = ['partnership', 'joint-statement', 'council-note', 'presentation'];
const BASE_KEYS = ['id', 'title', 'kind', 'date', 'place', 'meeting', 'source'];
const NOTE_KEYS = ['number', 'family', 'rev', 'noteDate', 'notePlace', 'language', 'classification', 'codes', 'noteType', 'from', 'to', 'subject', 'step'];

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .sort();

function frontMatter(file: string): { fm: FrontMatter; body: string } {
  const text = readFileSync(new URL(file, corpusDir), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${file} does not start with a YAML front matter block`);
  return { fm: parseYaml(m[1]) as FrontMatter, body: text.slice(m[0].length) };
}

function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

describe('corpus front matter', () => {
  it('the corpus holds one file per seed', () => {
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
    expect(files.map((f) => frontMatter(f).fm.source).sort()).toEqual(seeds);
  });

  it.each(files)('%s has the required keys with valid types', (file) => {
    const { fm, body } = frontMatter(file);
    const allowed = fm.kind === 'council-note' ? [...BASE_KEYS, ...NOTE_KEYS] : BASE_KEYS;
    expect(Object.keys(fm).filter((k) => !allowed.includes(k)), 'unexpected keys').toEqual([]);

    expect(fm.id).toBe(file.replace(/\.md$/, ''));
    expect(typeof fm.title === 'string' && fm.title.trim() !== '', 'title is a non-empty string').toBe(true);
    expect(KINDS).toContain(fm.kind);
    expect(isIsoDate(fm.date), `date ${String(fm.date)} is an ISO date`).toBe(true);
    if ('place' in fm) expect(typeof fm.place === 'string' && fm.place !== '', 'place is a non-empty string').toBe(true);
    if (fm.kind === 'joint-statement' || fm.kind === 'council-note') {
      expect(Number.isInteger(fm.meeting) && (fm.meeting as number) > 0, 'meeting is a positive integer').toBe(true);
    } else {
      expect(fm).not.toHaveProperty('meeting');
    }
    expect(typeof fm.source).toBe('string');
    expect(existsSync(new URL(fm.source as string, seedsDir)), `source ${String(fm.source)} exists in the seeds`).toBe(true);

    // The title is the document's single level-1 heading.
    const h1 = body.split('\n').filter((l) => /^# /.test(l));
    expect(h1).toEqual([`# ${String(fm.title)}`]);
    // Normalised whitespace.
    const text = readFileSync(new URL(file, corpusDir), 'utf8');
    expect(text).not.toMatch(/\r|[ \t]+$|\n{3,}/m);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('ids are unique', () => {
    const ids = files.map((f) => frontMatter(f).fm.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['partnership-2022.md', { kind: 'partnership', date: '2022-05-12', place: 'Tokyo', source: '003_89f1e9e80312447f.txt' }],
    ['statement-2024.md', { kind: 'joint-statement', date: '2024-04-30', place: 'Brussels', meeting: 2, source: '002_6a75d6b38fe6d321.txt' }],
    ['statement-2025.md', { kind: 'joint-statement', date: '2025-05-12', place: 'Tokyo', meeting: 3, source: '001_52ec7fc70790cf49.txt' }],
    ['council-note-8288-1-26-rev1.md', { kind: 'council-note', date: '2026-05-05', place: 'Brussels', meeting: 4, source: '000_8f1402587a027197.txt' }],
    ['slides-2025-10-15.md', { kind: 'presentation', date: '2025-10-15', source: '004_798d8710f1291700.txt' }],
  ] as [string, FrontMatter][])('%s has the expected kind, date, place and meeting', (file, expected) => {
    const { fm } = frontMatter(file);
    const { id: _id, title: _title, ...rest } = fm;
    const base = Object.fromEntries(Object.entries(rest).filter(([k]) => BASE_KEYS.includes(k)));
    expect(base).toEqual(expected);
  });

  it('the council note carries its cover', () => {
    const { fm } = frontMatter('council-note-8288-1-26-rev1.md');
    expect(fm).toMatchObject({
      number: '8288/1/26',
      family: '8288/26',
      rev: 1,
      noteDate: '2026-04-24',
      notePlace: 'Brussels',
      language: 'OR. en',
      classification: 'LIMITE',
      codes: ['TELECOM 172', 'CYBER 167', 'COASI 71', 'RELEX 513', 'ASIE 15', 'SERVICES 18'],
      noteType: 'NOTE',
      from: 'General Secretariat of the Council',
      to: 'Delegations',
      subject: 'Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026) (NBI 2nd step)',
      step: 'NBI 2nd step',
    });
    expect(isIsoDate(fm.noteDate)).toBe(true);
    // family is the number without its revision part; the step is the subject's last parenthesis.
    expect(String(fm.number).replace(`/${String(fm.rev)}/`, '/')).toBe(fm.family);
    expect(String(fm.subject).endsWith(`(${String(fm.step)})`)).toBe(true);
  });

  it('the slides are a presentation with no place (the text does not give one)', () => {
    const { fm } = frontMatter('slides-2025-10-15.md');
    expect(fm.kind).toBe('presentation');
    expect(fm).not.toHaveProperty('place');
  });
});
