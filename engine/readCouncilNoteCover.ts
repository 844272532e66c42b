/**
 * The cover of a Council note: its number (8288/1/26), revision marks (REV,
 * COR, ADD and their numbers), date, classification (LIMITE), subject codes,
 * From, To, Subject and the NBI step. Read from a corpus file's front matter,
 * or from the cover page as text extraction leaves it.
 */
import type { FrontMatter } from './types';
import { MONTHS } from './monthNames';

export type RevisionMarkKind = 'REV' | 'COR' | 'ADD';

export interface RevisionMark {
  kind: RevisionMarkKind;
  number: number;
}

export interface CouncilNoteCover {
  /** As printed: 8288/26, 8288/1/26. */
  number: string;
  /** The note number without its revision part (8288/26): notes of one family revise each other. */
  family: string;
  /** In printed order; empty for the initial version (INIT). */
  marks: RevisionMark[];
  /** ISO date of the note. */
  date: string | null;
  place: string | null;
  language: string | null;
  classification: string | null;
  codes: string[];
  noteType: string | null;
  from: string | null;
  to: string | null;
  subject: string | null;
  /** The step of the non-binding-instrument procedure, e.g. "NBI 2nd step". */
  step: string | null;
  /** Where the cover ends in the source (0 when it came from front matter). */
  end: number;
}

