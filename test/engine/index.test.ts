import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index';

describe('the engine front door', () => {
  it('exports exactly its public API (a change here is a change of contract)', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'AlignmentCache',
      'IncrementalParser',
      'LINK_FEATURES',
      'LINK_MODEL',
      'LineageIndex',
      'PrecedentIndex',
      'agreedWordingOf',
      'alignDraft',
      'blockRoles',
      'compareCovers',
      'compareRevisions',
      'coverFromFrontMatter',
      'describeMarks',
      'diffWords',
      'documentTitle',
      'droppedFromLatest',
      'findCommitments',
      'findDraftingChecks',
      'findMarker',
      'isBareLabel',
      'latestPriorOf',
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
