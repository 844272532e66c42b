/**
 * Drafting checks that clear, in the browser: the template of the fifth
 * statement (the 2026 statement) lists every fact of the fourth meeting as
 * pending, the title included; a click on one takes the editor there; as
 * the drafter types the facts of the fifth meeting, each clears, down to
 * none, squiggles and hovers included.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage } from './support/DeskPage';
import { cursorOffset, editorHasFocus, replaceText } from './support/replaceText';

const STORY_MS = 120_000;
const session = useDeskSession();

const checkItems = (desk: DeskPage) => desk.page.locator('[data-testid=checks] [data-testid=check-item]');
const checkCount = (desk: DeskPage) => desk.page.getByTestId('check-count').textContent();

/** The draft line (1-based) of an offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Monaco's squiggles of drafting checks (info markers) on the lines on screen. */
const squiggles = (desk: DeskPage) => desk.page.locator('[data-testid=editor] .squiggly-info');

describe.skipIf(!chromiumAvailable)('drafting checks on the desk', () => {
  it(
    'lists the facts of the last meeting with their lines, the title first; a click goes there',
    () =>
      session.story(async (desk) => {
        const text = await desk.text();
        await expect.poll(() => checkCount(desk)).toBe('Drafting checks: 10 pending');
        const items = await checkItems(desk).allTextContents();
        expect(items).toHaveLength(10);
        expect(items[0]).toBe('Line 1 · the title: “fourth meeting”');
        const ordinalLine = lineOf(text, text.indexOf('The fourth meeting'));
        expect(items).toContain(`Line ${ordinalLine} · the meeting ordinal: “The fourth meeting”`);
        expect(items.filter((item) => item.includes('· a co-chair’s name:'))).toHaveLength(4);
        expect(items.at(-1)).toMatch(/· the next meeting: “convene the 5th meeting of the EU-Japan/u);
        // Each says why on hover of its item (the same words as the squiggle's hover).
        expect(await checkItems(desk).nth(2).getAttribute('title')).toBe('Drafting check: the meeting ordinal: this is the fifth meeting (the latest statement was of the fourth).');

        const convening = text.indexOf('convene the 5th meeting');
        await checkItems(desk).last().click();
        await expect.poll(() => cursorOffset(desk)).toBe(convening);
        expect(await editorHasFocus(desk)).toBe(true);
        // The list is still on screen: the next item is at hand.
        expect(await checkItems(desk).first().isVisible()).toBe(true);
        await desk.screenshot('checks-template');
      }),
    STORY_MS,
  );

  it(
    'each fact typed for the fifth meeting clears its check, down to none on a finished draft',
    () =>
      session.story(async (desk) => {
        const typed: Array<[string, string, number]> = [
          // The first paragraph first: a title that says the fifth while the text says the fourth disagrees with it.
          ['The fourth meeting', 'The fifth meeting', 9],
          ['fourth meeting of the European Union - Japan', 'fifth meeting of the European Union - Japan', 8],
          ['5 May 2026, Brussels', '20 May 2027, Tokyo', 7],
          ['took place in Brussels on 5 May 2026', 'took place in Tokyo on 20 May 2027', 5],
          ['Henna VIRKKUNEN, the Japanese', 'Henna VIRKKUNEN and the Japanese', 1],
          ['convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027', 'convene the sixth meeting of the EU-Japan Digital Partnership Council in Brussels in 2028', 0],
        ];
        for (const [from, to, left] of typed) {
          await replaceText(desk, from, to);
          const result = await desk.waitForAnalysis();
          expect(result.checks.map((c) => c.fact)).toHaveLength(left);
          await expect.poll(() => checkItems(desk).count()).toBe(left);
        }
        await expect.poll(() => checkCount(desk)).toBe('Drafting checks: none pending');

        // No squiggle left: not on the title and the opening, nor on the convening sentence at the end.
        await desk.setCursor(1);
        await desk.page.locator('[data-testid=editor] .view-line', { hasText: 'fifth meeting' }).first().waitFor();
        expect(await squiggles(desk).count()).toBe(0);
        await desk.page.keyboard.press('Control+End');
        await desk.page.locator('[data-testid=editor] .view-line', { hasText: 'sixth meeting' }).first().waitFor();
        expect(await squiggles(desk).count()).toBe(0);
        await desk.screenshot('checks-finished');
      }),
    STORY_MS,
  );

  it(
    'a title left at the fourth meeting is flagged once the text says the fifth',
    () =>
      session.story(async (desk) => {
        await replaceText(desk, 'The fourth meeting', 'The fifth meeting');
        const result = await desk.waitForAnalysis();
        expect(result.checks.find((c) => c.fact === 'the title')?.message).toBe('Drafting check: the title’s meeting ordinal: this is the fifth meeting.');
        await expect.poll(async () => (await checkItems(desk).allTextContents())[0]).toBe('Line 1 · the title: “fourth meeting”');
        // The squiggle on the title line says so on hover.
        await desk.setCursor(1);
        const squiggle = squiggles(desk).first();
        await squiggle.waitFor();
        const box = await squiggle.boundingBox();
        if (!box) throw new Error('the title squiggle is not on screen');
        await desk.page.mouse.move(box.x + box.width / 2, box.y - 100);
        await desk.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        const hover = desk.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'the title’s meeting ordinal' }).first();
        await hover.waitFor({ state: 'visible', timeout: 10_000 });
        await desk.screenshot('checks-title');
      }),
    STORY_MS,
  );
});