const NUMBER = /^(\d{3,6})\/(?:(\d{1,2})\/)?(\d{2})((?:\s+(?:REV|COR|ADD)\s+\d+|\s+INIT)*)\s*$/u;
const MARK = /(REV|COR|ADD)\s+(\d+)/gu;
const MARK_LINE = /^(?:(?:REV|COR|ADD)\s+\d+\s*|INIT\s*)+$/u;
const PLACE_DATE = /^([\p{Lu}][\p{L} .'-]+),\s+(\d{1,2}\s+\p{L}+\s+\d{4})$/u;
const LANGUAGE = /^\(OR\.\s*([a-z]{2}(?:,\s*[a-z]{2})*)\)$/u;
const CLASSIFICATION = /^(LIMITE|RESTREINT UE\/EU RESTRICTED|CONFIDENTIEL UE\/EU CONFIDENTIAL|SECRET UE\/EU SECRET|PUBLIC|PUBLIC LIMITE)$/u;
const CODE = /^[A-Z][A-Z-]{1,14}(?:\s[A-Z]{2,10})?\s\d{1,4}$/u;
const NOTE_TYPE = /^(?:[A-Z/]+\s)*(?:NOTE|REPORT|OUTCOME OF PROCEEDINGS|COVER NOTE)$/u;
const FIELD = /^(From|To|Subject|No\. prev\. doc\.|No\. Cion doc\.):\s*(.*)$/u;
const STEP = /\b(NBI\b[^)]*)/u;

/** A cover reads only from the first lines: a note number deeper in a text is a citation. */
const COVER_LINES = 60;

/** The cover written in a corpus file's front matter, or null when it describes no Council note. */
export function coverFromFrontMatter(frontMatter: FrontMatter): CouncilNoteCover | null {
  const number = typeof frontMatter.number === 'string' ? frontMatter.number : null;
  if (!number) return null;
  const parsed = NUMBER.exec(number);
  const marks: RevisionMark[] = [];
  for (const kind of ['rev', 'cor', 'add'] as const) {
    const value = frontMatter[kind];
    if (typeof value === 'number') marks.push({ kind: kind.toUpperCase() as RevisionMarkKind, number: value });
  }
  const text = (key: string): string | null => (typeof frontMatter[key] === 'string' ? (frontMatter[key] as string) : null);
  return {
    number,
    family: text('family') ?? (parsed ? `${parsed[1]}/${parsed[3]}` : number),
    marks,
    date: text('noteDate'),
    place: text('notePlace'),
    language: text('language'),
    classification: text('classification'),
    codes: Array.isArray(frontMatter.codes) ? frontMatter.codes.map(String) : [],
    noteType: text('noteType'),
    from: text('from'),
    to: text('to'),
    subject: text('subject'),
    step: text('step') ?? stepOf(text('subject')),
    end: 0,
  };
}

/** The cover at the top of a note's text, or null when the text opens with none. */
export function readCouncilNoteCover(source: string, from = 0): CouncilNoteCover | null {
  const cover: CouncilNoteCover = {
    number: '', family: '', marks: [], date: null, place: null, language: null, classification: null,
    codes: [], noteType: null, from: null, to: null, subject: null, step: null, end: from,
  };
  let field: 'From' | 'To' | 'Subject' | null = null;
  let offset = from;
  let seen = 0;
  for (const rawLine of source.slice(from).split('\n')) {
    const lineEnd = offset + rawLine.length;
    const line = rawLine.replace(/\*\*/gu, '').trim();
    offset = lineEnd + 1;
    if (line.length === 0) {
      field = null;
      continue;
    }
    if (++seen > COVER_LINES) break;
    const fieldMatch = FIELD.exec(line);
    if (fieldMatch) {
      field = fieldMatch[1] === 'From' || fieldMatch[1] === 'To' || fieldMatch[1] === 'Subject' ? fieldMatch[1] : null;
      if (field) setField(cover, field, fieldMatch[2]);
    } else if (field) {
      setField(cover, field, `${fieldValue(cover, field)} ${line}`);
    } else if (!cover.number && NUMBER.test(line)) {
      const [, serial, revision, year, marks] = NUMBER.exec(line)!;
      cover.number = revision ? `${serial}/${revision}/${year}` : `${serial}/${year}`;
      cover.family = `${serial}/${year}`;
      addMarks(cover, marks);
    } else if (cover.number && MARK_LINE.test(line)) {
      addMarks(cover, line);
    } else if (PLACE_DATE.test(line) && !cover.date) {
      const [, place, date] = PLACE_DATE.exec(line)!;
      cover.place = place.trim();
      cover.date = isoDate(date);
    } else if (LANGUAGE.test(line)) {
      cover.language = line.slice(1, -1);
    } else if (CLASSIFICATION.test(line)) {
      cover.classification = line;
    } else if (cover.number && CODE.test(line)) {
      cover.codes.push(line);
    } else if (cover.number && NOTE_TYPE.test(line)) {
      cover.noteType = line;
    } else {
      break;
    }
    cover.end = lineEnd;
  }
  if (!cover.number) return null;
  cover.step = stepOf(cover.subject);
  return cover;
}

function fieldValue(cover: CouncilNoteCover, field: 'From' | 'To' | 'Subject'): string {
  return (field === 'From' ? cover.from : field === 'To' ? cover.to : cover.subject) ?? '';
}

function setField(cover: CouncilNoteCover, field: 'From' | 'To' | 'Subject', value: string): void {
  const clean = value.trim();
  if (field === 'From') cover.from = clean;
  else if (field === 'To') cover.to = clean;
  else cover.subject = clean;
}

function addMarks(cover: CouncilNoteCover, text: string): void {
  for (const [, kind, number] of text.matchAll(MARK)) cover.marks.push({ kind: kind as RevisionMarkKind, number: Number(number) });
}

function stepOf(subject: string | null): string | null {
  const match = subject ? STEP.exec(subject) : null;
  return match ? match[1].trim() : null;
}

function isoDate(text: string): string | null {
  const [day, month, year] = text.split(/\s+/u);
  const monthIndex = MONTHS.findIndex((name) => name.toLowerCase() === month.toLowerCase());
  if (monthIndex < 0) return null;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "REV 1", "REV 1 COR 1", or "INIT" for the initial version. */
export function describeMarks(marks: readonly RevisionMark[]): string {
  return marks.length === 0 ? 'INIT' : marks.map((mark) => `${mark.kind} ${mark.number}`).join(' ');
}

/** Cover fields side by side, for every field either cover has: field name to [old, new]. */
export function compareCovers(oldCover: CouncilNoteCover | null, newCover: CouncilNoteCover | null): Record<string, [string | null, string | null]> {
  if (!oldCover && !newCover) return {};
  const fields = (cover: CouncilNoteCover | null): Record<string, string | null> => ({
    number: cover?.number ?? null,
    revision: cover ? describeMarks(cover.marks) : null,
    date: cover?.date ?? null,
    classification: cover?.classification ?? null,
    codes: cover && cover.codes.length > 0 ? cover.codes.join(', ') : null,
    from: cover?.from ?? null,
    to: cover?.to ?? null,
    subject: cover?.subject ?? null,
    step: cover?.step ?? null,
  });
  const [before, after] = [fields(oldCover), fields(newCover)];
  const header: Record<string, [string | null, string | null]> = {};
  for (const key of Object.keys(before)) {
    if (before[key] !== null || after[key] !== null) header[key] = [before[key], after[key]];
  }
  return header;
}
