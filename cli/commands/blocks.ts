import { documentJson } from '../contract';
import { paint, type Style } from '../style';
import type { InputDocument } from '../inputs';

export function blocksReport(input: InputDocument, style: Style): string {
  const lines = input.document.blocks.map((block) => {
    const where = paint(style, 'dim', `${block.start}-${block.end}`);
    const label = paint(style, block.kind === 'heading' ? 'bold' : 'cyan', block.kind.padEnd(9));
    return `${String(block.index).padStart(4)}  ${label} ${where}  ${block.text}`;
  });
  return [`${input.file}: ${input.document.blocks.length} blocks`, ...lines].join('\n');
}

export const blocksJson = (input: InputDocument) => documentJson(input.file, input.document.blocks);
