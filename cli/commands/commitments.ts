import { findCommitments } from '../../engine/index';
import { commitmentJson } from '../contract';
import { paint, type Style } from '../style';
import type { InputDocument } from '../inputs';

export function commitmentsReport(input: InputDocument, style: Style): string {
  const commitments = findCommitments(input.document.blocks);
  const lines = commitments.map((c) => {
    const firmness = paint(style, c.firmness === 'firm' ? 'green' : 'yellow', c.firmness.padEnd(9));
    return `${String(c.block).padStart(4)}  ${firmness} ${paint(style, 'bold', c.marker)}\n      ${c.sentence}`;
  });
  return [`${input.file}: ${commitments.length} commitments`, ...lines].join('\n');
}

export const commitmentsJson = (input: InputDocument) => ({
  file: input.file,
  commitments: findCommitments(input.document.blocks).map(commitmentJson),
});
