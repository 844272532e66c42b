/**
 * File › Export in the built renderer, browser mode: the page asks for an
 * export with what main needs to build it again (the draft's text and its
 * chosen priors, or the two revisions' sources), and browser mode's
 * stand-in records the request as the file the desktop app would write
 * (the bytes themselves are built by main: test/main/exportReport.test.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusSource } from '../../contract/api';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import { rendererRoot } from './support/staticServer';

const STORY_MS = 90_000;
const ADDED = 'Both sides will explore cooperation on undersea sensing.';

const session = useDeskSession();
let corpus: CorpusSource[];

beforeAll(async () => {
  if (!chromiumAvailable) return;
  corpus = JSON.parse(readFileSync(`${rendererRoot}corpus.json`, 'utf8')) as CorpusSource[];
}, 60_000);


const story = session.story;

const sourceOf = (id: string) => corpus.find((doc) => doc.id === id)!.source;

describe.skipIf(!chromiumAvailable)('exporting from the browser page', () => {
  it(
    'File › Export › Report as Word from the desk asks for the draft on screen against the priors chosen',
    () =>
      story(async (desk) => {
        await desk.typeAtEnd(`\n\n${ADDED}`);
        // The 2024 statement is no longer a prior: the export must say so.
        await desk.menu('view:togglePriors');
        await desk.page.locator('[data-prior-id="statement-2024"]').uncheck();
        await desk.waitForAnalysis();
        await desk.exportAs('docx');

        const { format, request } = await desk.recordedExport('Draft of the next statement - precedents.docx');
        expect(format).toBe('docx');
        expect(request.format).toBe('docx');
        if (request.subject.kind !== 'draft') throw new Error(`a ${request.subject.kind} export, not the draft`);
        expect(request.subject.name).toBe('Draft of the next statement.md');
        expect(request.subject.text).toBe(await desk.text());
        expect(request.subject.text).toContain(ADDED);
        expect([...request.subject.priorIds].sort()).toEqual(['council-note-8288-1-26-rev1', 'statement-2025']);
      }),
    STORY_MS,
  );

  it(
    'from the compare view, the menu and the Export buttons ask for the review of the two revisions; the commitments stay the draft’s',
    () =>
      story(async (desk) => {
        const { page } = desk;
        await page.evaluate(() => {
          location.hash = '#/compare/statement-2024/statement-2025';
        });
        await page.getByTestId('change-item').first().waitFor({ timeout: 30_000 });
        const review = {
          kind: 'revisions',
          old: { title: 'statement-2024', source: sourceOf('statement-2024') },
          new: { title: 'statement-2025', source: sourceOf('statement-2025') },
        };

        await desk.exportAs('docx');
        expect((await desk.recordedExport('statement-2024 to statement-2025.docx')).request).toEqual({ format: 'docx', subject: review });

        await page.getByRole('group', { name: 'Export the review' }).getByRole('button', { name: 'PDF' }).click();
        expect((await desk.recordedExport('statement-2024 to statement-2025.pdf')).request).toEqual({ format: 'pdf', subject: review });

        await desk.exportAs('csv');
        const { request } = await desk.recordedExport('Draft of the next statement - commitments.csv');
        if (request.subject.kind !== 'draft') throw new Error(`a ${request.subject.kind} export, not the draft`);
        expect(request.subject.text).toBe(await desk.text());
        expect([...request.subject.priorIds].sort()).toEqual(['council-note-8288-1-26-rev1', 'statement-2024', 'statement-2025']);
      }),
    STORY_MS,
  );
});
