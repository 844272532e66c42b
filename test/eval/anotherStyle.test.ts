/** The other drafting style the eval restyles drafts into, and the sentences it moves between paragraphs. */
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../engine/index';
import { anotherStyleText, sentencesMoved } from '../../eval/anotherStyle';
import { writtenDraftText } from '../../eval/writtenPairs';

const paragraphs = (markdown: string) => markdown.split('\n').filter((line) => /^\s*\d+\. /u.test(line)).map((line) => line.replace(/^\s*\d+\. /u, ''));
const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentences moved between paragraphs', () => {
  const restyled = anotherStyleText(writtenDraftText('2027q'));
  const before = paragraphs(restyled);
  const after = paragraphs(sentencesMoved(restyled));

  it('keeps every paragraph and every sentence, only moved', () => {
    expect(after).toHaveLength(before.length);
    expect(after.flatMap(sentences).sort()).toEqual(before.flatMap(sentences).sort());
  });

  it('moves the last sentence of every second paragraph of several sentences to the start of the next', () => {
    let moves = 0;
    for (let k = 1; k + 1 < before.length; k += 2) {
      const own = sentences(before[k]);
      if (own.length < 2) continue;
      moves++;
      expect(sentences(after[k])).toEqual(own.slice(0, -1));
      expect(after[k + 1].startsWith(own.at(-1)!)).toBe(true);
    }
    expect(moves).toBeGreaterThanOrEqual(5);
  });
});
