import { describe, expect, it } from 'vitest';
import { isBareLabel, parseDocument } from '../../engine/index';

const blockOf = (markdown: string) => parseDocument(markdown).blocks.find((block) => block.kind !== 'heading')!;

describe('a bare label item is a list item that says nothing but its label', () => {
  it.each([
    ['- **Artificial Intelligence (AI):**', true],
    ['- **Quantum Technology:**\n  - **Research:** Both sides will cooperate.', true],
    ['- Submarine Cables:', true],
    ['- **Artificial Intelligence (AI):** Both sides reaffirmed their commitment to safe AI.', false],
    ['Both sides agreed on the following:', false],
    ['- **1\\. Boosting competitiveness, innovation and resilience in emerging technologies**', false],
    ['On AI, both sides reaffirmed their shared commitment.', false],
    ['# Artificial Intelligence (AI):', false],
  ])('%j → %s', (markdown, bare) => {
    const block = markdown.startsWith('#') ? parseDocument(markdown).blocks[0] : blockOf(markdown);
    expect(isBareLabel(block)).toBe(bare);
  });
});
