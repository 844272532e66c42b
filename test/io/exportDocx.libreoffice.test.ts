/**
 * The tracked-changes .docx as an office suite shows it: LibreOffice
 * (Debian's libreoffice-writer-nogui) prints it to PDF, poppler reads the
 * text back and draws page 1, written to test-output/ to look at.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../io/exportDocx';
import { comparisonReport } from '../../io/report';
import { repoRoot } from '../support/runCli';
import { EDITS, revisionExport } from './exportFixtures';

const TOOLS = ['soffice', 'pdftotext', 'pdftoppm'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
const skipReason = `skipped: ${missing.join(', ')} not installed (Debian: libreoffice-writer-nogui, poppler-utils)`;
if (missing.length > 0) console.warn(`exportDocx.libreoffice.test.ts ${skipReason}`);

/** LibreOffice's first start in a fresh profile takes seconds; a hung conversion must not hang the suite. */
const CONVERT_TIMEOUT_MS = 120_000;

function run(command: string, args: string[], timeout = 60_000): Buffer {
  const result = spawnSync(command, args, { timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr?.toString()}`);
  return result.stdout;
}

/** A binary PGM (P5) or PPM (P6) image as poppler writes it: width, height and the samples. */
function readNetpbm(file: Buffer): { width: number; height: number; channels: number; samples: Buffer } {
  const header = /^(P[56])\s+(\d+)\s+(\d+)\s+255\s/.exec(file.toString('latin1', 0, 64));
  if (!header) throw new Error('not a binary PGM or PPM with 8-bit samples');
  return { width: Number(header[2]), height: Number(header[3]), channels: header[1] === 'P5' ? 1 : 3, samples: file.subarray(header[0].length) };
}

describe('the Word export as LibreOffice prints it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-libreoffice-'));
  const report = comparisonReport(revisionExport('RESTRICTED'));
  let text = '';
  let page = { gray: Buffer.alloc(0), colour: Buffer.alloc(0) };

  beforeAll(async () => {
    if (missing.length > 0) return;
    writeFileSync(join(dir, 'review.docx'), await exportReportDocx(report));
    run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'review.docx')],
      CONVERT_TIMEOUT_MS,
    );
    const pdf = join(dir, 'review.pdf');
    text = run('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    for (const [format, flags] of [['png', ['-png']], ['gray', ['-gray']], ['colour', []]] as const) {
      run('pdftoppm', [...flags, '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, `page1-${format}`)]);
    }
    page = { gray: readFileSync(join(dir, 'page1-gray.pgm')), colour: readFileSync(join(dir, 'page1-colour.ppm')) };
    mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
    copyFileSync(join(dir, 'page1-png.png'), join(repoRoot, 'test-output', 'exportDocx-libreoffice-page1.png'));
  }, CONVERT_TIMEOUT_MS + 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows both the inserted and the deleted words (LibreOffice shows tracked changes)', (context) => {
    if (missing.length > 0) return context.skip(skipReason);
    const printed = text.replace(/\s+/g, ' ');
    const reworded = report.entries.find((entry) => entry.kind === 'changed')!;
    const words = (change: string) => reworded.pieces.filter((piece) => piece.change === change).map((piece) => piece.text.trim());
    expect(words('deleted').join(' ')).toContain('reaffirmed');
    expect(words('inserted').join(' ')).toContain('stressed');
    for (const piece of [...words('deleted'), ...words('inserted')]) expect(printed).toContain(piece);
    for (const paragraph of [EDITS.inserted, EDITS.deleted]) expect(printed).toContain(paragraph.replace(/\*\*/g, ''));
  });

  it('prints the classification in the page header', (context) => {
    if (missing.length > 0) return context.skip(skipReason);
    expect(text.split('\f')[0]).toContain('RESTRICTED');
  });

  it('draws page 1 with text on it, the tracked changes in colour', (context) => {
    if (missing.length > 0) return context.skip(skipReason);
    const gray = readNetpbm(page.gray);
    expect(gray.width).toBeGreaterThan(400);
    let dark = 0;
    for (const sample of gray.samples) if (sample < 128) dark++;
    // Body text covers a few percent of a page's pixels; a blank page has none, a black one nearly all.
    const darkShare = dark / (gray.width * gray.height);
    expect(darkShare).toBeGreaterThan(0.01);
    expect(darkShare).toBeLessThan(0.3);
    // LibreOffice draws tracked changes in the author's colour (green here); plain text is black and headings blue.
    const colour = readNetpbm(page.colour);
    let marked = 0;
    for (let at = 0; at < colour.samples.length; at += 3) {
      const [r, g, b] = [colour.samples[at], colour.samples[at + 1], colour.samples[at + 2]];
      const headingBlue = b >= r && b >= g;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80 && !headingBlue) marked++;
    }
    expect(marked).toBeGreaterThan(500);
  });
});
