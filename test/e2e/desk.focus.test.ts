/**
 * Views, focus and the panel, as a drafter meets them in a browser: each
 * view takes the focus where its keys work (F7 in the compare view after
 * File › Compare…, F1 on the desk again without a click), a file opened
 * shows its top, the sticky summary leaves the current card's header in
 * sight, "N dropped" takes the reader to the dropped list, a card's other
 * precedents are told apart and their numbers explained, and a list item
 * inserted into a list joins it.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage, DeskWindow } from './support/DeskPage';

const STORY_MS = 90_000;
const session = useDeskSession();
const story = session.story;

/** File › Compare…, choosing the two documents whose titles hold `older` and `newer` (dates lead each choice). */
async function compareFromMenu(desk: DeskPage, older: RegExp, newer: RegExp): Promise<void> {
  await desk.menu('file:compare');
  for (const [title, choice] of [['Compare: the older version', older], ['Compare: the newer version', newer]] as const) {
    const dialog = desk.page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: choice }).first().click();
    await dialog.waitFor({ state: 'detached' });
  }
}

const editorScrollTop = (desk: DeskPage) =>
  desk.page.evaluate(() => (window as unknown as DeskWindow & { precedentDesk: { editorInstance: { getScrollTop(): number } } }).precedentDesk.editorInstance.getScrollTop());

