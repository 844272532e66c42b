/**
 * The draft's own commitments, block by block, as its cards show them. A
 * keystroke changes one block: the others' commitments are kept by the
 * block's text and moved with it, rather than read again sentence by
 * sentence over the whole draft (0.7 ms of each keystroke on a 10,000-word
 * draft, most of it looking up 400 sentences).
 */
import { findCommitments, type Block } from '../../engine/index';
import type { CommitmentView } from './protocol';

/** Blocks kept at most; past it the memory starts afresh (a draft has hundreds, a long document opened ten thousand). */
const LIMIT = 50_000;

export class BlockCommitments {
  /** By block text: the block they were read from and its commitments. */
  private kept = new Map<string, { block: Block; views: CommitmentView[] }>();

  of(block: Block): CommitmentView[] {
    const kept = this.kept.get(block.text);
    if (kept && sameSentenceSpans(kept.block, block)) {
      const shift = block.start - kept.block.start;
      if (shift === 0 || kept.views.length === 0) return kept.views;
      const views = kept.views.map((view) => ({ ...view, start: view.start + shift, end: view.end + shift }));
      this.kept.set(block.text, { block, views });
      return views;
    }
    const views = findCommitments([block]).map((c) => ({ start: c.start, end: c.end, marker: c.marker, firmness: c.firmness }));
    if (this.kept.size >= LIMIT) this.kept.clear();
    this.kept.set(block.text, { block, views });
    return views;
  }
}

/** Whether two blocks of the same text have their sentences at the same places within them (the same Markdown around the text). */
function sameSentenceSpans(a: Block, b: Block): boolean {
  if (a.kind !== b.kind || a.sentences.length !== b.sentences.length) return false;
  return a.sentences.every((s, i) => s.start - a.start === b.sentences[i].start - b.start && s.end - a.start === b.sentences[i].end - b.start);
}
