/**
 * Opening documents by dropping them on the window, in the built renderer in
 * browser mode (dist/renderer, `node scripts/build.mjs`): a Markdown file is
 * read in the page and opens as File, Open opens it; a Word document needs
 * the desktop app's importers and says so, leaving the draft as it was; and
 * a Word document's two versions, before and after its tracked changes,
 * are reviewed in the compare view without being in the corpus.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument } from '../../engine/index';
import { writeTrackedDocx } from '../main/importFixtures';
import { CHROMIUM, launchChromium, type BrowserContext } from './support/browser';
import { DeskPage } from './support/DeskPage';
import { rendererRoot, serveRenderer, type StaticServer } from './support/staticServer';

const chromium = existsSync(CHROMIUM);
if (!chromium) console.warn(`skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
const built = existsSync(`${rendererRoot}index.html`) && existsSync(`${rendererRoot}corpus.json`);
const STORY_MS = 90_000;
const AGENDA = '# Agenda of the 2026 summit\n\nBoth sides will review the Digital Partnership.\n';

let server: StaticServer;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
const folder = mkdtempSync(join(tmpdir(), 'precedent-e2e-import-'));

beforeAll(async () => {
  if (!chromium) return;
  if (!built) throw new Error('dist/renderer is missing: run `node scripts/build.mjs` first');
  server = await serveRenderer();
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Runs a story on a fresh page of the desk, failing it on any uncaught error in the page. */
async function story(run: (desk: DeskPage) => Promise<void>): Promise<void> {
  const desk = await DeskPage.open(browser, server.url);
  const errors: string[] = [];
  desk.page.on('pageerror', (error) => errors.push(error.message));
  desk.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await run(desk);
    expect(errors).toEqual([]);
  } finally {
    await desk.close();
  }
}

describe.skipIf(!chromium)('dropping a document on the window', () => {
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
        await desk.page.getByRole('button', { name: 'OK' }).click();
        expect(await desk.text()).toBe(before);
        expect(await desk.page.title()).toBe('● Draft of the next statement.md — Precedent');
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromium)('reviewing tracked changes', () => {
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
