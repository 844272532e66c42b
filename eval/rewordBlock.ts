/**
 * Sentence-level rewording of a block, as a drafter rewords agreed language
 * without changing what it is about: equivalent words ("reinforced" /
 * "strengthened", "discuss" / "exchange views on", "Memorandum of
 * Cooperation" / "MoC"), a clause or a connective dropped, the later
 * sentences reordered, dropped or summed up as progress. The block stays
 * linked to its precedent; whether it is still carried is for the README's
 * rule to say (eval/verbatimShares.ts), not for this file.
 */
import type { Dice } from './Dice';

/**
 * Equivalent wordings. Each group is used in one direction per block, so
 * that a word replaced is never replaced back in the same pass.
 */
const EQUIVALENTS: ReadonlyArray<ReadonlyArray<[string, string]>> = [
  [['reinforced', 'strengthened'], ['reinforce', 'strengthen'], ['reinforcing', 'strengthening']],
  [['strengthened', 'reinforced'], ['strengthen', 'reinforce'], ['strengthening', 'reinforcing']],
  [['discussed', 'exchanged views on'], ['discuss', 'exchange views on'], ['discussions', 'exchanges of views']],
  [['Memorandum of Cooperation', 'MoC']],
  [['MoC', 'Memorandum of Cooperation']],
  [['Data Free Flow with Trust', 'DFFT']],
  [['confirmed', 'affirmed']],
  [['reaffirmed', 'restated']],
  [['welcomed', 'expressed appreciation for'], ['welcome', 'appreciate']],
  [['importance', 'significance']],
  [['cooperation', 'collaboration'], ['cooperate', 'collaborate'], ['cooperating', 'collaborating']],
  [['enhance', 'improve'], ['enhancing', 'improving'], ['enhanced', 'improved']],
  [['explore', 'examine'], ['exploring', 'examining']],
  [['promote', 'foster'], ['promoting', 'fostering']],
  [['deepen', 'intensify'], ['deepening', 'intensifying']],
  [['in particular', 'notably']],
  [['ensure', 'guarantee'], ['ensuring', 'guaranteeing']],
  [['recognised', 'acknowledged'], ['recognise', 'acknowledge'], ['recognising', 'acknowledging']],
  [['intention', 'intent']],
  [['initiatives', 'efforts']],
  [['essential', 'crucial']],
  [['continued', 'pursued']],
  [['both sides', 'the two sides']],
  [['information exchange', 'exchange of information']],
  [['stakeholders', 'interested parties']],
  [['establish', 'set up'], ['establishing', 'setting up']],
  [['facilitate', 'ease']],
  [['underlined', 'stressed'], ['stressed', 'underlined'], ['emphasising', 'stressing']],
  [['concurred', 'agreed']],
  [['decided', 'resolved']],
  [['In addition', 'Moreover'], ['Furthermore', 'In addition']],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keeps a capital at the start of a sentence when the replacement starts in lower case. */
function matchCase(found: string, replacement: string): string {
  const capital = found[0] !== found[0].toLowerCase();
  return capital && replacement[0] === replacement[0].toLowerCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Replaces the words of the chosen groups in one pass. An entry written with
 * a capital (a name, an acronym, a connective) matches that spelling only; a
 * lower-case entry also matches a capital at the start of a sentence, but a
 * capital inside a sentence belongs to a name ("Memorandum of Cooperation",
 * "Center for Industrial Cooperation") and is left alone.
 */
function replaceEquivalents(markdown: string, groups: ReadonlyArray<ReadonlyArray<[string, string]>>): { text: string; replaced: number } {
  let replaced = 0;
  const table = new Map<string, [string, string]>();
  for (const group of groups) for (const entry of group) table.set(entry[0].toLowerCase(), entry);
  const pattern = new RegExp(`\\b(${[...table.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'gi');
  const text = markdown.replace(pattern, (found: string, _word: string, offset: number) => {
    const [from, to] = table.get(found.toLowerCase())!;
    const before = markdown.slice(0, offset);
    const sentenceStart = /(?:^|[.!?:])$/.test(before.replace(/[\s*"“‘(]+$/, ''));
    if (/^[A-Z]/.test(from) ? found !== from : found[0] !== found[0].toLowerCase() && !sentenceStart) return found;
    // A participle in the passive ("were discussed") takes no phrase ("were exchanged views on").
    if (to.includes(' ') && /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before)) return found;
    replaced++;
    return /^[A-Z]/.test(from) ? to : matchCase(found, to);
  });
  // "an essential driver" becomes "a crucial driver", "a further step" "an additional step".
  const articles = text.replace(/\b([Aa])(n?) (\w+)/g, (found, a: string, _n: string, word: string) => {
    if (![...table.values()].some(([, to]) => to.split(' ')[0] === word)) return found;
    return `${a}${/^[aeiou]/i.test(word) ? 'n' : ''} ${word}`;
  });
  return { text: articles, replaced };
}

/** Bold marks must pair up inside any piece of text that is cut out or moved. */
const boldBalanced = (text: string) => (text.match(/\*\*/g) ?? []).length % 2 === 0;

/** Offsets where a new sentence begins (0 excluded): after . ! or ? and a space, before a capital. */
export function sentenceStarts(markdown: string): number[] {
  const starts: number[] = [];
  const boundary = /[.!?][”"’)]?\s+(?=[A-Z“"‘(*])/g;
  for (let match = boundary.exec(markdown); match; match = boundary.exec(markdown)) {
    const before = markdown.slice(0, match.index + 1);
    // "e.g." and initials end with a full stop but not a sentence.
    if (/\b(e\.g|i\.e|etc|No|Mr|Ms|Dr|vs)\.$/.test(before) || /\b[A-Z]\.$/.test(before)) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The sentences of a block, each with its bold marks paired; a cut that would split a bold span is not a boundary. */
export function sentencesOf(markdown: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const start of sentenceStarts(markdown)) {
    const piece = markdown.slice(from, start).trim();
    if (!boldBalanced(markdown.slice(0, start))) continue;
    sentences.push(piece);
    from = start;
  }
  sentences.push(markdown.slice(from).trim());
  return sentences;
}

/** Clauses a drafter may cut without changing the topic: a trailing example or specification, a parenthesis, a connective. */
const CLAUSES: RegExp[] = [
  /,? (?:including|such as|in particular|notably|for example|for instance|specifically) [^.]*?(?=\.(?:\s|$))/g,
  / \([^()]{6,}\)/g,
  /(?:^|(?<=\. ))(?:In addition|Furthermore|Moreover|In particular|To that end|In this context|Additionally), /g,
];

function dropClause(markdown: string, dice: Dice): string | null {
  const candidates: Array<{ start: number; end: number }> = [];
  for (const clause of CLAUSES) {
    for (const match of markdown.matchAll(clause)) {
      const start = match.index ?? 0;
      const cut = match[0];
      // A clause that holds a subject ("..., both sides are enhancing") or leaves too short a
      // sentence before it was no trailing detail but the main clause.
      const sentenceBefore = markdown.slice(0, start).split(/[.!?]\s+/).pop() ?? '';
      const mainClause = /\b(?:both sides|the two sides|they|it|we)\b/i.test(cut);
      if (!boldBalanced(cut) || cut.length > markdown.length / 2 || mainClause || (clause !== CLAUSES[2] && sentenceBefore.split(/\s+/).length < 6)) continue;
      candidates.push({ start, end: start + cut.length });
    }
  }
  if (candidates.length === 0) return null;
  const { start, end } = dice.pick(candidates);
  const rest = markdown.slice(end);
  // A connective cut from the start of a sentence leaves a lower-case word to capitalise.
  const atSentenceStart = start === 0 || /\. $/.test(markdown.slice(0, start));
  return markdown.slice(0, start) + (atSentenceStart && /^[a-z]/.test(rest) ? rest[0].toUpperCase() + rest.slice(1) : rest);
}

/** Closing sentences that report progress on whatever the block is about, and name nothing of their own. */
const PROGRESS_REPORTS = [
  'Both sides took note of the progress achieved since the last meeting of the Council and will review it at the next meeting.',
  'They welcomed the work done at expert level over the past year and asked their services to report on its results.',
  'Both sides agreed to keep this work under review and to report on concrete results to the next meeting of the Council.',
  'They noted with satisfaction the steps taken so far and encouraged their services to pursue them with determination.',
];

export interface Rewording {
  markdown: string;
  /** What was done, for the pair's note. */
  edits: string[];
}

/**
 * Rewords a block: several equivalent words, and by chance a clause cut,
 * the later sentences summed up as progress, reversed, two of them swapped
 * or one dropped (the first sentence, which carries a bullet's label, stays
 * first). Null when nothing in the block can be reworded.
 */
export function rewordBlock(markdown: string, dice: Dice): Rewording | null {
  const edits: string[] = [];
  let text = markdown;
  const applicable = EQUIVALENTS.filter((group) => group.some(([from]) => new RegExp(`\\b${escape(from)}\\b`, 'i').test(text)));
  if (applicable.length > 0) {
    const chosen = dice.sample(applicable, dice.int(Math.min(2, applicable.length), applicable.length));
    const equivalents = replaceEquivalents(text, chosen);
    text = equivalents.text;
    if (equivalents.replaced > 0) edits.push(`${equivalents.replaced} ${equivalents.replaced === 1 ? 'word' : 'words'} replaced by equivalents`);
  }
  if (dice.chance(0.5)) {
    const cut = dropClause(text, dice);
    if (cut !== null) {
      text = cut;
      edits.push('a clause dropped');
    }
  }
  const sentences = sentencesOf(text);
  if (sentences.length >= 2 && dice.chance(0.25)) {
    // The drafter keeps the opening sentence and sums up the rest as progress: the topic stays, most words go.
    text = `${sentences[0]} ${dice.pick(PROGRESS_REPORTS)}`;
    edits.push('later sentences replaced by a progress report');
  } else if (sentences.length >= 4 && dice.chance(0.3)) {
    // Read in order, runs out of their old order no longer count: a paragraph reordered is often revised.
    text = [sentences[0], ...sentences.slice(1).reverse()].join(' ');
    edits.push('later sentences in reverse order');
  } else if (sentences.length >= 3 && dice.chance(0.35)) {
    const at = dice.int(1, sentences.length - 2);
    [sentences[at], sentences[at + 1]] = [sentences[at + 1], sentences[at]];
    text = sentences.join(' ');
    edits.push('two sentences swapped');
  } else if (sentences.length >= 3 && dice.chance(0.3)) {
    sentences.splice(dice.int(1, sentences.length - 1), 1);
    text = sentences.join(' ');
    edits.push('a sentence dropped');
  }
  return text === markdown ? null : { markdown: text, edits };
}
