/**
 * Large inputs made from the real statements: a corpus of 1,000 statements
 * (the real ones repeated with varied wording) and a long document for
 * revision compare. Seeded, so every run measures the same inputs.
 */
import { mulberry32 } from '../test/fixtures/revisionPairs';
import type { Block, PriorStatement } from '../engine/index';

/** Pairs of interchangeable wordings; either direction is applied. */
const VARIANTS: Array<[string, string]> = [
  ['both sides', 'the EU and Japan'], ['cooperation', 'collaboration'], ['will', 'intend to'], ['further', 'additionally'],
  ['welcomed', 'appreciated'], ['confirmed', 'reaffirmed'], ['importance', 'significance'], ['enhance', 'strengthen'],
  ['digital', 'online'], ['research', 'study'], ['promote', 'foster'], ['ensure', 'guarantee'], ['progress', 'advances'],
  ['secure', 'safe'], ['initiative', 'effort'], ['partners', 'allies'], ['exchange', 'share'], ['explore', 'examine'],
  ['meeting', 'session'], ['framework', 'structure'], ['technologies', 'techniques'], ['global', 'worldwide'],
];

function vary(text: string, random: () => number): string {
  let out = text;
  for (const [a, b] of VARIANTS) {
    if (random() < 0.4) out = out.replaceAll(a, b);
    else if (random() < 0.2) out = out.replaceAll(b, a);
  }
  // A number of its own makes each copy a distinct statement, as each year's is.
  return out.replace(/\b(20\d\d)\b/gu, () => String(1990 + Math.floor(random() * 60)));
}

/** `count` statements cycling through `statements`, each block reworded at random. */
export function growCorpus(statements: ReadonlyArray<{ blocks: readonly Block[] }>, count: number, seed = 1): PriorStatement[] {
  const random = mulberry32(seed);
  const grown: PriorStatement[] = [];
  for (let i = 0; i < count; i++) {
    const source = statements[i % statements.length];
    const blocks = source.blocks.map((block) => ({ ...block, text: vary(block.text, random), sentences: [] }));
    grown.push({ blocks, date: `${1900 + Math.floor(i / 10)}-01-01` });
  }
  return grown;
}

/** A Markdown document of at least `words` words, from the statements' blocks reworded copy after copy. */
export function longDocument(statements: ReadonlyArray<{ blocks: readonly Block[] }>, words: number, seed = 2): string {
  const random = mulberry32(seed);
  const parts: string[] = [];
  let count = 0;
  for (let copy = 0; count < words; copy++) {
    for (const block of statements[copy % statements.length].blocks) {
      const text = `${vary(block.text, random)}`;
      parts.push(block.kind === 'heading' ? `## ${text} (${copy})` : block.kind === 'listItem' ? `- ${text}` : text);
      count += text.split(/\s+/u).length;
    }
  }
  return parts.join('\n\n') + '\n';
}