describe.skipIf(!chromiumAvailable)('each view takes the focus where its keys work', () => {
  it(
    'after File › Compare… F7 steps through the changes; back on the desk F1 opens the command palette without a click',
    () =>
      story(async (desk) => {
        await compareFromMenu(desk, /^2025-05-12 Joint Statement/u, /^2026-05-05 Joint Statement/u);
        const view = desk.page.getByTestId('compare-view');
        await view.getByTestId('change-item').first().waitFor();
        const counter = view.getByTestId('change-counter');
        await expect.poll(() => counter.textContent()).toMatch(/^\d+ changes$/u);
        // No click: the keys go where the view put the focus.
        await desk.page.keyboard.press('F7');
        await expect.poll(() => counter.textContent()).toMatch(/^1 of \d+$/u);
        await desk.page.keyboard.press('F7');
        await expect.poll(() => counter.textContent()).toMatch(/^2 of \d+$/u);
        await desk.page.keyboard.press('Shift+F7');
        await expect.poll(() => counter.textContent()).toMatch(/^1 of \d+$/u);
        expect(await view.locator('[data-testid=change-item].current').count()).toBe(1);
        await desk.screenshot('focus-compare-f7');

        await desk.menu('view:desk');
        await desk.editor.waitFor({ state: 'visible' });
        await desk.page.keyboard.press('F1');
        await desk.page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
        await desk.screenshot('focus-desk-f1');
        await desk.page.keyboard.press('Escape');
      }),
    STORY_MS,
  );

  it(
    'after File › Open the editor shows the top of the text opened, not the place the last one was scrolled to',
    () =>
      story(async (desk) => {
        await desk.writeFile('memory:/short.md', '# Joint Statement of the fifth meeting\n\nBoth sides will continue cooperation on submarine cables.\n');
        // The template draft, scrolled to its end.
        await desk.page.locator('[data-testid=editor] .view-lines').click();
        await desk.page.keyboard.press('Control+End');
        await expect.poll(() => editorScrollTop(desk)).toBeGreaterThan(500);
        await desk.openFile('short.md');
        await expect.poll(() => desk.text()).toContain('fifth meeting');
        await expect.poll(() => editorScrollTop(desk)).toBe(0);
        await desk.page.locator('[data-testid=editor] .view-line').filter({ hasText: 'Joint Statement of the fifth meeting' }).waitFor({ state: 'visible' });
        expect(await desk.cursor()).toEqual({ lineNumber: 1, column: 1 });
        // And the keys go to the draft: typing goes into it at once.
        await desk.page.keyboard.type('X');
        await expect.poll(() => desk.text()).toMatch(/^X# Joint Statement/u);
        await desk.screenshot('focus-open-top');
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromiumAvailable)('the lineage view', () => {
  it(
    'traces "artificial intelligence" to a paragraph of 2026, not the bare label item over it, and takes the focus in its query',
    () =>
      story(async (desk) => {
        await desk.page.evaluate(() => {
          location.hash = '#/lineage?q=artificial%20intelligence';
        });
        const view = desk.page.getByTestId('lineage-view');
        await view.getByTestId('lineage-entry').first().waitFor({ timeout: 30_000 });
        const latest = view.locator('[data-testid=lineage-entry][data-date^="2026"]');
        await latest.waitFor();
        const text = (await latest.locator('.diff').textContent()) ?? '';
        expect(text).toContain('Responsible AI Innovation: Both sides reaffirmed');
        expect(await latest.locator('.diff ins').allTextContents()).not.toContain('Artificial Intelligence (AI):');
        // Its number says what it is.
        expect(await latest.locator('.lineage-head span').getAttribute('title')).toMatch(/^Similarity of wording with the phrase traced/u);
        expect(await desk.page.evaluate(() => document.activeElement?.closest('[data-testid=lineage-view]') !== null && document.activeElement?.tagName)).toBe('INPUT');
        await desk.screenshot('lineage-artificial-intelligence');
      }),
    STORY_MS,
  );
});

describe.skipIf(!chromiumAvailable)('the panel', () => {
  it(
    'the sticky summary leaves the current card’s header in sight, and "N dropped" jumps to the dropped list',
    () =>
      story(async (desk) => {
        // Far down the draft, the card of the paragraph under the cursor is scrolled into view.
        const result = await desk.result();
        const card = result.cards[result.cards.length - 6];
        const text = await desk.text();
        await desk.setCursor(text.slice(0, card.start).split('\n').length, 3);
        const item = desk.cardOf(card.block);
        await expect.poll(() => item.getAttribute('class')).toContain('current');
        // The card's header stands below the summary's bottom edge, where the reader sees it.
        const headBelowSummary = async () => {
          const summaryBox = (await desk.summary.boundingBox())!;
          const headBox = (await item.locator('.card-head').boundingBox())!;
          return headBox.y - (summaryBox.y + summaryBox.height);
        };
        await expect.poll(headBelowSummary).toBeGreaterThanOrEqual(-1);
        await desk.screenshot('panel-current-card');

        // Delete two paragraphs: two dropped; the count in the summary takes the reader to the list.
        await desk.deleteBlock(result.cards[8].block);
        await desk.waitForAnalysis();
        await desk.deleteBlock((await desk.result()).cards[12].block);
        const after = await desk.waitForAnalysis();
        expect(after.summary.dropped).toBeGreaterThanOrEqual(2);
        await desk.setCursor(1, 1);
        const list = desk.page.getByTestId('dropped-list');
        const panelBox = (await desk.panel.boundingBox())!;
        expect((await list.boundingBox())!.y).toBeGreaterThan(panelBox.y + panelBox.height);
        const jump = desk.page.getByTestId('summary-dropped');
        expect(await jump.textContent()).toBe(`${after.summary.dropped} dropped`);
        await jump.click();
        await expect.poll(async () => (await list.boundingBox())!.y).toBeLessThan(panelBox.y + panelBox.height / 2);
        const heading = (await list.locator('h2').boundingBox())!;
        const summaryNow = (await desk.summary.boundingBox())!;
        expect(heading.y).toBeGreaterThanOrEqual(summaryNow.y + summaryNow.height - 1);
        await expect.poll(() => desk.droppedItems.first().isVisible()).toBe(true);
        await desk.screenshot('panel-dropped-jump');
      }),
    STORY_MS,
  );

  it(
    'a card’s other precedents are told apart (year, paragraph, first words) and their number says what it is',
    () =>
      story(async (desk) => {
        const result = await desk.result();
        const withOthers = result.cards.filter((card) => card.precedents.length > 1);
        // The 5G/6G paragraph continues two paragraphs of 2025 besides its 2026 one: "Also: 2025 (…), 2025 (…)" was the ambiguous line.
        const twiceOneYear = withOthers.filter((card) => {
          const years = card.precedents.slice(1).map((p) => result.priors[p.prior].date.slice(0, 4));
          return new Set(years).size < years.length;
        });
        expect(twiceOneYear.length).toBeGreaterThan(0);
        for (const card of withOthers) {
          const also = desk.cardOf(card.block).getByTestId('card-also');
          const line = (await also.textContent())!;
          const entries = line.replace(/^Also: /u, '').split('; ');
          expect(entries).toHaveLength(card.precedents.length - 1);
          // No two entries read the same, even from one year.
          expect(new Set(entries).size).toBe(entries.length);
          for (const entry of entries) expect(entry).toMatch(/^\d{4} ¶\d+ “.+” \(similarity \d\.\d\d\)$/u);
          expect(await also.getAttribute('title')).toMatch(/Similarity of wording.*0 \(none\) to 1 \(the same words\)/u);
        }
        expect(await desk.cardOf(withOthers[0].block).locator('.source').getAttribute('title')).toMatch(/^Similarity of wording/u);
        await desk.cardOf(withOthers[0].block).scrollIntoViewIfNeeded();
        await desk.screenshot('panel-also');
      }),
    STORY_MS,
  );

  it(
    'Insert at cursor of a dropped list item inside a list puts it in the list, with no blank line splitting it',
    () =>
      story(async (desk) => {
        const before = await desk.result();
        const text = await desk.text();
        // A list item of the 2026 statement's data section, deleted: it shows in the dropped list.
        const deleted = before.cards.find((card) => text.slice(card.start, card.end).startsWith('- **Electronic Signatures:**'))!;
        const deletedText = text.slice(deleted.start, deleted.end);
        await desk.deleteBlock(deleted.block);
        await desk.waitForAnalysis();
        const withoutIt = await desk.text();
        // A click in the middle of the item before the one deleted's place: the item goes after it, whole.
        const previousItem = '- **Digital Identity and Trust Services:**';
        const point = await desk.pointAt(withoutIt.indexOf('piloted the interoperability', withoutIt.indexOf(previousItem)));
        await desk.page.mouse.click(point.x, point.y);
        // The panel follows the cursor to that item's card before the reader goes to the dropped list.
        const identity = (await desk.result()).cards.find((card) => withoutIt.slice(card.start, card.end).startsWith(previousItem))!;
        await expect.poll(() => desk.cardOf(identity.block).getAttribute('class')).toContain('current');
        const item = desk.droppedItems.filter({ hasText: 'Electronic Signatures' });
        await item.getByRole('button', { name: /Insert at cursor/u }).click();
        await expect.poll(() => desk.text()).toContain(deletedText);
        const inserted = await desk.text();
        const at = inserted.indexOf(deletedText);
        // The item sits between two items, one line each side: no blank line before or after it.
        expect(inserted.slice(at - 1, at)).toBe('\n');
        expect(inserted.slice(at - 2, at - 1)).not.toBe('\n');
        expect(inserted.slice(at + deletedText.length, at + deletedText.length + 3)).toBe('\n- ');
        const analysed = await desk.waitForAnalysis();
        expect(analysed.summary.dropped).toBe(before.summary.dropped);
        await desk.screenshot('panel-insert-list-item');
      }),
    STORY_MS,
  );
});
