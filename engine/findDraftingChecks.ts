/**
 * Drafting checks: the facts of a statement that belong to the meeting it
 * reports (the ordinal in the title and the text, the date and place, the
 * co-chairs' names, the sentence convening the next meeting, "since the
 * third meeting"). Drafting the next statement from the last one, each must
 * be updated: a fact is flagged until it agrees with a meeting after the
 * latest statement's (one ordinal on, a later date, another place, the next
 * meeting convened), and the title until it agrees with the first paragraph.
 * Without the latest statement to read, every such fact is flagged.
 */
import type { Block, FrontMatter } from './types';
import { boundedMemo } from './boundedMemo';
import { MONTHS, MONTH_PATTERN as MONTH } from './monthNames';
import { ORDINAL, ORDINAL_WORDS, ordinalNumber } from './ordinals';

export interface DraftingCheck {
  /** UTF-16 source offsets of the words to update. */
  start: number;
  end: number;
  text: string;
  /** The fact, in a few words ("the meeting ordinal", "a co-chair's name"), for a list of what is pending. */
  fact: string;
  message: string;
}

/** The statement the draft follows: its blocks (without a Council note's cover) and front matter. */
export interface PreviousStatement {
  blocks: readonly Block[];
  frontMatter: FrontMatter;
}


const ORDINAL_IN = new RegExp(`\\b(${ORDINAL}) meeting\\b`, 'iu');
/** "The fifth meeting", not "since the fourth meeting" nor "convene the sixth meeting". */
const OWN_MEETING = new RegExp(`\\b(?<!since )(?<!convene )the ${ORDINAL} meeting\\b`, 'iu');
const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTH}),? (\\d{4})\\b`, 'u');
const YEAR = /\b(?:19|20)\d{2}\b/gu;

/** The facts of the meeting the latest statement reports, read once per statement. */
interface MeetingFacts {
  ordinal: number | null;
  /** ISO date. */
  date: string | null;
  place: string | null;
  /** The sentence naming the co-chairs, as written. */
  coChairs: string | null;
  /** The last word of the name of the body that met ("Council" of "the EU-Japan Digital Partnership Council"). */
  body: string | null;
}

/** What a rule needs to decide whether its fact was updated. */
interface Context {
  latest: MeetingFacts | null;
  /** The ordinal of the draft's own meeting: the one its opening paragraphs name. */
  ordinal: number | null;
}

interface CheckRule {
  pattern: RegExp;
  fact: string;
  /** Only in sentences that say this (the co-chairs' names are only checked where the co-chairs are named). */
  within?: RegExp;
  /** Only for the meetings of the body that met: "the first meeting of the EU-Japan Data Strategy Working Group" is another's. */
  ownMeetingsOnly?: boolean;
  /** Why the match is still pending, or null when it agrees with this meeting. */
  pending(match: string, sentence: string, context: Context): string | null;
}

const RULES: CheckRule[] = [
  {
    pattern: new RegExp(`\\bsince the ${ORDINAL} meeting\\b`, 'giu'),
    fact: 'the previous meeting',
    ownMeetingsOnly: true,
    pending: (match, _, { latest }) =>
      latest?.ordinal != null && ordinalOf(match) === latest.ordinal ? null : `refers to the previous meeting: ${latest?.ordinal != null ? `the latest statement was of the ${ordinalWord(latest.ordinal)}` : 'update it for this one'}`,
  },
  {
    pattern: new RegExp(`\\bconvene the ${ORDINAL} meeting\\b[^.]*`, 'giu'),
    fact: 'the next meeting',
    ownMeetingsOnly: true,
    pending(match, _, { latest }) {
      if (latest?.ordinal == null) return 'convenes the next meeting: update its ordinal, place and year';
      const next = latest.ordinal + 2;
      const year = latest.date ? Number(latest.date.slice(0, 4)) : null;
      const years = [...match.matchAll(YEAR)].map((m) => Number(m[0]));
      if (ordinalOf(match) !== next) return `convenes the next meeting: after this, the ${ordinalWord(next - 1)}, it is the ${ordinalWord(next)}; update its place and year too`;
      if (year !== null && years.some((y) => y <= year)) return `convenes the next meeting in a year not after the latest statement's (${year}): update it`;
      return null;
    },
  },
  {
    pattern: new RegExp(`\\b(?:the|The) ${ORDINAL} meeting\\b`, 'gu'),
    fact: 'the meeting ordinal',
    ownMeetingsOnly: true,
    pending: (match, _, { latest }) =>
      latest?.ordinal != null && ordinalOf(match) === latest.ordinal + 1
        ? null
        : `the meeting ordinal: ${latest?.ordinal != null ? `this is the ${ordinalWord(latest.ordinal + 1)} meeting (the latest statement was of the ${ordinalWord(latest.ordinal)})` : 'update it for this meeting'}`,
  },
  {
    pattern: new RegExp(`\\b\\d{1,2} ${MONTH},? \\d{4}\\b`, 'gu'),
    fact: 'a date',
    pending: (match, _, { latest }) =>
      latest?.date && (isoDate(match) ?? '') > latest.date ? null : `a date of the previous meeting${latest?.date ? ` (not after ${latest.date})` : ''}: update it`,
  },
  {
    pattern: /\btook place in [A-Z][\p{L}-]+/gu,
    fact: 'the place',
    pending: (match, _, { latest }) => (latest?.place && !match.endsWith(latest.place) ? null : `the place of the previous meeting${latest?.place ? ` (${latest.place})` : ''}: update it`),
  },
  {
    // A surname in capitals with its given name, after it (Japanese order) or before it.
    pattern: /\b\p{Lu}{2,}(?:-\p{Lu}{2,})? \p{Lu}\p{Ll}+\b|\b\p{Lu}\p{Ll}+ \p{Lu}{2,}(?:-\p{Lu}{2,})?\b(?! \p{Lu}\p{Ll})/gu,
    fact: 'a co-chair’s name',
    within: /co-chaired/u,
    // A co-chair may chair again: once the drafter has changed the sentence naming them, its names are taken as checked.
    pending: (_, sentence, { latest }) => (latest?.coChairs && sentence !== latest.coChairs ? null : 'a co-chair of the previous meeting: update the name'),
  },
];

