/**
 * Commitment shifts at a glance, in the browser: drafting the fifth
 * statement from the 2026 one, a softened commitment is counted in the
 * summary, listed when its count is clicked, marked in the gutter and the
 * ruler, visited by F7 and named in its card's header; a marker changed
 * within its tier shows on the card as a marker change, not as a fate.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage } from './support/DeskPage';
import { cursorOffset, editorHasFocus, replaceText } from './support/replaceText';

const STORY_MS = 90_000;
const STANDARDS = 'Both sides will enhance their collaboration on the international standardisation';

const session = useDeskSession();

/** The count shown for a fate, read from its button's text ("1 weakened"). */
async function fateCount(desk: DeskPage, fate: string): Promise<number> {
  const text = (await desk.page.locator(`[data-testid=fate-count][data-fate=${fate}]`).textContent()) ?? '';
  const match = new RegExp(`^(\\d+) ${fate}$`, 'u').exec(text.trim());
  if (!match) throw new Error(`the ${fate} count says "${text}"`);
  return Number(match[1]);
}

/** The draft block holding `offset`, in the last analysis. */
async function blockAt(desk: DeskPage, offset: number): Promise<number> {
  const card = (await desk.result()).cards.find((c) => c.start <= offset && offset <= c.end);
  if (!card) throw new Error(`no block at ${offset}`);
  return card.block;
}

