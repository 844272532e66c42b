/**
 * The compare view in the built renderer (browser mode), as a reviewer opens
 * it on the 2025 statement and the 2026 Council note: both sides of the diff
 * editor show the documents' text without their YAML front matter (the cover
 * fields that changed are listed beside), and the date line changed in place
 * is one changed line, in the change list and in the editor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parseDocument } from '../../engine/index';
import { chromiumAvailable, useDeskSession } from './support/deskSession';

const STORY_MS = 120_000;
const OLD_DATE = '12 May 2025, Tokyo';
const NEW_DATE = '5 May 2026, Brussels';

const session = useDeskSession();
const readCorpus = (id: string) => readFileSync(new URL(`../../corpus/${id}.md`, import.meta.url), 'utf8');
/** A corpus document as a reader sees it: its text from its first block on, without the front matter. */
const textOf = (id: string) => {
  const source = readCorpus(id);
  return source.slice(parseDocument(source).blocks[0].start);
};

/** Monaco draws spaces as no-break spaces. */
const lineText = (line: Locator) => line.evaluate((element) => (element.textContent ?? '').replace(/\u00a0/gu, ' '));

/** The whole text of one side of the diff editor, as a reader copying it gets it. */
async function copySide(page: Page, side: 'original' | 'modified'): Promise<string> {
  const lines = page.locator(`.monaco-diff-editor .editor.${side} .view-lines`);
  await lines.click({ position: { x: 40, y: 10 } });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // A click leaves the selection empty again.
  await lines.click({ position: { x: 40, y: 10 } });
  return text;
}

describe.skipIf(!chromiumAvailable)('the compare view of the 2025 statement and the 2026 Council note', () => {
  it(
    'shows the documents’ text, not their front matter, and the date line changed in place as one changed line',
    () =>
      session.story(async (desk) => {
        const { page } = desk;
        await session.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
        await page.evaluate(() => {
          location.hash = '#/compare/statement-2025/council-note-8288-1-26-rev1';
        });
        const view = page.getByTestId('compare-view');
        await view.getByTestId('change-item').first().waitFor({ timeout: 30_000 });

        // No front matter on either side: each shows its document's text, from its first block on.
        const [before, after] = [await copySide(page, 'original'), await copySide(page, 'modified')];
        expect(before).toBe(textOf('statement-2025'));
        expect(after).toBe(textOf('council-note-8288-1-26-rev1'));
        expect(before.startsWith('# Joint Statement of the third meeting')).toBe(true);
        expect(after.startsWith('Delegations will find in the annex')).toBe(true);
        for (const text of [before, after]) expect(text).not.toMatch(/^(?:---|id:|kind:|classification:)/mu);
        // The cover fields stay in the side list.
        const cover = await view.getByTestId('cover-changes').innerText();
        expect(cover).toMatch(/classification\s+—\s+LIMITE/u);
        expect(cover).toMatch(/number\s+—\s+8288\/1\/26/u);

        // In the change list, one changed line: no deletion of the old date, no insertion of the new one.
        const items = view.getByTestId('change-item');
        const dateItems = items.filter({ hasText: /May 202[56]/u }).filter({ hasNotText: /meeting/u });
        expect(await dateItems.count()).toBe(1);
        const dateItem = dateItems.first();
        expect(await dateItem.getAttribute('data-type')).toBe('changed');
        expect(await dateItem.locator('.change-head').innerText()).toBe('Changed ¶2 → ¶3');
        expect((await dateItem.locator('del').allInnerTexts()).join(' ')).toMatch(/12.*2025, Tokyo/u);
        expect((await dateItem.locator('ins').allInnerTexts()).join(' ')).toMatch(/5.*2026, Brussels/u);
        expect(await items.filter({ hasText: OLD_DATE }).count()).toBe(0);

        // In the editor, the two date lines face each other, both marked for the words that changed.
        await dateItem.click();
        const oldLine = view.locator('.editor.original .view-line').filter({ hasText: /^12\s+May\s+2025,\s+Tokyo$/u });
        const newLine = view.locator('.editor.modified .view-line').filter({ hasText: /^5\s+May\s+2026,\s+Brussels$/u });
        expect(await lineText(oldLine)).toBe(OLD_DATE);
        expect(await lineText(newLine)).toBe(NEW_DATE);
        // Monaco's own diff of the two texts runs in its worker: wait until it has paired the lines.
        await expect
          .poll(async () => Math.abs((await oldLine.boundingBox())!.y - (await newLine.boundingBox())!.y), { timeout: 60_000, interval: 500 })
          .toBeLessThan(2);
        /** How many of Monaco's marks of changed characters sit on `line`. */
        const marksOnLine = async (side: 'original' | 'modified', mark: 'char-delete' | 'char-insert', line: Locator) => {
          const box = (await line.boundingBox())!;
          return view.locator(`.editor.${side} .${mark}`).evaluateAll(
            (marks, at) =>
              marks.filter((m) => {
                const r = m.getBoundingClientRect();
                return r.top >= at.top - 1 && r.bottom <= at.bottom + 1;
              }).length,
            { top: box.y, bottom: box.y + box.height },
          );
        };
        expect(await marksOnLine('original', 'char-delete', oldLine)).toBeGreaterThan(0);
        expect(await marksOnLine('modified', 'char-insert', newLine)).toBeGreaterThan(0);

        await page.screenshot({ path: '/tmp/reports-compare-view.png' });
        await desk.screenshot('compare-date-line');
      }),
    STORY_MS,
  );
});
