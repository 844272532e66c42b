/**
 * Corpus and files in the built renderer, browser mode, as a new user met
 * them: a revision compared from a file stays out of the corpus until the
 * user adds it; a text the corpus holds is not added twice; documents of
 * one title are told apart wherever they are listed; a Word document or a
 * picture is refused with the command line's words and the draft stays; an
 * export says where it went; a draft in Japanese says that its priors are
 * in English.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeskPage } from './support/DeskPage';
import { chromiumAvailable, useDeskSession } from './support/deskSession';

const STORY_MS = 120_000;
const session = useDeskSession();
const story = session.story;

const corpusFile = (name: string) => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');
const statement2024 = corpusFile('statement-2024.md');
const statement2025 = corpusFile('statement-2025.md');
const TITLE_2025 = 'Joint Statement of the third meeting of the European Union – Japan Digital Partnership Council';
const japaneseDraft = readFileSync(new URL('../fixtures/draft-japanese.md', import.meta.url), 'utf8');

const folder = mkdtempSync(join(tmpdir(), 'precedent-files-'));
/** A revision of the 2025 statement: same title and front matter, one sentence reworded, dated a week later. */
const revisionPath = join(folder, 'statement-2025-revised.md');
writeFileSync(revisionPath, statement2025.replace('date: 2025-05-12', 'date: 2025-05-19').replace('reaffirmed the importance of the ever-closer', 'underlined the importance of the ever-closer'));
/** The 2024 statement saved again under another name with other front matter: the same text. */
const copyPath = join(folder, 'outcome of 2024 (copy).md');
writeFileSync(copyPath, statement2024.replace(/^---[\s\S]*?---\n/u, '---\ntitle: Outcome 2024\n---\n'));
/** A PNG's signature and header: NUL bytes from the ninth byte on. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const pngPath = join(folder, 'photo.png');
writeFileSync(pngPath, PNG);
/** A .docx is a ZIP archive; browser mode refuses it by its type before reading it. */
const docxPath = join(folder, 'outcome.docx');
writeFileSync(docxPath, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]));

const corpusItems = (desk: DeskPage) => desk.page.getByTestId('corpus-item');
const priorLabels = (desk: DeskPage) => desk.page.locator('#priors label').allInnerTexts();

