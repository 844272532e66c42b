/**
 * Paragraphs folded into their neighbour, whose truth is known by
 * construction, so that what a merge by one sentence does to the drops is
 * measured over a hundred cases rather than the one our written draft holds
 * (a drafter folds a short paragraph into the next by one reworded sentence:
 * 2027p's platforms introduction).
 *
 * From each corpus statement, for each paragraph or item followed by another
 * in the same section: one draft with the block taken out and its first
 * sentence, reworded as eval/rewordBlock.ts rewords, put at the start of the
 * next block (after its topic label), where the block is continued, not
 * dropped; and one draft with the block taken out alone, where it is
 * dropped. Date lines and bare labels are left out: they hold no sentence
 * of agreed language to fold.
 */
import { blockRoles, statementBlocks, type Block } from '../engine/index';
import { Dice } from './Dice';
import { readCorpusDocument } from './labelledPairs';
import { rewordBlock } from './rewordBlock';

export interface FoldCase {
  statement: string;
  prior: { blocks: Block[] };
  /** The prior block taken out, and the one it was folded into. */
  folded: Block;
  into: Block;
  /** The draft with the fold, and the draft with the block taken out alone. */
  foldedText: string;
  takenOutText: string;
}

const STATEMENTS = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];
const LABEL = /^([\p{Lu}\p{N}][^:.;!?]{0,70}:\s+)/u;

const markdownOf = (block: Block, text = block.text) => (block.kind === 'heading' ? `## ${text}` : block.kind === 'listItem' ? `- ${text}` : text);

export function foldedParagraphs(): FoldCase[] {
  const dice = new Dice(20261207);
  return STATEMENTS.flatMap((statement) => {
    const blocks = statementBlocks(readCorpusDocument(statement));
    const prior = { blocks };
    const roles = blockRoles(blocks);
    return blocks.flatMap((folded, i): FoldCase[] => {
      const into = blocks[i + 1];
      // A date line is no agreed language (the labels leave it out), and a bare label ("Artificial Intelligence (AI):") holds no sentence to fold.
      if (!into || folded.kind === 'heading' || into.kind === 'heading' || roles.get(folded.index) === 'dateline' || /:\s*$/u.test(folded.text)) return [];
      const first = folded.sentences[0].text.trim();
      const sentence = rewordBlock(first.replace(LABEL, ''), dice)?.markdown ?? first.replace(LABEL, '');
      const label = LABEL.exec(into.text)?.[1] ?? '';
      const others = (replacement: string | null) =>
        blocks
          .flatMap((block) => (block === folded ? [] : block === into && replacement !== null ? [markdownOf(block, replacement)] : [markdownOf(block)]))
          .join('\n\n');
      return [{ statement, prior, folded, into, foldedText: others(`${label}${sentence} ${into.text.slice(label.length)}`), takenOutText: others(null) }];
    });
  });
}
