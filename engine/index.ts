/** The engine's front door: every other layer imports from here, never a deep path. */
export type { Block, BlockKind, DiffOp, FrontMatter, ParsedDocument, Sentence, WordDiff } from './types';
export { parseDocument, type ParseOptions, type SourceFormat } from './parseDocument';
export { segmentSentences, type SegmentOptions, type SentenceSpan } from './segmentSentences';
export { diffWords, newTextOf, oldTextOf, type WordDiffOptions } from './wordDiff';
export {
  AlignmentCache,
  PrecedentIndex,
  alignDraft,
  type AlignmentStatus,
  type BlockAlignment,
  type DraftAlignment,
  type DroppedBlock,
  type PrecedentMatch,
  type PriorStatement,
} from './alignDraft';
export { findCommitments, findMarker, reportsProgress, type Commitment, type Firmness, type MarkerMatch } from './findCommitments';
export { trackCommitments, type CommitmentFate, type Fate, type TrackOptions } from './trackCommitments';
export { compareRevisions, type OperationType, type RevisionCompare, type RevisionOperation } from './compareRevisions';
export {
  compareCovers,
  coverFromFrontMatter,
  describeMarks,
  readCouncilNoteCover,
  type CouncilNoteCover,
  type RevisionMark,
  type RevisionMarkKind,
} from './readCouncilNoteCover';
export { LineageIndex, type LineageDocument, type LineageEntry } from './traceLineage';
export { IncrementalParser } from './IncrementalParser';
export { findDraftingChecks, type DraftingCheck } from './findDraftingChecks';
export { statementTemplate } from './statementTemplate';
export { statementBlocks } from './statementBlocks';
