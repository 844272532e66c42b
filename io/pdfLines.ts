/**
 * The lines of a PDF's pages, rebuilt from the runs of text pdf.js places:
 * runs on one baseline make a line, a small raised number in it is a footnote
 * mark, a wide gap splits it into cells (the columns of a cover). Running
 * headers and footers (the LIMITE line, the note number, page numbers) are
 * left out. Pure: no pdf.js, so it is tested on hand-made pages.
 */

/** A run of text as pdf.js places it, in PDF points from the page's bottom left corner. */
export interface PdfTextRun {
  text: string;
  /** Left end of the run's baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

// Thresholds, in fractions of the font size unless said otherwise, chosen
// on PDFs printed by Chromium and by LibreOffice from Word documents.

/** Runs whose baselines differ by less than this share a line: a superscript sits 0.3-0.5 higher (LibreOffice: 0.52 of the footnote text). */
const SAME_LINE = 0.6;
/** A footnote mark is at most this size relative to its line, and raised by at least RAISED. */
const MARK_SIZE = 0.85;
const RAISED = 0.15;
/** A gap between runs wider than this is a word space; pdf.js leaves some spaces out. */
const WORD_GAP = 0.15;
/** A gap wider than this splits a line into cells: the two columns of a cover, a footer's parts. */
const CELL_GAP = 2.5;
/** Lines at the same height (within this many points) with the same text on several pages are running headers or footers. */
const RUNNING_Y = 3;
/** ...when they recur on at least this share of the pages (and on two pages at least). */
const RUNNING_SHARE = 0.3;
/** Running headers and footers are among the first and last lines of a page. */
const EDGE_LINES = 3;
/** A page number or a note's footer on a single page is looked for in this share of the page at the top and bottom. */
const EDGE_ZONE = 0.1;
/** A running line is set off from the text by more than this: a paragraph's gap at single spacing. */
const SET_OFF = 1.5;

/** A footnote mark in a line's text, kept apart until the footnotes are known. */
export const MARK = /\uE000(\d+)\uE001/gu;
export const MARK_AT_START = /^\uE000(\d+)\uE001\s*/u;
/** A cell that is a label or a marker belongs with the cell after it ("From:" and its value, "1." and its text). */
const LEAD_CELL = /^(?:[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,3}:|[•●▪■◦○·‣⁃∙►➢➤✓\uF0A7\uF0B7\uF0D8\uF0FC\-–—]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]?|\uE000\d+\uE001)$/u;
/** What a running footer or header of a Council note is made of: note numbers, marks, initials, unit codes, page numbers, LIMITE, EN. */
const RUNNING_TOKEN = /^(?:\d{3,6}\/(?:\d{1,2}\/)?\d{2}|REV|COR|ADD|INIT|\d{1,4}|LIMITE|[A-Z]{2}|[A-Za-z]{2,5}\/[a-z]{2,5}|[A-Z]{2,8}(?:\.[A-Z0-9]{1,4})+|[-–—/]|of|Page|page)$/u;
const RUNNING_ANCHOR = /^(?:\d{3,6}\/(?:\d{1,2}\/)?\d{2}|LIMITE)$/u;
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;

export interface Cell {
  x0: number;
  x1: number;
  text: string;
}

/** A line of a page, top to bottom; `text` holds footnote marks as MARK. */
export interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  cells: Cell[];
  text: string;
}

/** The lines of each page, top to bottom, without running headers and footers. */
export function readLines(pages: readonly PdfPage[]): Line[][] {
  const lines = pages.map((page, index) => linesOf(page, index));
  const running = findRunningLines(lines, pages);
  return lines.map((pageLines) => pageLines.filter((line) => !running.has(line)));
}

