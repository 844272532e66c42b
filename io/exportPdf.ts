/**
 * A report as a PDF to print or send: its classification at the top and the
 * bottom of every page, "Page x of y" in the footer, deletions struck through
 * in red and insertions underlined in green under a label per entry. The only
 * file that imports `pdfmake`, which fetches nothing and reads only its fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DiffPiece, EntryKind, Report, ReportEntry } from './report';

/** The four faces of the report's font family, as paths to TrueType files. */
export interface PdfFonts {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export interface PdfOptions {
  /**
   * Default: Roboto as pdfmake ships it (node_modules/pdfmake/fonts/Roboto),
   * a Unicode font for Latin, Greek and Cyrillic text. A packaged app without
   * node_modules passes the copies it carries.
   */
  fonts?: PdfFonts;
}

/** Roboto's four faces in `folder`, named as pdfmake ships them (and as the app's build copies them). */
export function robotoFonts(folder: string): PdfFonts {
  return {
    normal: join(folder, 'Roboto-Regular.ttf'),
    bold: join(folder, 'Roboto-Medium.ttf'),
    italics: join(folder, 'Roboto-Italic.ttf'),
    bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
  };
}

/** The Roboto that pdfmake ships beside its code. */
const pdfmakeRoboto = (): PdfFonts => robotoFonts(join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto'));

const RED = '#b3261e';
const GREEN = '#1e7a34';
const GREY = '#5f6368';

const KIND_COLOURS: Record<EntryKind, string> = {
  equal: GREY,
  changed: '#a86400',
  revised: '#a86400',
  moved: '#2a5db0',
  new: '#2a5db0',
  inserted: GREEN,
  carried: GREEN,
  deleted: RED,
  dropped: RED,
  section: GREY,
};

/*
 * An entry is kept on one page when it is short: A4 with these margins holds
 * about 4,000 characters of body text, so an entry of up to a third of that
 * moves whole to the next page at the cost of a small gap. pdfmake cannot
 * lay out an unbreakable block taller than a page (it cuts it), so longer
 * entries flow across the break, their label kept with their first lines.
 */
const UNBREAKABLE_MAX_CHARACTERS = 1400;

/** The label line of an entry (or a section heading): never left alone at the foot of a page. */
const KEEP_WITH_NEXT = 1;

/**
 * The report as a PDF (A4). Pure apart from reading the font files: the URL
 * access policy refuses every download and the local one allows only the
 * four font files.
 */
export async function exportReportPdf(report: Report, options: PdfOptions = {}): Promise<Buffer> {
  const fonts = options.fonts ?? pdfmakeRoboto();
  const allowed = new Set(Object.values(fonts).map((path) => resolve(path)));
  // Loaded here, not at the top: the command line keeps pdfmake outside its bundle, and every command paid 0.1 s to load it.
  const { default: pdfmake } = await import('pdfmake');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
  pdfmake.setFonts({ Report: { ...fonts } });
  return pdfmake.createPdf(documentOf(report)).getBuffer();
}

function documentOf(report: Report): TDocumentDefinitions {
  const marking = report.classification;
  return {
    info: { title: report.title, creator: 'Precedent', producer: 'Precedent' },
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Report', fontSize: 10.5, lineHeight: 1.2 },
    ...(marking ? { header: { text: marking, alignment: 'center', bold: true, fontSize: 10, characterSpacing: 1, margin: [0, 30, 0, 0] } } : {}),
    footer: (page: number, pages: number): Content => ({
      margin: [56, 24, 56, 0],
      columns: [
        { width: '*', text: '' },
        { width: 'auto', text: marking ?? '', bold: true, fontSize: 10, characterSpacing: 1 },
        { width: '*', text: `Page ${page} of ${pages}`, alignment: 'right', fontSize: 9, color: GREY },
      ],
    }),
    pageBreakBefore: (node, queries) => node.headlineLevel === KEEP_WITH_NEXT && queries.getFollowingNodesOnPage().length === 0,
    content: [
      { text: report.title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      { text: report.date.toISOString().slice(0, 10), color: GREY, margin: [0, 0, 0, 6] },
      {
        text: report.summary.flatMap(({ kind, label, count }, at) => [
          ...(at > 0 ? [{ text: '   ' }] : []),
          { text: `${label}: ` },
          { text: String(count), bold: true, color: KIND_COLOURS[kind] },
        ]),
        margin: [0, 0, 0, 12],
      },
      ...coverTable(report.cover),
      ...report.entries.filter((entry) => !entry.trackedOnly).map(entryContent),
    ],
  };
}

function coverTable(cover: Report['cover']): Content[] {
  if (cover.length === 0) return [];
  return [
    { text: 'Cover', fontSize: 12, bold: true, margin: [0, 0, 0, 4] },
    {
      table: {
        headerRows: 1,
        widths: ['auto', '*', '*'],
        body: [
          [{ text: 'Field', bold: true }, { text: 'Before', bold: true }, { text: 'After', bold: true }],
          ...cover.map(({ field, before, after }) => [field, runOf({ change: 'deleted', text: before ?? '—' }), runOf({ change: 'inserted', text: after ?? '—' })]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 14],
    },
  ];
}

function runOf({ change, text }: DiffPiece): ContentText {
  if (change === 'inserted') return { text, color: GREEN, decoration: 'underline', decorationColor: GREEN };
  if (change === 'deleted') return { text, color: RED, decoration: 'lineThrough', decorationColor: RED };
  return { text };
}

/** The entry's text, laid out as its block: a heading bold, a list item indented with a bullet. */
function textOf(entry: ReportEntry): Content {
  const runs = entry.pieces.map(runOf);
  const { kind, level } = entry.block;
  if (kind === 'heading') return { text: runs, bold: true, fontSize: level <= 1 ? 13 : level === 2 ? 12 : 11 };
  if (kind === 'listItem') return { ul: [{ text: runs }], margin: [12 * Math.max(level - 1, 0), 0, 0, 0] };
  return { text: runs };
}

function entryContent(entry: ReportEntry): Content {
  if (entry.kind === 'section') return { stack: [textOf(entry)], headlineLevel: KEEP_WITH_NEXT, margin: [0, 10, 0, 6] };
  const length = entry.pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  return {
    stack: [
      {
        text: [
          { text: entry.label.toUpperCase(), bold: true, color: KIND_COLOURS[entry.kind], characterSpacing: 0.6 },
          { text: `  ·  ${entry.note}`, color: GREY },
        ],
        fontSize: 8,
        margin: [0, 0, 0, 2],
        headlineLevel: KEEP_WITH_NEXT,
      },
      textOf(entry),
    ],
    unbreakable: length <= UNBREAKABLE_MAX_CHARACTERS,
    margin: [0, 0, 0, 9],
  };
}
