/**
 * The text that puts a block (a dropped paragraph or list item) into the
 * draft at the cursor as a block of its own. A paragraph stands apart from
 * its neighbours by a blank line; a list item put beside list items joins
 * their list, on a line of its own at their indentation, with no blank
 * line: "Insert at cursor" wrapped every block in blank lines, and a list
 * item put into a list split it in two.
 */

const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s/u;

const lastLine = (text: string): string => text.slice(text.lastIndexOf('\n') + 1);

/** The block's Markdown moved to `indent` (its nested lines keep their place relative to its first). */
function indented(markdown: string, indent: string): string {
  const own = LIST_ITEM.exec(markdown)?.[1] ?? '';
  return markdown
    .split('\n')
    .map((line) => (line.startsWith(own) ? indent + line.slice(own.length) : line))
    .join('\n');
}

/** What to insert between `before` and `after` (the draft's text on either side of the cursor) to put `markdown` there as a block. */
export function blockInsertion(before: string, after: string, markdown: string): string {
  const block = markdown.replace(/^\n+|\s+$/gu, '');
  const lineBefore = lastLine(before);
  const lineAfter = after.split('\n', 1)[0];
  const startsLine = lineBefore.trim() === '';
  const previousLine = startsLine ? lastLine(before.slice(0, Math.max(0, before.length - lineBefore.length - 1))) : lineBefore;
  // The list at the cursor: the item the cursor is in, or the items on either side of the line it starts.
  const neighbour = startsLine ? (LIST_ITEM.exec(lineAfter) ?? (before.length > lineBefore.length ? LIST_ITEM.exec(previousLine) : null)) : LIST_ITEM.exec(lineBefore);
  if (LIST_ITEM.test(block) && neighbour) {
    // On a line that already holds some white space, the item needs only the rest of the list's indentation.
    const item = indented(block, startsLine ? neighbour[1].slice(Math.min(lineBefore.length, neighbour[1].length)) : neighbour[1]);
    const nextLine = after.split('\n')[1] ?? '';
    const trail =
      after.length === 0 ? '' : after.startsWith('\n') ? (nextLine.trim() === '' || LIST_ITEM.test(nextLine) ? '' : '\n') : LIST_ITEM.test(lineAfter) ? '\n' : '\n\n';
    return `${startsLine ? '' : '\n'}${item}${trail}`;
  }
  const lead = before.length === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.trim() === '' ? (after.startsWith('\n') ? '' : '\n') : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return `${lead}${block}${trail}`;
}

/**
 * Where a block goes for a cursor at `offset`: a cursor inside a line's text
 * (a click in the middle of a paragraph or list item) puts the block after
 * that line rather than cutting it in two; at a line's start, before it.
 */
export function insertionPoint(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return text.slice(offset, end).trim() === '' ? offset : end;
}
