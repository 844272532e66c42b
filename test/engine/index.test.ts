import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index';

describe('the engine front door', () => {
  it('exports exactly its public API (a change here is a change of contract)', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'AlignmentCache',
      'IncrementalParser',
      'LineageIndex',
      'PrecedentIndex',
      'alignDraft',
      'compareCovers',
      'compareRevisions',
      'coverFromFrontMatter',
      'describeMarks',
      'diffWords',
      'findCommitments',
      'findDraftingChecks',
      'findMarker',
      'newTextOf',
      'oldTextOf',
      'parseDocument',
      'readCouncilNoteCover',
      'reportsProgress',
      'segmentSentences',
      'statementBlocks',
      'statementTemplate',
      'trackCommitments',
    ]);
  });
});
