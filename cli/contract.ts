/**
 * The JSON the command line prints: a contract other tools read, so its keys
 * are exactly these and nothing else.
 */
import type { Block, BlockAlignment, CommitmentFate, DroppedBlock, Commitment, LineageEntry, RevisionCompare, WordDiff } from '../engine/index';

export interface BlockJson {
  index: number;
  kind: Block['kind'];
  text: string;
  start: number;
  end: number;
  section: string[];
}

export const blockJson = (block: Block): BlockJson => ({
  index: block.index,
  kind: block.kind,
  text: block.text,
  start: block.start,
  end: block.end,
  section: block.section,
});

export const documentJson = (file: string, blocks: readonly Block[]) => ({ file, blocks: blocks.map(blockJson) });

/** Scores to four decimals: more is noise, and it keeps the output stable across machines. */
const round = (score: number): number => Math.round(score * 10_000) / 10_000;

const diffJson = (diff: WordDiff): WordDiff => diff.map(([op, text]) => [op, text]);

export const alignmentJson = (alignment: BlockAlignment) => ({
  block: alignment.block,
  status: alignment.status,
  matches: alignment.matches.map((match) => ({
    prior: match.prior,
    block: match.block,
    score: round(match.score),
    // Added to the contract: why this block is a precedent (the link model's probability, shared names, sentences continued).
    evidence: {
      probability: round(match.evidence.probability),
      sharedNames: match.evidence.sharedNames,
      sentences: match.evidence.sentences.map(({ draft, prior, score }) => ({ draft, prior, score: round(score) })),
      role: match.evidence.role,
      // Only where a rule, not the link model, joined the precedent (its probability is then under even odds).
      ...(match.evidence.joinedBy ? { joinedBy: match.evidence.joinedBy } : {}),
    },
  })),
  diff: diffJson(alignment.diff),
  reason: alignment.reason,
});

export const droppedJson = (dropped: DroppedBlock) => ({ prior: dropped.prior, block: dropped.block, about: dropped.about });

export const commitmentFateJson = (fate: CommitmentFate) => ({
  prior: fate.prior,
  block: fate.block,
  sentence: fate.sentence,
  marker: fate.marker,
  firmness: fate.firmness,
  fate: fate.fate,
  draftBlock: fate.draftBlock,
});

export const commitmentJson = (commitment: Commitment) => ({
  block: commitment.block,
  sentence: commitment.sentence,
  start: commitment.start,
  end: commitment.end,
  marker: commitment.marker,
  firmness: commitment.firmness,
});

export const compareJson = (compare: RevisionCompare) => ({
  header: compare.header,
  operations: compare.operations.map((operation) => ({
    type: operation.type,
    old: operation.old,
    new: operation.new,
    diff: diffJson(operation.diff),
  })),
  summary: compare.summary,
});

export const lineageEntryJson = (entry: LineageEntry) => ({
  file: entry.file,
  title: entry.title,
  date: entry.date,
  block: entry.block,
  text: entry.text,
  score: round(entry.score),
  diff: diffJson(entry.diff),
});
