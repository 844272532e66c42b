/**
 * Opening documents by dropping them on the window, in the built renderer in
 * browser mode (dist/renderer, `node scripts/build.mjs`): a Markdown file is
 * read in the page and opens as File, Open opens it; a Word document needs
 * the desktop app's importers and says so, leaving the draft as it was; and
 * a Word document's two versions, before and after its tracked changes,
 * are reviewed in the compare view without being in the corpus.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument } from '../../engine/index';
import { writeTrackedDocx } from '../fixtures/importedDocuments';
import { chromiumAvailable, useDeskSession } from './support/deskSession';

const STORY_MS = 90_000;
const AGENDA = '# Agenda of the 2026 summit\n\nBoth sides will review the Digital Partnership.\n';

const session = useDeskSession();
const folder = mkdtempSync(join(tmpdir(), 'precedent-e2e-import-'));


afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const story = session.story;

describe.skipIf(!chromiumAvailable)('dropping a document on the window', () => {
  it(
    'a Markdown file dropped on the editor opens as the draft, named after the file; the editor does not paste it, and a clean draft is replaced without a question',
    () =>
      story(async (desk) => {
        // The desk starts on an unsaved draft from the latest statement, so the drop asks first.
        await desk.dropFile('agenda.md', AGENDA);
        await desk.page.getByRole('dialog', { name: /^Save changes to/u }).getByRole('button', { name: 'Don’t Save' }).click();
        await desk.page.waitForFunction(() => document.title === 'agenda.md — Precedent');
        expect(await desk.text()).toBe(AGENDA);
        await desk.waitForAnalysis();

        await desk.dropFile('notes.txt', 'Notes from the sherpa meeting.');
        await desk.page.waitForFunction(() => document.title === 'notes.txt — Precedent');
        expect(await desk.text()).toBe('Notes from the sherpa meeting.');
        expect(await desk.page.getByTestId('drop-hint').isHidden()).toBe(true);
      }),
    STORY_MS,
  );

  it(
    'over unsaved changes it asks first: Cancel keeps the draft on screen, Don’t Save opens the file',
    () =>
      story(async (desk) => {
        await desk.typeAtEnd('\nA sentence not saved yet.');
        const unsaved = await desk.text();
        const ask = desk.page.getByRole('dialog', { name: /^Save changes to/u });
        await desk.dropFile('agenda.md', AGENDA);
        await ask.getByRole('button', { name: 'Cancel' }).click();
        await ask.waitFor({ state: 'detached' });
        expect(await desk.text()).toBe(unsaved);

        await desk.dropFile('agenda.md', AGENDA);
        await ask.getByRole('button', { name: 'Don’t Save' }).click();
        await desk.page.waitForFunction(() => document.title === 'agenda.md — Precedent');
        expect(await desk.text()).toBe(AGENDA);
      }),
    STORY_MS,
  );

  it(
    'a Word document says it needs the desktop app, and the draft on screen stays as it was',
    () =>
      story(async (desk) => {
        const before = await desk.text();
        await writeTrackedDocx(join(folder, 'outcome.docx'));
        await desk.dropFile('outcome.docx', new Uint8Array(await readFile(join(folder, 'outcome.docx'))));
        // Asked first, as File, Open asks; even after Don't Save, a failed open leaves the draft on screen.
        await desk.page.getByRole('dialog', { name: /^Save changes to/u }).getByRole('button', { name: 'Don’t Save' }).click();
        const alert = desk.page.getByRole('dialog').getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent()).toBe(
          'cannot open outcome.docx here: Word, PDF and HTML documents are imported by the Precedent desktop app; in the browser, open .md or .txt files',
        );
        await desk.page.getByRole('button', { name: 'OK', exact: true }).click();
        expect(await desk.text()).toBe(before);
        expect(await desk.page.title()).toBe('● Draft of the next statement.md — Precedent');
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromiumAvailable)('reviewing tracked changes', () => {
  it(
    'the versions before and after a Word document’s tracked changes are compared without being in the corpus',
    () =>
      story(async (desk) => {
        const versions = await writeTrackedDocx(join(folder, 'review.docx'));
        // What the desktop app does after "Review the changes" (browser mode cannot import the .docx itself).
        await desk.page.evaluate((pair) => (window as unknown as { precedentDesk: { reviewTrackedChanges(p: unknown): void } }).precedentDesk.reviewTrackedChanges(pair), {
          name: 'review.docx',
          ...versions,
        });
        const view = desk.page.getByTestId('compare-view');
        await view.getByTestId('change-item').first().waitFor({ timeout: 30_000 });
        expect(await view.locator('.compare-title').textContent()).toBe('review.docx: before → after the tracked changes');
        const expected = compareRevisions(parseDocument(versions.before), parseDocument(versions.after)).operations.filter((op) => op.type !== 'equal');
        expect(await view.getByTestId('change-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type))).toEqual(expected.map((op) => op.type));
        expect((await view.getByTestId('change-item').allTextContents()).join(' ')).toContain('successful');
        expect(new URL(desk.page.url()).hash).toBe('#/compare/tracked-changes');
        await desk.screenshot('tracked-changes-review');
      }),
    STORY_MS,
  );
});
