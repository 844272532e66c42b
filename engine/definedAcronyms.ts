/**
 * The acronyms a document defines, "Data Free Flow with Trust (DFFT)" or
 * "DFFT (Data Free Flow with Trust)", read from the document itself: a
 * statement that writes "MoC" two paragraphs after "Memorandum of
 * Cooperation (MoC)" continues a prior block that spelled it out, and a
 * fixed list would miss the acronyms of next year's initiatives.
 *
 * A definition is accepted only when the acronym's letters are the initials
 * of the long form, in order, so that "(2025)", "(Lead)" or "(hereinafter
 * referred to as “both sides”)" are never read as definitions.
 */

/**
 * Words a long form may skip or spell with their initial ("Memorandum of
 * Cooperation" is MoC, "Data Free Flow with Trust" is DFFT).
 */
const FUNCTION_WORDS = new Set(['of', 'with', 'and', 'for', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'by', '&']);

/**
 * An acronym as the statements write one: one token of letters (with "&",
 * "-" or "." between them), at least two capitals, ten characters at most.
 * "(Lead)", "(ii)" and "(2025)" are not acronyms.
 */
const ACRONYM = /^[A-Za-z][A-Za-z&.-]{0,8}[A-Za-z]$/;

/** Words of a long form: split at spaces, hyphens and slashes ("Medium-sized", "EU-Japan"). */
const WORD_BREAK = /[\s\-‐‑/]+/u;

/** Marks around words that are not part of them: Markdown emphasis and quotes. */
const DECORATION = /^[*_“”"‘’'`]+|[*_“”"‘’'`]+$/gu;

/** A long form runs within a clause: it never crosses these. */
const CLAUSE_END = /[,;:.!?()[\]]/u;

/** The most words a long form may have beyond its acronym's letters (function words, a skipped part). */
const EXTRA_WORDS = 4;

/** Long forms with at most this many content words that no letter stands for ("Affairs" in MIC). */
const MAX_SKIPPED_CONTENT_WORDS = 1;

export type DefinedAcronyms = ReadonlyMap<string, readonly string[]>;

/**
 * The acronyms a text defines: each lower-cased acronym ("moc") with the
 * lower-cased words of its long form (["memorandum", "of", "cooperation"]).
 * The first definition of an acronym wins.
 */
export function definedAcronyms(text: string): DefinedAcronyms {
  const found = new Map<string, readonly string[]>();
  const parenthesis = /\(([^()]{1,200})\)/gu;
  for (let match = parenthesis.exec(text); match !== null; match = parenthesis.exec(text)) {
    const inside = match[1].trim();
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    const definition = readLongFormBefore(inside, before) ?? readLongFormInside(inside, before);
    if (definition && !found.has(definition.acronym)) found.set(definition.acronym, definition.longForm);
  }
  return found;
}

interface Definition {
  readonly acronym: string;
  readonly longForm: readonly string[];
}

/** "Data Free Flow with Trust (DFFT)": the acronym in the parentheses, the long form just before. */
function readLongFormBefore(inside: string, before: string): Definition | undefined {
  const letters = acronymLetters(inside);
  if (letters === undefined) return undefined;
  const clause = before.split(CLAUSE_END).pop() ?? '';
  const words = wordsOf(clause);
  // The shortest long form that spells the acronym, ending right before the parenthesis.
  for (let start = words.length - 1; start >= Math.max(0, words.length - letters.length - EXTRA_WORDS); start--) {
    const longForm = words.slice(start);
    if (spells(letters, longForm)) return { acronym: inside.toLowerCase(), longForm };
  }
  return undefined;
}

/** "DFFT (Data Free Flow with Trust)": the acronym just before, the whole long form in the parentheses. */
function readLongFormInside(inside: string, before: string): Definition | undefined {
  const acronym = (before.match(/([^\s(]+)\s*$/u)?.[1] ?? '').replace(DECORATION, '');
  const letters = acronymLetters(acronym);
  if (letters === undefined || CLAUSE_END.test(inside)) return undefined;
  const longForm = wordsOf(inside);
  return spells(letters, longForm) ? { acronym: acronym.toLowerCase(), longForm } : undefined;
}

/**
 * The letters an acronym stands for, lower-case, or undefined when the token
 * is not shaped like an acronym. A plural "s" after the last capital
 * ("SMEs", "ISACs") stands for no word, nor do "&", "-" and ".".
 */
function acronymLetters(token: string): string[] | undefined {
  if (!ACRONYM.test(token)) return undefined;
  const capitals = token.match(/[A-Z]/g)?.length ?? 0;
  if (capitals < 2) return undefined;
  const core = /[A-Z]s$/.test(token) ? token.slice(0, -1) : token;
  return [...core.replace(/[&.-]/g, '').toLowerCase()];
}

/** Lower-cased words of a stretch of text, without decoration. */
function wordsOf(text: string): string[] {
  return text
    .split(WORD_BREAK)
    .map((word) => word.replace(DECORATION, '').toLowerCase())
    .filter((word) => word.length > 0);
}

/**
 * Whether the words spell the letters by their initials, in order: the
 * first word gives the first letter, the last word the last letter, a
 * function word gives a letter or is skipped, and at most one other word
 * in between is skipped.
 */
function spells(letters: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0 || words[0][0] !== letters[0]) return false;
  const last = words[words.length - 1];
  if (last[0] !== letters[letters.length - 1]) return false;
  const walk = (letter: number, word: number, skipped: number): boolean => {
    if (letter === letters.length) return word === words.length;
    if (word === words.length) return false;
    const current = words[word];
    const edge = word === 0 || word === words.length - 1;
    if (current[0] === letters[letter] && walk(letter + 1, word + 1, skipped)) return true;
    if (edge) return false;
    if (FUNCTION_WORDS.has(current)) return walk(letter, word + 1, skipped);
    return skipped < MAX_SKIPPED_CONTENT_WORDS && walk(letter, word + 1, skipped + 1);
  };
  return walk(0, 0, 0);
}
