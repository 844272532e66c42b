/**
 * A revision compare as a Word document with real tracked changes: the body
 * is the new version in reading order, and Word's "Accept all" gives the new
 * text while "Reject all" gives the old one. The only file that imports `docx`.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, RevisionCompare, RevisionOperation, WordDiff } from '../engine/index';

/** What an export of a comparison is made from (also the input of the HTML report). */
export interface ComparisonExport {
  oldBlocks: Block[];
  newBlocks: Block[];
  compare: RevisionCompare;
  /** Shown as the document's title (its properties in Word, the heading of the HTML report). */
  title: string;
  /** A marking such as "RESTRICTED", put on every page; none when null or absent. */
  classification?: string | null;
  /** The date of every tracked change. */
  date: Date;
}

/** The author Word shows on every tracked change. */
const AUTHOR = 'Precedent';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

type Revision = { id: number; author: string; date: string };

/**
 * Words inserted and then deleted, as Word itself writes them (a w:del inside
 * a w:ins): shown struck through, gone after "Accept all" and after "Reject
 * all". `docx` has no such run: this is its inserted run (w:ins and its
 * attributes, first in `root`) with the plain run swapped for a deleted one.
 */
class InsertedThenDeletedTextRun extends InsertedTextRun {
  constructor(text: string, insertion: Revision, deletion: Revision) {
    super({ text: '', ...insertion });
    this.root.splice(1, this.root.length - 1, new DeletedTextRun({ text, ...deletion }));
  }
}

/** One paragraph of the body: which block gives its style, and how its text is marked. */
type Piece =
  | { mark: 'diff'; block: Block; diff: WordDiff }
  | { mark: 'inserted'; block: Block; text: string }
  | { mark: 'movedHere'; block: Block; diff: WordDiff }
  | { mark: 'deleted'; block: Block; text: string };

export async function exportComparisonDocx(input: ComparisonExport): Promise<Buffer> {
  // Word writes revision dates without milliseconds.
  const revision = { author: AUTHOR, date: input.date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  let nextId = 1;
  const change = () => ({ ...revision, id: nextId++ });

  const runsOf = (piece: Piece): ParagraphChild[] => {
    if (piece.mark === 'inserted') return piece.text ? [new InsertedTextRun({ text: piece.text, ...change() })] : [];
    if (piece.mark === 'deleted') return piece.text ? [new DeletedTextRun({ text: piece.text, ...change() })] : [];
    if (piece.mark === 'movedHere') {
      return piece.diff
        .filter(([, text]) => text.length > 0)
        .map(([op, text]) => (op === -1 ? new InsertedThenDeletedTextRun(text, change(), change()) : new InsertedTextRun({ text, ...change() })));
    }
    return piece.diff
      .filter(([, text]) => text.length > 0)
      .map(([op, text]) =>
        op === 0 ? new TextRun(text) : op === 1 ? new InsertedTextRun({ text, ...change() }) : new DeletedTextRun({ text, ...change() }),
      );
  };

  const paragraphs = bodyOf(input).map((piece) => {
    const children = runsOf(piece);
    // The paragraph mark is tracked too, so that accepting a deletion (or rejecting an insertion) leaves no empty paragraph.
    const markRun =
      piece.mark === 'inserted' || piece.mark === 'movedHere' ? { run: { insertion: change() } } : piece.mark === 'deleted' ? { run: { deletion: change() } } : {};
    return new Paragraph({ ...styleOf(piece.block), ...markRun, children });
  });

  const header = input.classification
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: input.classification, bold: true })] })] }) }
    : undefined;

  const document = new Document({
    title: input.title,
    creator: AUTHOR,
    sections: [{ ...(header ? { headers: header } : {}), children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

function styleOf(block: Block): Partial<IParagraphOptions> {
  if (block.kind === 'heading') return { heading: HEADINGS[Math.min(Math.max(block.level, 1), 6) - 1] };
  if (block.kind === 'listItem') return { bullet: { level: Math.min(Math.max(block.level - 1, 0), 8) } };
  return {};
}

/**
 * The paragraphs of the body. The operations come in the new version's
 * reading order, with deletions where the old block stood; a moved block
 * appears there as inserted, with the words its revision dropped inserted
 * then deleted (marking its unchanged words as plain text would make "Reject
 * all" print them twice), and a deleted copy is put back at its old place:
 * just before the first block kept in place (or deleted) that came after it
 * in the old version.
 */
function bodyOf(input: ComparisonExport): Piece[] {
  const { oldBlocks, newBlocks, compare } = input;
  const movedAway = compare.operations
    .filter((op) => op.type === 'moved')
    .flatMap((op) => op.old)
    .sort((a, b) => a - b);
  let nextMoved = 0;
  const body: Piece[] = [];
  const putBackMovedBefore = (limit: number) => {
    for (; nextMoved < movedAway.length && movedAway[nextMoved] < limit; nextMoved++) {
      const block = oldBlocks[movedAway[nextMoved]];
      body.push({ mark: 'deleted', block, text: block.text });
    }
  };
  for (const op of compare.operations) {
    if (op.type !== 'moved' && op.old.length > 0) putBackMovedBefore(Math.min(...op.old));
    body.push(...piecesOf(op, oldBlocks, newBlocks));
  }
  putBackMovedBefore(Infinity);
  return body;
}

function piecesOf(op: RevisionOperation, oldBlocks: Block[], newBlocks: Block[]): Piece[] {
  switch (op.type) {
    case 'equal':
    case 'changed':
      return op.new.map((index) => ({ mark: 'diff', block: newBlocks[index], diff: op.diff }));
    case 'inserted':
      return op.new.map((index) => ({ mark: 'inserted', block: newBlocks[index], text: newBlocks[index].text }));
    case 'moved':
      return op.new.map((index) => ({ mark: 'movedHere', block: newBlocks[index], diff: op.diff }));
    case 'deleted':
      return op.old.map((index) => ({ mark: 'deleted', block: oldBlocks[index], text: oldBlocks[index].text }));
  }
}
