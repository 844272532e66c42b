/** The engine's front door: every other layer imports from here, never a deep path. */
export type { Block, BlockKind, DiffOp, FrontMatter, ParsedDocument, Sentence, WordDiff } from './types';
export { parseDocument, type ParseOptions, type SourceFormat } from './parseDocument';
export { segmentSentences, type SegmentOptions, type SentenceSpan } from './segmentSentences';
export { diffWords, newTextOf, oldTextOf, type WordDiffOptions } from './wordDiff';
export {
  AlignmentCache,
  alignDraft,
  linkCandidates,
  type AlignOptions,
  type AlignedMatch,
  type AlignmentStatus,
  type BlockAlignment,
  type DraftAlignment,
  type DroppedBlock,
  type LinkCandidate,
  type MatchEvidence,
  type SentenceLink,
} from './alignDraft';
export { agreedWordingOf } from './agreedWording';
export { isBareLabel } from './bareLabel';
export { PrecedentIndex, type PrecedentMatch, type PriorStatement } from './PrecedentIndex';
export { LINK_FEATURES, type LinkFeatureName, type LinkFeatures } from './linkFeatures';
export { LINK_MODEL, type LinkModel } from './linkModel';
export { blockRoles, type BlockRole } from './blockRoles';
export { namedThings, topicLabel, type NamedThings } from './namedThings';
export { findCommitments, findMarker, type Commitment, type Firmness, type MarkerMatch } from './findCommitments';
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
export { findDraftingChecks, type DraftingCheck, type PreviousStatement } from './findDraftingChecks';
export { statementTemplate } from './statementTemplate';
export { statementBlocks } from './statementBlocks';
export { agreedLanguage, droppedAgreedLanguage, droppedFromLatest, latestPriorOf, type DatedPrior, type DroppedFromLatest } from './droppedFromLatest';
export { documentTitle } from './documentTitle';
export { dominantScript, languageMismatch, SCRIPT_NAMES, type LanguageMismatch, type Script } from './draftLanguage';
export { alreadyInCorpusMessage, documentFingerprint, findSameDocument } from './sameDocument';
export { cannotRead, decodeDocumentBytes, EMPTY_DOCUMENT, extensionOf, fileTypeProblem, IMPORTED_EXTENSIONS, TEXT_FORMATS } from './documentFiles';