/** File › Compare…: the older version from the corpus list, the newer one from `file`. */
async function compareWithFile(desk: DeskPage, olderLabel: string, file: string): Promise<void> {
  const { page } = desk;
  await desk.menu('file:compare');
  await page.getByRole('dialog', { name: 'Compare: the older version' }).getByRole('button', { name: olderLabel, exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Compare: the newer version' }).getByRole('button', { name: 'From a file…' }).click();
  await (await chooser).setFiles(file);
  await page.getByTestId('compare-view').getByTestId('change-item').first().waitFor({ timeout: 30_000 });
}

/** The alert of the message dialog, its text, then OK. */
async function alertText(desk: DeskPage): Promise<string> {
  const alert = desk.page.getByRole('dialog').getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  await desk.page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  return text;
}

describe.skipIf(!chromiumAvailable)('a revision compared from a file', () => {
  it(
    'does not join the corpus until the user adds it; then the two 2025 statements of one title are told apart in the sidebar, the priors, the compare chooser and the lineage',
    () =>
      story(async (desk) => {
        const { page } = desk;
        await desk.menu('view:toggleCorpus');
        await desk.menu('view:togglePriors');
        const before = await corpusItems(desk).count();
        const priorsBefore = await priorLabels(desk);

        await compareWithFile(desk, `2025-05-12 ${TITLE_2025}`, revisionPath);
        const view = page.getByTestId('compare-view');
        expect(await view.locator('.compare-title').textContent()).toBe(`${TITLE_2025} → statement-2025-revised.md`);
        expect(await view.getByTestId('change-item').count()).toBe(1);
        expect(await view.getByTestId('not-in-corpus').textContent()).toBe('statement-2025-revised.md was read for this comparison and is not in the corpus. Add to corpus');
        await desk.screenshot('files-compare-from-file');
        // Read for the comparison only: the sidebar and the priors are as they were.
        expect(await corpusItems(desk).count()).toBe(before);
        expect(await priorLabels(desk)).toEqual(priorsBefore);

        await view.getByTestId('add-to-corpus').click();
        await corpusItems(desk).nth(before).waitFor({ state: 'attached' });
        expect(await view.getByTestId('not-in-corpus').textContent()).toBe(`statement-2025-revised.md is in the corpus now, as “${TITLE_2025}”.`);
        expect(await corpusItems(desk).count()).toBe(before + 1);

        // Told apart by their dates, wherever they are listed.
        const sidebarTitles = await corpusItems(desk).locator('a[href^="#/document/"]').allInnerTexts();
        expect(sidebarTitles.filter((title) => title.startsWith(TITLE_2025)).sort()).toEqual([`${TITLE_2025} (2025-05-12)`, `${TITLE_2025} (2025-05-19)`]);
        const priors = (await priorLabels(desk)).filter((label) => label.includes(TITLE_2025));
        expect(priors.map((label) => label.trim()).sort()).toEqual([`2025 ${TITLE_2025} (2025-05-12)`, `2025 ${TITLE_2025} (2025-05-19)`]);
        await desk.screenshot('files-same-title-sidebar-priors');

        await desk.menu('file:compare');
        const chooser = page.getByRole('dialog', { name: 'Compare: the older version' });
        const choices = (await chooser.getByRole('listitem').allInnerTexts()).filter((choice) => choice.includes(TITLE_2025));
        expect(choices).toEqual([`2025-05-12 ${TITLE_2025} (2025-05-12)`, `2025-05-19 ${TITLE_2025} (2025-05-19)`]);
        await chooser.getByRole('button', { name: 'Cancel' }).click();

        await page.evaluate(() => {
          location.hash = '#/lineage?q=ever-closer%20strategic%20partnership';
        });
        const entries = page.getByTestId('lineage-view').getByTestId('lineage-entry');
        await entries.first().waitFor({ timeout: 30_000 });
        const heads = await entries.locator('.lineage-head').allInnerTexts();
        const of2025 = heads.filter((head) => head.includes(TITLE_2025));
        expect(of2025.length).toBe(2);
        expect(of2025.some((head) => head.includes(`${TITLE_2025} (2025-05-12)`))).toBe(true);
        expect(of2025.some((head) => head.includes(`${TITLE_2025} (2025-05-19)`))).toBe(true);
        await desk.screenshot('files-same-title-lineage');
      }),
    STORY_MS,
  );

  it(
    'a document whose text the corpus holds already is refused, naming the document, and the corpus stays as it was',
    () =>
      story(async (desk) => {
        const { page } = desk;
        await desk.menu('view:toggleCorpus');
        const before = await corpusItems(desk).count();
        const chooser = page.waitForEvent('filechooser');
        await desk.menu('file:addToCorpus');
        await (await chooser).setFiles(copyPath);
        await page.getByRole('dialog').getByRole('alert').waitFor();
        await desk.screenshot('files-already-in-corpus');
        const message = await alertText(desk);
        expect(message).toBe(
          'outcome of 2024 (copy).md is not added: its text is already in the corpus, as “Joint Statement of the second meeting of the European Union - Japan Digital Partnership Council” (2024-04-30)',
        );
        expect(await corpusItems(desk).count()).toBe(before);

        // Compared from a file, the copy says which document of the corpus holds its text, and offers no second copy.
        await compareWithFile(desk, `2025-05-12 ${TITLE_2025}`, copyPath);
        expect(await page.getByTestId('not-in-corpus').textContent()).toBe(
          'outcome of 2024 (copy).md was read for this comparison; its text is already in the corpus, as “Joint Statement of the second meeting of the European Union - Japan Digital Partnership Council” (2024-04-30).',
        );
        expect(await page.getByTestId('add-to-corpus').count()).toBe(0);
        await desk.screenshot('files-already-in-corpus-compare');
        expect(await corpusItems(desk).count()).toBe(before);
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromiumAvailable)('files browser mode cannot open', () => {
  it(
    'a picture dropped, or a Word document and a picture opened, are refused with the reason, and the draft on screen stays',
    () =>
      story(async (desk) => {
        const { page } = desk;
        const draft = await desk.text();
        await desk.dropFile('photo.png', PNG);
        await page.getByRole('dialog', { name: /^Save changes to/u }).getByRole('button', { name: 'Don’t Save' }).click();
        expect(await alertText(desk)).toBe('cannot read photo.png: Precedent reads .md and .txt files, not .png');
        expect(await desk.text()).toBe(draft);

        // A picture renamed .txt is refused by its bytes.
        await desk.dropFile('notes.txt', PNG);
        await page.getByRole('dialog', { name: /^Save changes to/u }).getByRole('button', { name: 'Don’t Save' }).click();
        expect(await alertText(desk)).toBe('cannot read notes.txt: it is a binary file, not text');
        expect(await desk.text()).toBe(draft);

        for (const [file, message] of [
          [docxPath, 'cannot open outcome.docx here: Word, PDF and HTML documents are imported by the Precedent desktop app; in the browser, open .md or .txt files'],
          [pngPath, 'cannot read photo.png: Precedent reads .md and .txt files, not .png'],
        ] as const) {
          await desk.menu('file:open');
          await page.getByRole('dialog', { name: /^Save changes to/u }).getByRole('button', { name: 'Don’t Save' }).click();
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: 'Open from this computer…' }).click();
          await (await chooser).setFiles(file);
          const alert = page.getByRole('dialog').getByRole('alert');
          await alert.waitFor();
          if (file === docxPath) await desk.screenshot('files-docx-refused');
          expect(await alertText(desk)).toBe(message);
          expect(await desk.text()).toBe(draft);
        }
        expect(await page.title()).toBe('● Draft of the next statement.md — Precedent');
        expect(await desk.cards().count()).toBeGreaterThan(0);
      }),
    STORY_MS,
  );

  it(
    'an export says where its result went',
    () =>
      story(async (desk) => {
        await desk.exportAs('pdf');
        await desk.recordedExport('Draft of the next statement - precedents.pdf');
        const status = desk.page.getByTestId('status-message');
        await status.waitFor();
        expect(await status.getAttribute('role')).toBe('status');
        expect(await status.textContent()).toBe(
          'Exported “Draft of the next statement - precedents.pdf” to this page’s memory (memory:/Draft of the next statement - precedents.pdf): browser mode writes no files; the desktop app and the command line write the PDF file itself.',
        );
        await desk.screenshot('files-export-status');
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromiumAvailable)('a draft in another language than its priors', () => {
  it(
    'a Japanese draft against the English statements shows a warning above the cards; an English draft shows none',
    () =>
      story(async (desk) => {
        const warning = desk.page.getByTestId('language-warning');
        expect(await warning.isHidden()).toBe(true);
        await desk.writeFile('memory:/draft-ja.md', japaneseDraft);
        await desk.openFile('draft-ja.md');
        const result = await desk.waitForAnalysis();
        // The finding that misled: nothing carried over, most paragraphs new.
        expect(result.cards.some((card) => card.status === 'carried')).toBe(false);
        expect(result.cards.filter((card) => card.status === 'new').length).toBeGreaterThan(result.cards.length / 2);
        await warning.waitFor();
        expect(await warning.textContent()).toBe(
          'The draft is in Japanese and its priors are in English (Latin alphabet): paragraphs are matched by their words, so across languages every paragraph shows as new and every prior one as dropped. Compare a draft with priors in its own language.',
        );
        await desk.screenshot('files-language-warning');

        await desk.writeFile('memory:/draft-en.md', statement2025);
        await desk.openFile('draft-en.md');
        await desk.waitForAnalysis();
        expect(await warning.isHidden()).toBe(true);
      }),
    STORY_MS,
  );
});
