/**
 * A draft's file changed by another program while the desk has it open, in
 * browser mode: the files live in memory, and the test changes them behind
 * the desk's back as a sync client or a colleague would. Saving then asks
 * (Overwrite, Save As…, Cancel) and never writes over their version
 * silently; the close question's Save goes through the same question.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import { DeskPage } from './support/DeskPage';

const STORY_MS = 90_000;
const PATH = 'memory:/draft.md';
const OPENED = '# Joint Statement 2026\n\nBoth sides will continue cooperation on submarine cables.\n';
const THEIRS = '# Joint Statement 2026\n\nA colleague’s version, saved from another editor.\n';
const MINE = '\n\nBoth sides will launch a joint programme on ocean science.';

const session = useDeskSession();



/** A fresh desk with draft.md open and a paragraph typed into it (unsaved), failing on any error in the page. */
function story(run: (desk: DeskPage, typed: string) => Promise<void>): Promise<void> {
  return session.story(async (desk) => {
    await desk.writeFile(PATH, OPENED);
    await desk.openFile('draft.md');
    await expect.poll(() => desk.page.title()).toBe('draft.md — Precedent');
    await desk.typeAtEnd(MINE);
    const typed = await desk.text();
    expect(typed).toContain('ocean science');
    expect(await desk.page.title()).toBe('● draft.md — Precedent');
    await run(desk, typed);
  });
}

describe.skipIf(!chromiumAvailable)('a file changed on disk since it was opened is never overwritten without asking', () => {
  it(
    'Save asks when another program changed the file; Cancel keeps their file and my draft; Overwrite then writes mine',
    () =>
      story(async (desk, typed) => {
        const { page } = desk;
        await desk.writeFile(PATH, THEIRS);
        await desk.menu('file:save');
        const question = page.getByRole('dialog', { name: 'draft.md changed on disk' });
        await question.waitFor();
        expect(await question.textContent()).toContain('Another program changed the file');
        // Enter must not destroy their work: the focus is on Cancel.
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
        await question.getByRole('button', { name: 'Cancel' }).click();
        await question.waitFor({ state: 'detached' });
        expect(await desk.readFile(PATH)).toBe(THEIRS);
        expect(await desk.text()).toBe(typed);
        expect(await page.title()).toBe('● draft.md — Precedent');

        await desk.menu('file:save');
        await question.waitFor();
        await question.getByRole('button', { name: 'Overwrite' }).click();
        await question.waitFor({ state: 'detached' });
        await expect.poll(() => page.title()).toBe('draft.md — Precedent');
        expect(await desk.readFile(PATH)).toBe(typed);

        // The desk's own save is now the version it knows: the next save asks nothing.
        await desk.typeAtEnd(' More.');
        await desk.menu('file:save');
        await expect.poll(() => page.title()).toBe('draft.md — Precedent');
        expect(await desk.readFile(PATH)).toBe(await desk.text());
      }),
    STORY_MS,
  );

  it(
    'Save As… from the question writes my draft to a new file and leaves theirs as they saved it',
    () =>
      story(async (desk, typed) => {
        const { page } = desk;
        await desk.writeFile(PATH, THEIRS);
        await desk.menu('file:save');
        const question = page.getByRole('dialog', { name: 'draft.md changed on disk' });
        await question.getByRole('button', { name: 'Save As…' }).click();
        const saveAs = page.getByRole('dialog', { name: 'Save draft as' });
        await saveAs.getByTestId('file-name').fill('draft (mine)');
        await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => page.title()).toBe('draft (mine).md — Precedent');
        expect(await desk.readFile('memory:/draft (mine).md')).toBe(typed);
        expect(await desk.readFile(PATH)).toBe(THEIRS);
      }),
    STORY_MS,
  );

  it(
    'a file deleted behind the desk’s back is not written back silently; Overwrite writes it again',
    () =>
      story(async (desk, typed) => {
        const { page } = desk;
        await desk.writeFile(PATH, null);
        await desk.menu('file:save');
        const question = page.getByRole('dialog', { name: 'draft.md was deleted' });
        await question.waitFor();
        expect(await desk.readFile(PATH)).toBeNull();
        await question.getByRole('button', { name: 'Overwrite' }).click();
        await expect.poll(() => desk.readFile(PATH)).toBe(typed);
        await expect.poll(() => page.title()).toBe('draft.md — Precedent');
      }),
    STORY_MS,
  );

  it(
    'closing the draft, Save at the close question, then Cancel at the changed-file question keeps the draft open and unsaved',
    () =>
      story(async (desk, typed) => {
        const { page } = desk;
        await desk.writeFile(PATH, THEIRS);
        await desk.menu('file:close');
        const unsaved = page.getByRole('dialog', { name: 'Save changes to draft.md?' });
        await unsaved.getByRole('button', { name: 'Save', exact: true }).click();
        const question = page.getByRole('dialog', { name: 'draft.md changed on disk' });
        await question.getByRole('button', { name: 'Cancel' }).click();
        await question.waitFor({ state: 'detached' });
        expect(await desk.text()).toBe(typed);
        expect(await page.title()).toBe('● draft.md — Precedent');
        expect(await desk.readFile(PATH)).toBe(THEIRS);
      }),
    STORY_MS,
  );
});