/** The title's ordinal, checked against the draft's own meeting. */
function titlePending(title: string, { latest, ordinal }: Context): string | null {
  const said = ordinalOf(title);
  const expected = latest?.ordinal != null ? latest.ordinal + 1 : ordinal;
  if (said !== null && said === expected && (ordinal === null || ordinal === said)) return null;
  if (expected === null) return 'the title’s meeting ordinal: update it for this meeting';
  return `the title’s meeting ordinal: this is the ${ordinalWord(expected)} meeting${ordinal !== null && ordinal !== expected ? ` (the first paragraph says the ${ordinalWord(ordinal)})` : ''}`;
}

/** The drafting checks still pending in a draft's blocks, in order; `latest` is the statement it follows; `source`, the draft's text, places each check on its words exactly. */
export function findDraftingChecks(blocks: readonly Block[], latest?: PreviousStatement, source?: string): DraftingCheck[] {
  const context: Context = { latest: latest ? meetingFacts(latest) : null, ordinal: draftOrdinal(blocks) };
  const checks: DraftingCheck[] = [];
  const taken: Array<[number, number]> = [];
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  const titleMatch = title ? ORDINAL_IN.exec(title.text) : null;
  if (title && titleMatch) {
    const message = titlePending(title.text, context);
    const start = sourceOffset(title.sentences[0] ?? null, title, titleMatch.index, source);
    if (message) checks.push({ start, end: start + titleMatch[0].length, text: titleMatch[0], fact: 'the title', message: `Drafting check: ${message}.` });
  }
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      for (const match of matchesIn(sentence.text)) {
        const start = sourceOffset(sentence, block, match.at, source);
        const end = sourceOffset(sentence, block, match.at + match.text.length - 1, source) + 1;
        // The convening sentence covers its own date and place: one check, not three.
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        if (match.rule.ownMeetingsOnly && meetsAnotherBody(sentence.text.slice(match.at), context)) continue;
        taken.push([start, end]);
        const message = match.rule.pending(match.text, sentence.text, context);
        if (message) checks.push({ start, end, text: match.text, fact: match.rule.fact, message: `Drafting check: ${message}.` });
      }
    }
  }
  return checks.sort((a, b) => a.start - b.start);
}

/** The ordinal of the meeting the draft reports: the first its paragraphs name outside a "since" or a convening. */
function draftOrdinal(blocks: readonly Block[]): number | null {
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      const ordinal = ownMeetingOrdinal(sentence.text);
      if (ordinal !== null) return ordinal;
    }
  }
  return null;
}

/**
 * The ordinal of the meeting a sentence names as its own, or null; read
 * once per sentence: a draft that names none until far down was read
 * sentence by sentence with the pattern (case-insensitive over Unicode) at
 * every keystroke.
 */
const ownMeetingOrdinal = boundedMemo((text: string): number | null => {
  const match = OWN_MEETING.exec(text);
  return match ? ordinalOf(match[0]) : null;
}, 50_000);

const meetingFacts: (statement: PreviousStatement) => MeetingFacts = (() => {
  const read = new WeakMap<PreviousStatement, MeetingFacts>();
  return (statement) => {
    let facts = read.get(statement);
    if (!facts) read.set(statement, (facts = readMeetingFacts(statement)));
    return facts;
  };
})();

