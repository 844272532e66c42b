/**
 * Sentence segmentation with Intl.Segmenter (so Japanese text segments too),
 * mended where it splits after abbreviations: it breaks after "Mr." and the
 * French "M.", and occasionally after other short abbreviations common in
 * diplomatic texts.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words after which a full stop does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'm', 'mme', 'st', 'no', 'nos', 'art', 'arts', 'para', 'paras',
  'e.g', 'i.e', 'cf', 'vs', 'viz', 'vol', 'p', 'pp', 'op', 'fig', 'ref', 'approx', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n',
]);

const LETTER_OR_DOT = /[\p{L}.]/u;

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Spans of the sentences of `text`, trimmed of surrounding white space, in order. */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pendingStart = -1;
  for (const { index, segment } of segmenter.segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const end = index + segment.length;
    if (endsWithAbbreviation(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(spans, text, start, end);
  }
  if (pendingStart >= 0) pushTrimmed(spans, text, pendingStart, text.length);
  return spans;
}

/** Whether a segment ends with a word of ABBREVIATIONS and its dot (scanned from the end: an anchored regex scans from the start). */
function endsWithAbbreviation(segment: string): boolean {
  let end = segment.length;
  while (end > 0 && /\s/u.test(segment[end - 1])) end--;
  if (end === 0 || segment[end - 1] !== '.') return false;
  let start = end - 1;
  while (start > 0 && LETTER_OR_DOT.test(segment[start - 1])) start--;
  return ABBREVIATIONS.has(segment.slice(start, end - 1).toLowerCase());
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
