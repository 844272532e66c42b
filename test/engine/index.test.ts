import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index';

describe('the engine front door', () => {
  it('exports exactly its public API (a change here is a change of contract)', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'AlignmentCache',
      'EMPTY_DOCUMENT',
      'IMPORTED_EXTENSIONS',
      'IncrementalParser',
      'LINK_FEATURES',
      'LINK_MODEL',
      'LineageIndex',
      'PrecedentIndex',
      'SCRIPT_NAMES',
      'TEXT_FORMATS',
      'alignDraft',
      'alreadyInCorpusMessage',
      'blockRoles',
      'cannotRead',
      'compareCovers',
      'compareRevisions',
      'coverFromFrontMatter',
      'decodeDocumentBytes',
      'describeMarks',
      'diffWords',
      'documentFingerprint',
      'dominantScript',
      'extensionOf',
      'fileTypeProblem',
      'findCommitments',
      'findDraftingChecks',
      'findMarker',
      'findSameDocument',
      'languageMismatch',
      'linkCandidates',
      'namedThings',
      'newTextOf',
      'oldTextOf',
      'parseDocument',
      'readCouncilNoteCover',
      'segmentSentences',
      'statementBlocks',
      'statementTemplate',
      'topicLabel',
      'trackCommitments',
    ]);
  });
});
