/**
 * Lineage of a phrase or a block across the corpus: the closest block of each
 * document in date order, each with the word diff from the one before, so a
 * reader sees how agreed language on one topic evolved year by year.
 */
import { RetrievalIndex } from './RetrievalIndex';
import { mayContinue } from './bareLabel';
import { LINEAGE_MIN_SCORE } from './thresholds';
import { diffWords } from './wordDiff';
import type { Block, WordDiff } from './types';

export interface LineageDocument {
  /** How the caller names the document (a file name or corpus id). */
  file: string;
  title: string;
  /** ISO date; documents are traced in this order. */
  date: string;
  blocks: readonly Block[];
}

export interface LineageEntry {
  file: string;
  title: string;
  date: string;
  block: number;
  text: string;
  score: number;
  /** From the previous entry's text to this one (the first entry: all inserted). */
  diff: WordDiff;
}

/** The corpus indexed once for any number of lineage queries. */
export class LineageIndex {
  private readonly index = new RetrievalIndex();
  private readonly entries: Array<{ document: number; block: Block }> = [];
  readonly documents: LineageDocument[];

  constructor(documents: readonly LineageDocument[]) {
    this.documents = [...documents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.documents.forEach((document, d) => {
      for (const block of document.blocks) {
        if (block.kind === 'heading') continue;
        this.index.add(block.text);
        this.entries.push({ document: d, block });
      }
    });
    this.index.seal();
  }

  /** The closest block of each document that treats the query, oldest first. */
  trace(query: string): LineageEntry[] {
    const best = new Map<number, { block: Block; score: number }>();
    // A query that is itself a label ("Artificial Intelligence (AI):") asks for labels.
    const asked = { kind: 'listItem', text: query } as const;
    for (const hit of this.index.search(query, { limit: this.entries.length })) {
      if (hit.score < LINEAGE_MIN_SCORE) break;
      const { document, block } = this.entries[hit.entry];
      // A bare label ("Artificial Intelligence (AI):") shares a topic's words and nothing of its wording: the paragraph under it is the lineage.
      if (!best.has(document) && mayContinue(asked, block)) best.set(document, { block, score: hit.score });
    }
    const entries: LineageEntry[] = [];
    let previous = '';
    this.documents.forEach((document, d) => {
      const found = best.get(d);
      if (!found) return;
      entries.push({
        file: document.file,
        title: document.title,
        date: document.date,
        block: found.block.index,
        text: found.block.text,
        score: found.score,
        diff: diffWords(previous, found.block.text),
      });
      previous = found.block.text;
    });
    return entries;
  }
}
