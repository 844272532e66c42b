/**
 * A hurried drafter misspells the marker verbs ("commited to continu",
 * "welcommed", "reafirmed", "there intension to"): the engine reads them as
 * a careful reader does, never rewrites an English word, and quotes the
 * draft's own words and offsets.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, findCommitments, findMarker, parseDocument, statementBlocks, trackCommitments } from '../../engine/index';
import { MARKER_WORDS, readMarkerSpelling, withinOneEdit } from '../../engine/markerSpelling';
import { readClauses } from '../../engine/readClauses';
import { formatMarkerSpellings, markerSpellingsPath, markerSpellingsTable, readMarkerSpellingsSources } from '../../scripts/buildMarkerSpellings';

describe('a misspelt marker verb is read as the marker it stands for', () => {
  it.each([
    ['To this end, both sides commited to continu advancing their partnership.', 'commited to continu', 'committed to continue', 'firm'],
    ['They commited to continuing the information exchange on supply chain resilience.', 'commited to continuing', 'committed to continuing', 'firm'],
    ['Both sides remain commited to evolve Data Free Flow with Trust.', 'remain commited to evolve', 'remain committed to evolve', 'firm'],
    ['Both sides reafirmed their commitment to operationalising DFFT.', 'reafirmed their commitment to operationalising', 'reaffirmed their commitment to operationalising', 'firm'],
    ['Both sides reafirmed their leadership in global AI governance, commiting to further advance trustworthy AI.', 'commiting to further advance', 'committing to further advance', 'firm'],
    ['They also confirmed there intension to intensify the talks on the adequacy decision.', 'intension to intensify', 'intention to intensify', 'firm'],
    ['Both sides will continu to cooperate on cyber capacity building.', 'will continu to cooperate', 'will continue to cooperate', 'firm'],
    ['Both sides may also consder adressing challenges posed by non-market policies.', 'may also consder', 'may also consider', 'tentative'],
  ])('%s', (sentence, marker, readAs, firmness) => {
    const found = findMarker(sentence);
    expect(found).toMatchObject({ marker, readAs, firmness });
    expect(sentence.slice(found!.index, found!.index + found!.marker.length)).toBe(marker);
  });

  it('reads "welcommed" as a report of what was done, quoting the draft\'s word', () => {
    const sentence = 'Both sides welcommed the signing of the Cooperation Arrangement on AI research in October 2026.';
    const [clause] = readClauses(sentence);
    expect(clause).toMatchObject({ kind: 'progress', phrase: 'welcommed', phraseAt: sentence.indexOf('welcommed') });
  });

  it('leaves a marker spelt aright as it was, with no reading of its own', () => {
    expect(findMarker('To this end, both sides committed to continue advancing their partnership.')).toEqual({ marker: 'committed to continue', firmness: 'firm', report: false, index: 24 });
  });
});

describe('an English word is never read as a marker word', () => {
  it.each([
    'The committee will meet in the continent next year.',
    'Both sides discussed intensive research on the intension of legal terms.',
    'The intention of the conveyor is to deride the hostel.',
    'Both sides conformed to the decades-old convention of the convener.',
    'The ASEAN–Japan Cybersecurity Capacity Building Centre was opened.',
  ])('%s', (sentence) => {
    expect(readMarkerSpelling(sentence)).toBeNull();
  });

  it('reads "intension" as "intention" only before a verb\'s "to"', () => {
    expect(readMarkerSpelling('They stressed the intension of the term.')).toBeNull();
    expect(readMarkerSpelling('They confirmed their intension to intensify the talks.')?.text).toBe('They confirmed their intention to intensify the talks.');
  });

  it('reads no word two edits from a marker word, nor one whose first letter differs', () => {
    expect(readMarkerSpelling('Both sides comitted to cooperate.')?.text).toBe('Both sides committed to cooperate.');
    expect(readMarkerSpelling('Both sides comitedd to cooperate.')).toBeNull();
    expect(readMarkerSpelling('Both sides xommitted to cooperate.')).toBeNull();
  });

  it('tells one edit from two', () => {
    const table: Array<[string, string, boolean]> = [
      ['commited', 'committed', true],
      ['committted', 'committed', true],
      ['comimtted', 'committed', true],
      ['intension', 'intention', true],
      ['continu', 'continue', true],
      ['committed', 'committed', false],
      ['comitedd', 'committed', false],
      ['continent', 'continue', false],
    ];
    for (const [a, b, one] of table) expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(one);
  });
});

describe('a draft with misspelt markers, as cards and align --json quote it', () => {
  const prior = { blocks: statementBlocks(parseDocument('# Joint Statement\n\nTo this end, both sides committed to continue advancing their partnership from policy alignment to concrete actions.\n\nBoth sides decided to exchange best practices on AI adoption in the public sector.\n')) };
  const draftText = '# Joint Statement\n\nTo this end, both sides commited to continu advancing their partnership from policy alignment to concrete actions.\n\nBoth sides welcommed the first exchange of best practices on AI adoption in the public sector held in November 2026.\n';
  const draft = { blocks: statementBlocks(parseDocument(draftText)) };

  it('quotes the draft\'s own sentence and marker, at the draft\'s own offsets', () => {
    const [commitment] = findCommitments(draft.blocks);
    expect(commitment).toMatchObject({ marker: 'commited to continu', readAs: 'committed to continue', firmness: 'firm' });
    expect(draftText.slice(commitment.start, commitment.end)).toBe(commitment.sentence);
    expect(commitment.sentence).toContain('commited to continu advancing');
  });

  it('keeps the commitment restated in the same marker, and reads the welcomed exchange as progress', () => {
    const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
    expect(fates.map((f) => [f.fate, f.draftMarker, f.markerChanged])).toEqual([
      ['restated', 'commited to continu', undefined],
      ['progressed', 'welcommed', undefined],
    ]);
  });
});

describe('the checked-in list of English words near the marker words', () => {
  it('is what `npm run markers` builds from WordNet, byte for byte, for the engine\'s marker words', () => {
    const text = readFileSync(markerSpellingsPath, 'utf8');
    expect(formatMarkerSpellings(markerSpellingsTable(readMarkerSpellingsSources()))).toBe(text);
    expect(JSON.parse(text).markers).toEqual(MARKER_WORDS);
  });

  it('holds the English words one edit from a marker word, and not the slips', () => {
    const { known } = JSON.parse(readFileSync(markerSpellingsPath, 'utf8')) as { known: string[] };
    expect(known).toEqual(expect.arrayContaining(['committee', 'intension', 'intent', 'conform', 'decade', 'resolver']));
    for (const slip of ['commited', 'commiting', 'welcommed', 'reafirmed', 'continu', 'concured', 'welcomeed']) expect(known).not.toContain(slip);
  });

  it('stays small enough to ship with the engine (under 10 KB)', () => {
    expect(statSync(markerSpellingsPath).size).toBeLessThan(10 * 1024);
  });
});
