/**
 * A revision compare as one standalone HTML page, to read, print or send:
 * inline CSS only, no scripts, no external resources, every text escaped.
 */
import type { OperationType, RevisionOperation, WordDiff } from '../engine/index';
import type { ComparisonExport } from './exportDocx';

const LABELS: Record<OperationType, string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  moved: 'Moved',
  inserted: 'Inserted',
  deleted: 'Deleted',
};

const ORDER: OperationType[] = ['changed', 'moved', 'inserted', 'deleted', 'equal'];

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
.label { font: bold 0.8em sans-serif; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
del { color: #a00; background: #fdd; }
ins { color: #060; background: #dfd; text-decoration: none; border-bottom: 1px solid #393; }
.classification { position: fixed; left: 0; right: 0; text-align: center; font: bold 0.85em sans-serif; letter-spacing: 0.1em; background: #fff; padding: 0.3em; }
.classification.top { top: 0; }
.classification.bottom { bottom: 0; }
`;

export function renderComparisonHtml(input: ComparisonExport): string {
  const { compare, title, classification } = input;
  const marking = classification
    ? [`<div class="classification top">${escapeHtml(classification)}</div>`, `<div class="classification bottom">${escapeHtml(classification)}</div>`]
    : ['', ''];
  const counts = ORDER.map((type) => `<span>${LABELS[type]}: <strong data-type="${type}">${compare.summary[type]}</strong></span>`).join('');
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
    `<p class="summary">${counts}</p>`,
    coverTable(compare.header),
    '<h2>Changes</h2>',
    ...compare.operations.map(renderOperation),
    marking[1],
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function coverTable(header: Record<string, [string | null, string | null]>): string {
  const changed = Object.entries(header).filter(([, [before, after]]) => before !== after);
  if (changed.length === 0) return '';
  const rows = changed.map(
    ([field, [before, after]]) => `<tr><th>${escapeHtml(field)}</th><td><del>${escapeHtml(before ?? '—')}</del></td><td><ins>${escapeHtml(after ?? '—')}</ins></td></tr>`,
  );
  return ['<h2>Cover</h2>', '<table>', '<tr><th>Field</th><th>Before</th><th>After</th></tr>', ...rows, '</table>'].join('\n');
}

/** Paragraph numbers for the reader count from 1. */
const paragraphs = (indexes: number[]) => indexes.map((index) => `¶${index + 1}`).join(', ');

function renderOperation(op: RevisionOperation): string {
  const where =
    op.type === 'moved'
      ? `moved from ${paragraphs(op.old)} to ${paragraphs(op.new)}`
      : op.type === 'deleted'
        ? `was ${paragraphs(op.old)}`
        : op.type === 'inserted'
          ? `now ${paragraphs(op.new)}`
          : `${paragraphs(op.old)} → ${paragraphs(op.new)}`;
  return `<div class="operation ${op.type}"><div class="label">${LABELS[op.type]} · ${where}</div><p>${renderWordDiff(op.diff)}</p></div>`;
}

function renderWordDiff(diff: WordDiff): string {
  return diff
    .map(([op, text]) => (op === 0 ? escapeHtml(text) : op === 1 ? `<ins>${escapeHtml(text)}</ins>` : `<del>${escapeHtml(text)}</del>`))
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
