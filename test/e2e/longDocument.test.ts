/**
 * A long document in the desk (issue 12): its cards, kept in groups the page
 * skips while off screen, are all there and in draft order, when it is
 * opened and after edits that add, remove and change paragraphs, and when it
 * is replaced by a statement again.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage, DeskWindow } from './support/DeskPage';

const session = useDeskSession();
const STORY_MS = 240_000;
const LINES = 1_500;
const line = (i: number) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`;

/** The block indices the cards show, in page order, and how many groups hold them. */
async function cardsOnPage(desk: DeskPage): Promise<{ blocks: number[]; groups: number }> {
  return desk.page.evaluate(() => ({
    blocks: Array.from(document.querySelectorAll<HTMLElement>('[data-testid=block-card]'), (card) => Number(card.dataset.block)),
    groups: document.querySelectorAll('.card-group').length,
  }));
}

async function setText(desk: DeskPage, text: string): Promise<void> {
  await desk.page.evaluate((value) => (window as unknown as DeskWindow).precedentDesk.editorInstance.setValue(value), text);
  await desk.waitForAnalysis(120_000);
}

describe.skipIf(!chromiumAvailable)('a long document in the desk', () => {
  it(
    'shows a card per paragraph in draft order, opened, edited and replaced',
    () =>
      session.story(async (desk) => {
        const lines = Array.from({ length: LINES }, (_, i) => line(i));
        await setText(desk, lines.join('\n\n'));
        let shown = await cardsOnPage(desk);
        expect(shown.blocks).toEqual((await desk.result()).cards.map((card) => card.block));
        expect(shown.blocks).toHaveLength(LINES);
        expect(shown.groups).toBeGreaterThanOrEqual(3);

        // A paragraph added at the top, one removed in the middle, one reworded near the end.
        const edited = [line(-1), ...lines.slice(0, 700), ...lines.slice(701, 1400), 'Both sides will launch a joint programme on underwater robotics.', ...lines.slice(1401)];
        await setText(desk, edited.join('\n\n'));
        shown = await cardsOnPage(desk);
        const result = await desk.result();
        expect(result.cards).toHaveLength(edited.length);
        expect(shown.blocks).toEqual(result.cards.map((card) => card.block));
        const texts = await desk.page.locator('[data-testid=block-card]').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
        expect(texts[0]).toContain(line(-1));
        expect(texts.some((text) => text.includes(line(700)))).toBe(false);
        expect(texts[1400]).toContain('underwater robotics');

        // Back to a statement: a flat list again, every card there.
        await setText(desk, lines.slice(0, 40).join('\n\n'));
        shown = await cardsOnPage(desk);
        expect(shown.groups).toBe(0);
        expect(shown.blocks).toEqual(Array.from({ length: 40 }, (_, i) => i));
      }),
    STORY_MS,
  );
});
