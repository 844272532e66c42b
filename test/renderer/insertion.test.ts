import { describe, expect, it } from 'vitest';
import { blockInsertion, insertionPoint } from '../../renderer/editor/insertion';
import { parseDocument } from '../../engine/index';

/** The draft with `markdown` inserted where `|` stands. */
function insert(draft: string, markdown: string): string {
  const at = draft.indexOf('|');
  const before = draft.slice(0, at);
  const after = draft.slice(at + 1);
  return before + blockInsertion(before, after, markdown) + after;
}

const ITEM = '- **Electronic Signatures:** Both sides have initiated contact.';

describe('a list item inserted into a list joins it, with no blank line', () => {
  it.each([
    ['at the end of an item', '- **A:** One.|\n- **B:** Two.\n', '- **A:** One.\n- **Electronic Signatures:** Both sides have initiated contact.\n- **B:** Two.\n'],
    ['at the end of the last item, before a paragraph', '- **A:** One.|\n\nBoth sides met.\n', '- **A:** One.\n- **Electronic Signatures:** Both sides have initiated contact.\n\nBoth sides met.\n'],
    ['at the start of an item', '- **A:** One.\n|- **B:** Two.\n', '- **A:** One.\n- **Electronic Signatures:** Both sides have initiated contact.\n- **B:** Two.\n'],
    ['on the blank line after a list', '- **A:** One.\n|\nBoth sides met.\n', '- **A:** One.\n- **Electronic Signatures:** Both sides have initiated contact.\n\nBoth sides met.\n'],
    ['at the end of the draft, after an item', '- **A:** One.|', '- **A:** One.\n- **Electronic Signatures:** Both sides have initiated contact.'],
    ['into a nested list, at its indentation', '- **AI:**\n  - **A:** One.|\n  - **B:** Two.\n', '- **AI:**\n  - **A:** One.\n  - **Electronic Signatures:** Both sides have initiated contact.\n  - **B:** Two.\n'],
  ])('%s', (_, draft, expected) => {
    const result = insert(draft, ITEM);
    expect(result).toBe(expected);
    // One list: the items stand on consecutive lines, none of them a paragraph.
    expect(parseDocument(result).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(parseDocument(draft.replace('|', '')).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  });
});

describe('a paragraph stands apart by blank lines', () => {
  it.each([
    ['between paragraphs, on the blank line', 'One.\n|\nTwo.\n', 'One.\n\nBoth sides met.\n\nTwo.\n'],
    ['at the end of a paragraph', 'One.|\n\nTwo.\n', 'One.\n\nBoth sides met.\n\nTwo.\n'],
    ['at the end of the draft', 'One.\n|', 'One.\n\nBoth sides met.\n'],
    ['in an empty draft', '|', 'Both sides met.\n'],
    ['after a list item', '- **A:** One.|\n', '- **A:** One.\n\nBoth sides met.\n'],
  ])('%s', (_, draft, expected) => {
    expect(insert(draft, 'Both sides met.')).toBe(expected);
  });

  it('a list item inserted between paragraphs is a list of its own', () => {
    expect(insert('One.\n|\nTwo.\n', ITEM)).toBe(`One.\n\n${ITEM}\n\nTwo.\n`);
  });
});

describe('a cursor inside a line puts the block after that line', () => {
  const draft = '- **A:** One two.\n- **B:** Three.\n';
  it.each([
    ['in the middle of an item', draft.indexOf('two'), draft.indexOf('\n')],
    ['at the end of an item', draft.indexOf('\n'), draft.indexOf('\n')],
    ['at the start of a line: before it', draft.indexOf('- **B'), draft.indexOf('- **B')],
    ['at the end of the draft', draft.length, draft.length],
  ])('%s', (_, offset, expected) => {
    expect(insertionPoint(draft, offset)).toBe(expected);
  });

  it('an item inserted from the middle of another follows it whole', () => {
    const at = insertionPoint(draft, draft.indexOf('two'));
    const result = draft.slice(0, at) + blockInsertion(draft.slice(0, at), draft.slice(at), ITEM) + draft.slice(at);
    expect(result).toBe(`- **A:** One two.\n${ITEM}\n- **B:** Three.\n`);
  });
});