describe.skipIf(!chromiumAvailable)('commitment shifts on the desk', () => {
  it(
    'the template counts every commitment of 2026 restated, none shifted',
    () =>
      session.story(async (desk) => {
        const result = await desk.result();
        const restated = result.commitmentFates.length;
        expect(restated).toBeGreaterThan(30);
        expect(await fateCount(desk, 'restated')).toBe(restated);
        for (const fate of ['progressed', 'strengthened', 'weakened', 'dropped']) expect(await fateCount(desk, fate)).toBe(0);
        expect(await desk.page.locator('[data-testid=editor] .glyph-fate').count()).toBe(0);
        expect(await desk.page.locator('[data-testid=card-shift]').count()).toBe(0);
      }),
    STORY_MS,
  );

  it(
    '"will enhance" → "would consider enhancing": counted weakened, listed, marked, named on the card, visited by F7',
    () =>
      session.story(async (desk) => {
        const restatedBefore = await fateCount(desk, 'restated');
        const at = await replaceText(desk, 'will enhance their collaboration on the international standardisation', 'would consider enhancing their collaboration on the international standardisation');
        await desk.waitForAnalysis();
        const sentenceStart = at - 'Both sides '.length;
        expect((await desk.text()).slice(sentenceStart).startsWith('Both sides would consider enhancing')).toBe(true);

        await expect.poll(() => fateCount(desk, 'weakened')).toBe(1);
        expect(await fateCount(desk, 'restated')).toBe(restatedBefore - 1);

        // The card of the paragraph says what changed, in its header.
        const block = await blockAt(desk, sentenceStart);
        const header = desk.cardOf(block).locator('.card-head [data-testid=card-shift]');
        expect((await header.textContent())?.trim()).toBe('weakened: will enhance → would consider');

        // Its own gutter mark and ruler colour, on the sentence's line.
        const line = (await desk.page.evaluate((offset) => (window as unknown as { precedentDesk: { editorInstance: { getModel(): { getPositionAt(o: number): { lineNumber: number } } } } }).precedentDesk.editorInstance.getModel().getPositionAt(offset).lineNumber, sentenceStart));
        await desk.setCursor(line);
        await desk.page.locator('[data-testid=editor] .glyph-fate-weakened').first().waitFor();
        await desk.screenshot('shifts-weakened');

        // Clicking the count lists the commitment and takes the editor there.
        await desk.setCursor(1);
        await desk.page.locator('[data-testid=fate-count][data-fate=weakened]').click();
        const items = desk.page.locator('[data-testid=fate-list] [data-testid=fate-item]');
        await expect.poll(() => items.count()).toBe(1);
        expect(await items.first().textContent()).toContain(`weakened: will enhance → would consider · line ${line}`);
        expect(await items.first().textContent()).toContain(STANDARDS);
        await expect.poll(() => cursorOffset(desk)).toBe(sentenceStart);
        expect(await editorHasFocus(desk)).toBe(true);
        await desk.screenshot('shifts-weakened-listed');

        // Its paragraph is still carried over: F7 stops at the weakened sentence alone, from the top and, with Shift+F7, from the end.
        expect((await desk.card(block)).status).toBe('carried');
        expect((await desk.result()).cards.filter((c) => c.status !== 'carried')).toEqual([]);
        await desk.page.keyboard.press('Control+Home');
        await expect.poll(() => cursorOffset(desk)).toBe(0);
        await desk.page.keyboard.press('F7');
        await expect.poll(() => cursorOffset(desk)).toBe(sentenceStart);
        expect(await desk.cardOf(block).getAttribute('class')).toContain('current');
        await desk.page.keyboard.press('Control+End');
        await expect.poll(() => cursorOffset(desk)).not.toBe(sentenceStart);
        await desk.page.keyboard.press('Shift+F7');
        await expect.poll(() => cursorOffset(desk)).toBe(sentenceStart);
      }),
    STORY_MS,
  );

  it(
    '"will enhance" → "intend to enhance": a marker change on the card, not a fate',
    () =>
      session.story(async (desk) => {
        const restatedBefore = await fateCount(desk, 'restated');
        const at = await replaceText(desk, 'Both sides will enhance their collaboration', 'Both sides intend to enhance their collaboration');
        await desk.waitForAnalysis();
        await expect.poll(() => desk.page.locator('[data-testid=marker-change-count]').textContent()).toBe('1 marker changed');
        expect(await fateCount(desk, 'restated')).toBe(restatedBefore);
        for (const fate of ['strengthened', 'weakened', 'dropped']) expect(await fateCount(desk, fate)).toBe(0);
        const card = desk.cardOf(await blockAt(desk, at));
        expect((await card.locator('[data-testid=card-shift]').textContent())?.trim()).toBe('marker changed: will enhance → intend to enhance');
        expect(await card.locator('[data-testid=card-shift]').getAttribute('class')).toContain('card-shift-marker');
        // Not a shift of firmness: no gutter mark.
        expect(await desk.page.locator('[data-testid=editor] .glyph-fate').count()).toBe(0);
        await desk.page.locator('[data-testid=marker-change-count]').click();
        await expect.poll(() => desk.page.locator('[data-testid=fate-list] [data-testid=fate-item]').textContent()).toContain('marker changed: will enhance → intend to enhance');
        await desk.screenshot('shifts-marker-change');
      }),
    STORY_MS,
  );

  it(
    'a commitment deleted from a paragraph the draft keeps is counted dropped and marked on that paragraph',
    () =>
      session.story(async (desk) => {
        const sentence = ' Furthermore, both sides expressed their intention to extend this fruitful cooperation to third countries,';
        const start = (await desk.text()).indexOf(sentence);
        const end = (await desk.text()).indexOf('.', start) + 1;
        const at = await replaceText(desk, (await desk.text()).slice(start, end), '');
        await desk.waitForAnalysis();
        await expect.poll(() => fateCount(desk, 'dropped')).toBe(1);
        await desk.page.locator('[data-testid=fate-count][data-fate=dropped]').click();
        const item = desk.page.locator('[data-testid=fate-list] [data-testid=fate-item]');
        await expect.poll(() => item.textContent()).toContain('dropped: intention to extend · line ');
        expect(await item.textContent()).toContain('Furthermore, both sides expressed their intention to extend this fruitful cooperation');
        // Taken to the paragraph that lost it, where the gutter marks it.
        const block = await blockAt(desk, at - 1);
        const card = await desk.card(block);
        await expect.poll(() => cursorOffset(desk)).toBe(card.start);
        await desk.page.locator('[data-testid=editor] .glyph-fate-dropped').first().waitFor();
        await desk.screenshot('shifts-dropped');
      }),
    STORY_MS,
  );
});
