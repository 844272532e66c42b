/**
 * A report as a Word document with real tracked changes: the body is the
 * later version in reading order (the new revision, or the draft), and
 * Word's "Accept all" gives it while "Reject all" gives the earlier one (the
 * old revision, or the precedents' wording). The only file that imports `docx`.
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
import type { DiffPiece, Report, ReportEntry } from './report';

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

/**
 * The report as a .docx with tracked changes by "Precedent", dated with the
 * report's date, and its classification in the page header. Labels and notes
 * are not written: the tracked changes say it in Word's own terms.
 */
export async function exportReportDocx(report: Report): Promise<Buffer> {
  // Word writes revision dates without milliseconds.
  const revision = { author: AUTHOR, date: report.date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  let nextId = 1;
  const change = () => ({ ...revision, id: nextId++ });

  /*
   * A paragraph only in the later version has all its words inserted, those
   * its revision dropped inserted then deleted (marking its unchanged words
   * as plain text would make "Reject all" print a moved block twice); one
   * only in the earlier version has all its words deleted.
   */
  const runOf = (piece: DiffPiece, presence: ReportEntry['presence']): ParagraphChild | null => {
    if (piece.text.length === 0) return null;
    if (presence === 'removed') return piece.change === 'inserted' ? null : new DeletedTextRun({ text: piece.text, ...change() });
    if (presence === 'added') {
      return piece.change === 'deleted' ? new InsertedThenDeletedTextRun(piece.text, change(), change()) : new InsertedTextRun({ text: piece.text, ...change() });
    }
    return piece.change === 'equal'
      ? new TextRun(piece.text)
      : piece.change === 'inserted'
        ? new InsertedTextRun({ text: piece.text, ...change() })
        : new DeletedTextRun({ text: piece.text, ...change() });
  };

  const paragraphs = report.entries.map((entry) => {
    const children = entry.pieces.map((piece) => runOf(piece, entry.presence)).filter((run): run is ParagraphChild => run !== null);
    // The paragraph mark is tracked too, so that accepting a deletion (or rejecting an insertion) leaves no empty paragraph.
    const markRun = entry.presence === 'added' ? { run: { insertion: change() } } : entry.presence === 'removed' ? { run: { deletion: change() } } : {};
    return new Paragraph({ ...styleOf(entry.block), ...markRun, children });
  });

  const header = report.classification
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.classification, bold: true })] })] }) }
    : undefined;

  const document = new Document({
    title: report.title,
    creator: AUTHOR,
    sections: [{ ...(header ? { headers: header } : {}), children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

function styleOf(block: ReportEntry['block']): Partial<IParagraphOptions> {
  if (block.kind === 'heading') return { heading: HEADINGS[Math.min(Math.max(block.level, 1), 6) - 1] };
  if (block.kind === 'listItem') return { bullet: { level: Math.min(Math.max(block.level - 1, 0), 8) } };
  return {};
}
