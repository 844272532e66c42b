import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKER_PATTERNS, findMarkers, leadOf, mayHoldMarker } from '../../engine/findCommitments';
import { parseDocument } from '../../engine/index';
import { sharedDir } from '../support/gold';

const corpusDirectory = new URL('../../corpus/', import.meta.url);
const sentences = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => parseDocument(readFileSync(new URL(name, corpusDirectory), 'utf8')).blocks.flatMap((block) => block.sentences.map((s) => s.text)));

describe('a sentence is read for commitment markers only when some rule could start in it', () => {
  it('reads a rule’s first words up to its first look-behind or white space outside groups', () => {
    expect(leadOf(String.raw`\b(?:will|shall)(?<!\bwhich\s+(?:will|shall))\s+\w+`)).toBe(String.raw`\b(?:will|shall)`);
    expect(leadOf(String.raw`\b(?:the\s+need)(?<=x)\s+to`)).toBe(String.raw`\b(?:the\s+need)`);
    expect(leadOf(String.raw`\b(?:re)?(?:affirm|confirm)\w*\s+(?:their|the)`)).toBe(String.raw`\b(?:re)?(?:affirm|confirm)\w*`);
    expect(leadOf(String.raw`\bcommitted\s+to`)).toBe(String.raw`\bcommitted`);
    expect(leadOf(String.raw`\b[\s(]x\s+y`)).toBe(String.raw`\b[\s(]x`);
    // A rule that opens with a look-behind (a fragment under a work programme's label) is led by the look-behind's lead.
    expect(leadOf(String.raw`(?<=\b(?:next\s+steps?|way\s+forward)\s*:(?:[^.:]*;)?\s*)(?:to\s+)?\p{L}+`)).toBe(String.raw`\b(?:next\s+steps?|way\s+forward)`);
  });

  it('every match of every rule in the corpus starts with that rule’s first words', () => {
    let matches = 0;
    for (const pattern of MARKER_PATTERNS) {
      const lead = new RegExp(`^(?:${leadOf(pattern.source)})`, 'iu');
      for (const sentence of sentences) {
        for (const match of sentence.matchAll(new RegExp(pattern.source, 'giu'))) {
          matches++;
          expect(lead.test(sentence.slice(match.index))).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('says a sentence may hold a marker whenever some rule matches in it, in the corpus and in the gold draft', () => {
    const draft = parseDocument(readFileSync(new URL('gold/draft-2027a.md', sharedDir), 'utf8')).blocks.flatMap((block) => block.sentences.map((s) => s.text));
    let matched = 0;
    let rejected = 0;
    for (const sentence of [...sentences, ...draft]) {
      const some = MARKER_PATTERNS.some((pattern) => new RegExp(pattern.source, 'iu').test(sentence));
      if (some) matched++;
      if (!mayHoldMarker(sentence)) rejected++;
      if (some) expect(mayHoldMarker(sentence)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(10);
  });

  it('a sentence with none of the rules’ first words holds no marker, and one with a marker is still read', () => {
    expect(findMarkers('Line 12 of a long list of paragraphs about cooperation 12.')).toEqual([]);
    expect(findMarkers('Both sides welcomed the progress made on data flows.')).toEqual([]);
    expect(findMarkers('Both sides will continue cooperation on AI.').map((m) => m.marker)).toEqual(['will continue cooperation']);
    expect(findMarkers('They STAND READY TO support it.').map((m) => m.marker)).toEqual(['STAND READY TO support']);
  });
});
