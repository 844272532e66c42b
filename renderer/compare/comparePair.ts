/**
 * Two versions that are not in the corpus, compared as the compare view
 * compares two corpus documents: the text before and after a Word
 * document's tracked changes.
 */
import { compareRevisions, parseDocument } from '../../engine/index';
import type { CompareResult, ComparedDocument } from '../worker/protocol';

/** Two versions of one document, held in memory. */
export interface RevisionPair {
  /** What the versions are of, for the view's title ("outcome.docx"). */
  name: string;
  before: string;
  after: string;
}

export function comparePair(pair: RevisionPair): CompareResult {
  const view = (id: 'before' | 'after', source: string): [ComparedDocument, ReturnType<typeof parseDocument>] => {
    const document = parseDocument(source);
    const title = `${pair.name}, ${id} the tracked changes`;
    return [{ id, title, source, blocks: document.blocks.map((b) => ({ index: b.index, text: b.text, start: b.start, end: b.end })) }, document];
  };
  const [before, beforeDocument] = view('before', pair.before);
  const [after, afterDocument] = view('after', pair.after);
  return { old: before, new: after, ...compareRevisions(beforeDocument, afterDocument) };
}
