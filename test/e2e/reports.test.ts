/**
 * What the desk says a draft dropped is what its reports say: the desk's
 * summary, the report File › Export builds from the same draft (main's
 * prepareExport, as the desktop app runs it on the request browser mode
 * records) and the command line's report of the same text all count the
 * same paragraphs. The 2026 Council note's covering sentence, which the
 * desk never counts, once made the reports say one more.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../contract/api';
import { renderReportHtml } from '../../io/exportHtml';
import { prepareExport } from '../../main/exportReport';
import { runCli } from '../support/runCli';
import type { DeskPage } from './support/DeskPage';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import { rendererRoot } from './support/staticServer';

const STORY_MS = 120_000;
/** Paragraphs of the 2026 statement the drafter deletes. */
const DELETED = ['Digital transformation is best achieved', 'A secure and resilient digital backbone', 'To ensure a safe and fair digital environment'];

const session = useDeskSession();
let corpus: CorpusSource[];

beforeAll(() => {
  if (!chromiumAvailable) return;
  corpus = JSON.parse(readFileSync(`${rendererRoot}corpus.json`, 'utf8')) as CorpusSource[];
});

async function blockStartingWith(desk: DeskPage, prefix: string): Promise<number> {
  const [result, text] = [await desk.result(), await desk.text()];
  const card = result.cards.find((c) => text.slice(c.start, c.end).startsWith(prefix));
  if (!card) throw new Error(`no block starts with ${prefix}`);
  return card.block;
}

/** "Dropped: 3" in an HTML report. */
const droppedInHtml = (html: string) => Number(/Dropped: <strong data-type="dropped">(\d+)<\/strong>/u.exec(html)?.[1]);

describe.skipIf(!chromiumAvailable)('the dropped count of a draft', () => {
  it(
    'is the same on the desk, in the report File › Export builds and in the command line’s report',
    () =>
      session.story(async (desk) => {
        for (const start of DELETED) {
          await desk.deleteBlock(await blockStartingWith(desk, start));
          await desk.waitForAnalysis();
        }
        const summary = (await desk.summary.textContent()) ?? '';
        const onDesk = Number(/(\d+) dropped/u.exec(summary)?.[1]);
        expect(onDesk).toBe(DELETED.length);
        expect(await desk.droppedItems.count()).toBe(onDesk);

        // The report the desktop app builds from the request the page makes.
        await desk.exportAs('html');
        const { request } = await desk.recordedExport('Draft of the next statement - precedents.html');
        const prepared = prepareExport(request, corpus, { date: new Date('2026-12-06T09:00:00Z') });
        if (!prepared.ok || prepared.value.format === 'csv') throw new Error('no report prepared');
        const html = renderReportHtml(prepared.value.report);
        expect(droppedInHtml(html)).toBe(onDesk);
        expect(html).toContain('<div class="classification top">LIMITE</div>');

        // The command line's report of the same text against the same priors.
        if (request.subject.kind !== 'draft') throw new Error('not the draft');
        const folder = mkdtempSync(join(tmpdir(), 'precedent-dropped-'));
        const draft = join(folder, 'draft.md');
        writeFileSync(draft, request.subject.text);
        const out = join(folder, 'draft.html');
        const run = runCli(['align', ...request.subject.priorIds, '--draft', draft, '--html', out]);
        expect(run.status).toBe(0);
        expect(droppedInHtml(readFileSync(out, 'utf8'))).toBe(onDesk);
        expect(run.stdout).toContain(`, ${onDesk} dropped from council-note-8288-1-26-rev1`);
      }),
    STORY_MS,
  );
});
