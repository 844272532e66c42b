/**
 * Sentence segmentation with Intl.Segmenter (so Japanese text segments too),
 * mended where it splits after abbreviations: it breaks after "Mr." and the
 * French "M.", and occasionally after other short abbreviations common in
 * diplomatic texts.
 */

/**
 * Made at first use: making one loads ICU's sentence rules, some 25-30 ms in
 * Node, which a command whose texts are all one sentence each, or whose
 * sentences are already known (a parsed block's), need not pay.
 */
let segmenter: Intl.Segmenter | undefined;

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

export interface SegmentOptions {
  /**
   * Characters handed to Intl.Segmenter at a time (default 4,000). V8
   * iterates a segmenter's sentences in time quadratic in the text's length:
   * a 210 KB paragraph took 4.7 s, a 1 MB one minutes. Windows that end
   * where a sentence ends keep it linear; a statement's paragraph (at most
   * some 2,000 characters) is one window, as before.
   */
  window?: number;
}

/**
 * A text that is one sentence whatever the segmenter would say: Unicode's
 * sentence breaks (UAX #29, which Intl.Segmenter follows) fall only after a
 * sentence-ending mark or at a paragraph separator, and this text has neither
 * but at its very end. Kept to letters, digits and punctuation that ends no
 * sentence in any script (no "。", "‼" or danda slips through). The segmenter
 * costs about 0.1 ms a call in Chromium: a second for a draft of 10,000
 * one-line paragraphs, most of a long document's parse.
 */
const ONE_SENTENCE = /^[\p{L}\p{N}\p{M} \t,;:'"()%&*_#<>+=\/\u2018\u2019\u201c\u201d\u2013\u2014-]*(?:[.?!]+[)"'\u2019\u201d]*)?[ \t]*$/u;

/** Spans of the sentences of `text`, trimmed of surrounding white space, in order. */
export function segmentSentences(text: string, { window = 4_000 }: SegmentOptions = {}): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  if (ONE_SENTENCE.test(text)) {
    pushTrimmed(spans, text, 0, text.length);
    return spans;
  }
  let pendingStart = -1;
  for (const { index, segment } of segmentsOf(text, window)) {
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

/**
 * Intl.Segmenter's sentences of `text`, a window at a time. Of each window,
 * all but its last two sentences are kept: the last may be cut by the
 * window's end, and the boundary before it decided without all the text that
 * follows; the next window starts where they start. A window holding fewer
 * than three sentences grows until it holds three or reaches the end.
 */
function* segmentsOf(text: string, window: number): Generator<{ index: number; segment: string }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    const segments = [...segmenter.segment(text.slice(from, to))];
    if (to === text.length) {
      for (const { index, segment } of segments) yield { index: from + index, segment };
      return;
    }
    if (segments.length < 3) {
      size *= 2;
      continue;
    }
    const kept = segments.slice(0, -2);
    for (const { index, segment } of kept) yield { index: from + index, segment };
    from += segments[segments.length - 2].index;
    size = window;
  }
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