/** The latest statement's meeting: from its front matter where the corpus records it, else from its text. */
function readMeetingFacts({ blocks, frontMatter }: PreviousStatement): MeetingFacts {
  const sentences = blocks.flatMap((block) => block.sentences.map((s) => s.text));
  const fromText = <T>(read: (text: string) => T | null): T | null => {
    for (const text of sentences) {
      const found = read(text);
      if (found !== null) return found;
    }
    return null;
  };
  const meeting = Number(frontMatter.meeting);
  const date = typeof frontMatter.date === 'string' ? frontMatter.date : frontMatter.date instanceof Date ? frontMatter.date.toISOString().slice(0, 10) : null;
  return {
    ordinal: Number.isInteger(meeting) && meeting > 0 ? meeting : (draftOrdinal(blocks) ?? ordinalOf(blocks.find((b) => b.kind === 'heading')?.text ?? '')),
    date: date ?? fromText((text) => isoDate(text)),
    place: typeof frontMatter.place === 'string' ? frontMatter.place : fromText((text) => /\btook place in ([A-Z][\p{L}-]+)/u.exec(text)?.[1] ?? null),
    coChairs: fromText((text) => (/co-chaired/u.test(text) ? text : null)),
    body: fromText((text) => (OWN_MEETING.test(text) ? (BODY_MET.exec(text)?.[1] ?? null) : null)),
  };
}

/** The body a meeting is "of", up to its last capitalised word before the clause goes on ("... Partnership Council took place"). */
const BODY_MET = /\bmeeting of (?:the )?[^.,;:]*?\b(\p{Lu}[\p{L}-]*)(?= took place| was held|[.,;:]|$)/u;

/**
 * Whether the words from "the Nth meeting" on make it a meeting of a body
 * other than the one whose meetings the statements report: "of the EU-Japan
 * Data Strategy Working Group", when the latest statement's meeting was of a
 * "... Council". Without "of", or without a latest statement to say which
 * body meets, it is taken as the body's own.
 */
function meetsAnotherBody(fromMatch: string, { latest }: Context): boolean {
  const body = latest?.body;
  const of = /^[^.,;:]*?\bmeeting of (?:the )?([^.,;:]*)/u.exec(fromMatch);
  return body != null && of !== null && !new RegExp(`\\b${body}\\b`, 'u').test(of[1]);
}

/** The number of the first "Nth meeting" in a text ("fourth" and "4th" are 4), or null. */
function ordinalOf(text: string): number | null {
  const word = ORDINAL_IN.exec(text)?.[1];
  return word ? ordinalNumber(word) : null;
}

function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? `${n}th`;
}

/** "5 May 2026" as "2026-05-05", or null. */
function isoDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  return `${match[3]}-${String(MONTHS.indexOf(match[2]) + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

interface RuleMatch {
  /** UTF-16 offset in the sentence's text. */
  at: number;
  text: string;
  rule: CheckRule;
}

/**
 * Every rule's matches in a sentence, in rule order. Running the rules over
 * every sentence took 2.3 ms of each keystroke on a 10,000-word draft, where
 * one sentence changes at a time: hence the memo.
 */
const matchesIn = boundedMemo((text: string): RuleMatch[] => {
  const matches: RuleMatch[] = [];
  for (const rule of RULES) {
    if (rule.within && !rule.within.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) matches.push({ at: match.index, text: match[0], rule });
  }
  return matches;
}, 50_000);

/**
 * Source offset of a character of a sentence (or of a block without
 * sentences). Sentences carry only their own span; given the source, the
 * sentence's text is walked along it, past the Markdown marks and folded
 * white space ("**Data Strategy Working Group:** Both sides welcomed the
 * first meeting" puts the words four characters on). Without it the offset
 * is interpolated, exact only where the sentence has no marks.
 */
function sourceOffset(sentence: Block['sentences'][number] | null, block: Block, at: number, source?: string): number {
  if (!sentence) return block.start + at;
  const span = sentence.end - sentence.start;
  const length = sentence.textEnd - sentence.textStart;
  if (span === length) return sentence.start + at;
  if (source !== undefined) {
    const walked = walkedOffset(source, sentence, at);
    if (walked !== null) return walked;
  }
  return Math.min(sentence.end - 1, sentence.start + Math.round((at * span) / Math.max(1, length)));
}

/** The source offset of the sentence's character `at`, each character found at the next source character it can be; null when the source does not hold the text (an escape, an entity). */
function walkedOffset(source: string, sentence: Block['sentences'][number], at: number): number | null {
  let j = sentence.start;
  for (let i = 0; i <= at && i < sentence.text.length; i++) {
    const c = sentence.text[i];
    const space = /\s/u.test(c);
    while (j < sentence.end && !(space ? /\s/u.test(source[j]) : source[j] === c)) j++;
    if (j >= sentence.end) return null;
    if (i === at) return j;
    if (space) while (j < sentence.end && /\s/u.test(source[j])) j++;
    else j++;
  }
  return at >= sentence.text.length ? sentence.end : null;
}