function linesOf(page: PdfPage, index: number): Line[] {
  const runs = page.runs
    .map((run) => ({ ...run, text: run.text.replace(/[\uE000\uE001\u0000-\u001f]/gu, ' ') }))
    .filter((run) => run.text.trim().length > 0 && run.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  let base: PdfTextRun | null = null;
  for (const run of runs) {
    if (base && Math.abs(run.y - base.y) <= SAME_LINE * Math.max(run.size, base.size)) {
      groups[groups.length - 1].push(run);
      if (run.size > base.size) base = run;
    } else {
      groups.push([run]);
      base = run;
    }
  }
  return groups.map((group) => buildLine(group, index));
}

/** A line from its runs: footnote marks recognised, words spaced, columns split into cells. */
function buildLine(runs: PdfTextRun[], page: number): Line {
  const main = runs.reduce((best, run) => (run.text.length > best.text.length ? run : best));
  const size = main.size;
  runs.sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  for (const run of runs) {
    const raised = run.size <= MARK_SIZE * size && run.y - main.y >= RAISED * size;
    const digits = run.text.trim();
    const isMark = raised && /^\d{1,3}$/u.test(digits);
    const text = isMark ? `\uE000${digits}\uE001` : run.text;
    const gap = cell ? run.x - cell.x1 : 0;
    if (!cell || (gap > CELL_GAP * size && !LEAD_CELL.test(cell.text.trim()))) {
      cell = { x0: run.x, x1: run.x + run.width, text };
      cells.push(cell);
      continue;
    }
    const spaced = /\s$/u.test(cell.text) || /^\s/u.test(text) || isMark;
    cell.text += !spaced && gap > WORD_GAP * size ? ` ${text}` : text;
    cell.x1 = Math.max(cell.x1, run.x + run.width);
  }
  for (const each of cells) each.text = each.text.replace(/\s+/gu, ' ').trim();
  return { page, y: main.y, size, x0: cells[0].x0, x1: cells[cells.length - 1].x1, cells, text: cells.map((each) => each.text).join(' ') };
}

/** A line's text without its footnote marks. */
export const withoutMarks = (text: string): string => text.replace(MARK, '').trim();

/**
 * Running headers and footers: among the first and last lines of a page, a
 * line found at the same height with the same text (page number aside) on
 * several pages; or, on any page, a page number near the top or bottom edge,
 * or a line of a note's footer ("8288/1/26 REV 1 ... 2", "RELEX.1 LIMITE EN")
 * near the bottom edge (near the top, such a line is the cover's). Either is
 * set off from the text by a wider gap than a paragraph's: a line of the text
 * that happens to recur is not.
 */
function findRunningLines(lines: Line[][], pages: readonly PdfPage[]): Set<Line> {
  const edges = lines.map((pageLines) => [...new Set([...pageLines.slice(0, EDGE_LINES), ...pageLines.slice(-EDGE_LINES)])]);
  const running = new Set<Line>();
  for (const [page, pageLines] of lines.entries()) {
    const height = pages[page].height;
    const candidate = (line: Line): boolean => {
      if (!edges[page].includes(line)) return false;
      const text = withoutMarks(line.text);
      if (line.y < height * EDGE_ZONE && looksRunning(text)) return true;
      if (line.y > height * (1 - EDGE_ZONE) && PAGE_NUMBER.test(text)) return true;
      const recurring = edges.filter((other, otherPage) => other.some((each) => sameRunningLine(line, page, each, otherPage))).length;
      return recurring >= 2 && recurring >= RUNNING_SHARE * lines.length;
    };
    const setOff = (a: Line, b: Line): boolean => Math.abs(a.y - b.y) > SET_OFF * Math.max(a.size, b.size);
    let top = 0;
    while (top < pageLines.length && candidate(pageLines[top])) top++;
    if (top > 0 && (top === pageLines.length || setOff(pageLines[top - 1], pageLines[top]))) for (const line of pageLines.slice(0, top)) running.add(line);
    let bottom = pageLines.length;
    while (bottom > top && candidate(pageLines[bottom - 1])) bottom--;
    if (bottom < pageLines.length && bottom > 0 && setOff(pageLines[bottom - 1], pageLines[bottom])) for (const line of pageLines.slice(bottom)) running.add(line);
  }
  return running;
}

/**
 * The same running line on two pages: the same text at the same height,
 * where a number may differ only by as many as the pages are apart (the page
 * number), so that numbered paragraphs opening two pages are not taken for one.
 */
function sameRunningLine(line: Line, page: number, other: Line, otherPage: number): boolean {
  if (Math.abs(line.y - other.y) > RUNNING_Y) return false;
  const [text, otherText] = [withoutMarks(line.text), withoutMarks(other.text)];
  if (text.replace(/\d+/gu, '#') !== otherText.replace(/\d+/gu, '#')) return false;
  const [numbers, otherNumbers] = [text.match(/\d+/gu) ?? [], otherText.match(/\d+/gu) ?? []];
  return numbers.every((number, i) => number === otherNumbers[i] || Number(otherNumbers[i]) - Number(number) === otherPage - page);
}

function looksRunning(text: string): boolean {
  if (PAGE_NUMBER.test(text)) return true;
  const tokens = text.split(/\s+/u);
  return tokens.every((token) => RUNNING_TOKEN.test(token)) && tokens.some((token) => RUNNING_ANCHOR.test(token));
}
