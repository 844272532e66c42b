/**
 * A negotiating text read as what both sides would be committed to however
 * its open points are settled (draft 2027ac, written blind): the weaker
 * alternative, a passage bracketed alone as absent, a placeholder as
 * present; and the cards still quote the draft's own words.
 */
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, parseDocument, trackCommitments } from '../../engine/index';
import { findMarkers } from '../../engine/findCommitments';
import { bracketReadings } from '../../engine/negotiatingBrackets';

const read = (sentence: string) => {
  let text = '';
  let from = 0;
  for (const { start, end, word } of bracketReadings(sentence)) {
    text += sentence.slice(from, start) + word;
    from = end;
  }
  return text + sentence.slice(from);
};

describe('the brackets of a negotiating text', () => {
  it.each([
    ['alternatives: the first when none is weaker', 'both sides [will][intend to] enhance cooperation', 'both sides will enhance cooperation'],
    ['alternatives: the weaker', 'both sides [will explore][could explore] a joint call', 'both sides could explore a joint call'],
    ["each side's text, without its label", 'both sides [EU: will launch][JP: may consider] a call', 'both sides may consider a call'],
    ['a deletion asked for: absent', 'trustworthy AI [that respects human rights][JP: delete, covered by "human-centric"] and', 'trustworthy AI  and'],
    ['a passage bracketed alone: absent', 'both sides will [continue to] encourage more governments', 'both sides will  encourage more governments'],
    ['a placeholder for a date: present', 'the Cyber Dialogue, held in [Tokyo in March 2027].', 'the Cyber Dialogue, held in Tokyo in March 2027.'],
    ['a placeholder for a name: present', 'the [Joint Working Group] met twice', 'the Joint Working Group met twice'],
    ["a paragraph's status and a side's comment: absent", '[Agreed] Both sides welcomed the launch [JP: to be checked].', ' Both sides welcomed the launch .'],
  ])('%s', (_, sentence, reading) => {
    expect(read(sentence)).toBe(reading);
  });

  it('leaves links and footnote marks alone', () => {
    expect(bracketReadings('See [the statement](https://example.org) and the note[^1].')).toEqual([]);
  });

  it("reads a bracketed marker as the text stands, quoting the draft's own words", () => {
    const [marker] = findMarkers('Reaffirming this strong bond, both sides [will][intend to] continue leveraging their strengths.');
    expect(marker.marker).toBe('[will][intend to] continue leveraging');
    expect(marker.firmness).toBe('firm');
    expect(findMarkers('[Furthermore, both sides expressed their intention to extend this cooperation to ASEAN.]')).toEqual([]);
  });

  it('drops a commitment whose sentence the draft holds only in brackets, and weakens one left with its weaker alternative', () => {
    const prior = parseDocument(
      'Both sides expressed their intention to extend this cooperation to third countries, including ASEAN.\n\nBoth sides will support the Arctic route to reduce latency.',
    );
    const draft = parseDocument(
      '[Furthermore, both sides expressed their intention to extend this cooperation to third countries, including ASEAN.]\n\nBoth sides [will support][may consider supporting] the Arctic route to reduce latency.',
    );
    const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
    expect(fates.map((f) => f.fate)).toEqual(['dropped', 'weakened']);
  });
});
