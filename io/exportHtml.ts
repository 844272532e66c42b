/**
 * A report as one standalone HTML page, to read, print or send: inline CSS
 * only, no scripts, no external resources, every text escaped.
 */
import type { DiffPiece, Report, ReportEntry } from './report';

/*
 * Chromium does not draw CSS @page margin boxes, but it repeats elements with
 * `position: fixed` on every printed page: the classification is such an
 * element at the top and at the bottom, and the body is padded to clear them.
 */
const STYLE = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #1a1a1a; max-width: 46em; margin: 0 auto; padding: 3em 1.5em; }
h1 { font-size: 1.5em; margin: 0.5em 0; }
h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
.summary span { margin-right: 1.2em; }
.operation { margin: 0.8em 0; padding: 0.4em 0.8em; border-left: 4px solid #ccc; break-inside: avoid; }
.operation.changed { border-color: #c90; }
.operation.moved { border-color: #36c; }
.operation.inserted { border-color: #393; }
.operation.deleted { border-color: #c33; }
.operation.carried { border-color: #393; }
.operation.revised { border-color: #c90; }
.operation.new { border-color: #36c; }
.operation.dropped { border-color: #c33; }
h3.section { font-size: 1em; margin: 1.5em 0 0.5em; }
.date { color: #555; margin: 0; }
.label { font: bold 0.8em sans-serif; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
del { color: #a00; background: #fdd; }
ins { color: #060; background: #dfd; text-decoration: none; border-bottom: 1px solid #393; }
.classification { position: fixed; left: 0; right: 0; text-align: center; font: bold 0.9em sans-serif; letter-spacing: 0.15em; color: #8a1c14; background: #fff; padding: 0.35em; }
.classification.top { top: 0; border-bottom: 2px solid #8a1c14; }
.classification.bottom { bottom: 0; border-top: 2px solid #8a1c14; }
`;

/** The report as a standalone HTML page; a moved block's copy kept for Word's tracked changes is left out. */
export function renderReportHtml(report: Report): string {
  const { title, classification } = report;
  const marking = classification
    ? [`<div class="classification top">${escapeHtml(classification)}</div>`, `<div class="classification bottom">${escapeHtml(classification)}</div>`]
    : ['', ''];
  const counts = report.summary.map(({ kind, label, count }) => `<span>${escapeHtml(label)}: <strong data-type="${kind}">${count}</strong></span>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    marking[0],
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="date">${report.date.toISOString().slice(0, 10)}</p>`,
    `<p class="summary">${counts}</p>`,
    coverTable(report.cover),
    '<h2>Changes</h2>',
    ...report.entries.filter((entry) => !entry.trackedOnly).map(renderEntry),
    marking[1],
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function coverTable(cover: Report['cover']): string {
  if (cover.length === 0) return '';
  const rows = cover.map(
    ({ field, before, after }) => `<tr><th>${escapeHtml(field)}</th><td><del>${escapeHtml(before ?? '—')}</del></td><td><ins>${escapeHtml(after ?? '—')}</ins></td></tr>`,
  );
  return ['<h2>Cover</h2>', '<table>', '<tr><th>Field</th><th>Before</th><th>After</th></tr>', ...rows, '</table>'].join('\n');
}

function renderEntry(entry: ReportEntry): string {
  if (entry.kind === 'section') return `<h3 class="section">${renderPieces(entry.pieces)}</h3>`;
  return `<div class="operation ${entry.kind}"><div class="label">${escapeHtml(entry.label)} · ${escapeHtml(entry.note)}</div><p>${renderPieces(entry.pieces)}</p></div>`;
}

function renderPieces(pieces: DiffPiece[]): string {
  return pieces
    .map(({ change, text }) => (change === 'equal' ? escapeHtml(text) : change === 'inserted' ? `<ins>${escapeHtml(text)}</ins>` : `<del>${escapeHtml(text)}</del>`))
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
