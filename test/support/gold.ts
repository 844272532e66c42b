/**
 * The labelled alignments and commitments of ../shared/gold, as the
 * evaluation reads them (eval/labelledPairs.ts): tests and `npm run eval`
 * match labels to blocks the same way.
 */
export { corpusDir, findBlockByKey, looseKey, readCorpusDocument, readGold, sharedDir } from '../../eval/labelledPairs';
