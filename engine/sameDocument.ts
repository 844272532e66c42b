/**
 * Whether a document's text is already in the corpus: the same statement
 * saved again, exported to Word and back, or with other front matter is one
 * document, and listing it twice (same title, same paragraphs) only makes
 * the user guess which is which. Texts are compared by their paragraphs'
 * plain text (Markdown marks and front matter left out, white space and
 * typographic quotes folded), through a fingerprint of that text.
 */
import { boundedMemo } from './boundedMemo';
import { parseDocument } from './parseDocument';

/** The normalised text of a document's paragraphs, one per line. */
function comparableText(source: string): string {
  return parseDocument(source)
    .blocks.map((block) => block.text)
    .join('\n')
    .normalize('NFKC')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
}

/**
 * A 53-bit hash of the document's normalised text (cyrb53), as hex: equal
 * for documents with the same paragraphs; a collision between two of a
 * corpus of dozens of documents is not a practical concern. Memoised: the
 * corpus is fingerprinted again at every add or comparison from a file, and
 * each of its documents is parsed for it once a session.
 */
export const documentFingerprint: (source: string) => string = boundedMemo(fingerprintOf, 200);

function fingerprintOf(source: string): string {
  const text = comparableText(source);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** The first document of `corpus` whose text is `source`'s, or undefined. */
export function findSameDocument<T extends { source: string }>(source: string, corpus: readonly T[]): T | undefined {
  const fingerprint = documentFingerprint(source);
  return corpus.find((document) => documentFingerprint(document.source) === fingerprint);
}

/** Why `name` is not added: the corpus holds its text already, as `existing`. */
export function alreadyInCorpusMessage(name: string, existing: { title: string; date: string }): string {
  return `${name} is not added: its text is already in the corpus, as “${existing.title}”${existing.date ? ` (${existing.date})` : ''}`;
}
