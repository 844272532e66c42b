/**
 * A long document in the desk (issue 12): its cards, kept in groups whose
 * cards are made only near the screen, stand in draft order in every group
 * made, when it is opened, after edits that add, remove and change
 * paragraphs, and when it is replaced by a statement again; a group is
 * made as the reader scrolls to it. The gutter marks the blocks near the
 * editor's screen, and follows it as it scrolls.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage, DeskWindow } from './support/DeskPage';
import { GROUP_SIZE } from '../../renderer/panel/CardGroups';

const session = useDeskSession();
const STORY_MS = 240_000;
const LINES = 1_500;
const line = (i: number) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`;

/** The block indices the cards show, group by group in page order (a group not made shows none). */
async function groupsOnPage(desk: DeskPage): Promise<number[][]> {
  return desk.page.evaluate(() =>
    Array.from(document.querySelectorAll('.card-group'), (group) => Array.from(group.querySelectorAll<HTMLElement>('[data-testid=block-card]'), (card) => Number(card.dataset.block))),
  );
}

/** Each group made holds the blocks of its cards' places in the analysis, in order; returns how many groups are made. */
async function expectGroupsInOrder(desk: DeskPage): Promise<number> {
  const blocks = (await desk.result()).cards.map((card) => card.block);
  const groups = await groupsOnPage(desk);
  expect(groups).toHaveLength(Math.ceil(blocks.length / GROUP_SIZE));
  const made = groups.flatMap((cards, g) => (cards.length > 0 ? [g] : []));
  for (const g of made) expect(groups[g], `group ${g}`).toEqual(blocks.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE));
  return made.length;
}

async function setText(desk: DeskPage, text: string): Promise<void> {
  await desk.page.evaluate((value) => (window as unknown as DeskWindow).precedentDesk.editorInstance.setValue(value), text);
  await desk.waitForAnalysis(120_000);
}

/** Scrolls the panel to group `g`, and waits until its cards are made. */
async function scrollToGroup(desk: DeskPage, g: number): Promise<void> {
  await desk.page.evaluate((at) => document.querySelectorAll('.card-group')[at].scrollIntoView(), g);
  await expect.poll(async () => (await groupsOnPage(desk))[g].length, { message: `group ${g} made` }).toBeGreaterThan(0);
}

describe.skipIf(!chromiumAvailable)('a long document in the desk', () => {
  it(
    'shows a card per paragraph in draft order, opened, edited and replaced',
    () =>
      session.story(async (desk) => {
        const lines = Array.from({ length: LINES }, (_, i) => line(i));
        await setText(desk, lines.join('\n\n'));
        // The groups on screen are made, not the others: opening 10,000 paragraphs made 10,000 card elements.
        const made = await expectGroupsInOrder(desk);
        expect(made).toBeGreaterThanOrEqual(1);
        expect(made).toBeLessThanOrEqual(3);
        expect((await groupsOnPage(desk))[0][0]).toBe(0);
        // Scrolled to, the last group is made, in order.
        const last = Math.ceil(LINES / GROUP_SIZE) - 1;
        await scrollToGroup(desk, last);
        await expectGroupsInOrder(desk);

        // A paragraph added at the top, one removed in the middle, one reworded near the end.
        const edited = [line(-1), ...lines.slice(0, 700), ...lines.slice(701, 1400), 'Both sides will launch a joint programme on underwater robotics.', ...lines.slice(1401)];
        await desk.page.getByTestId('panel').evaluate((panel) => panel.scrollTo(0, 0));
        await setText(desk, edited.join('\n\n'));
        const result = await desk.result();
        expect(result.cards).toHaveLength(edited.length);
        await expectGroupsInOrder(desk);
        const label = (g: number, i: number) => desk.page.evaluate(([at, k]) => document.querySelectorAll('.card-group')[at].querySelectorAll('[data-testid=block-card]')[k].getAttribute('aria-label') ?? '', [g, i]);
        expect(await label(0, 0)).toContain(line(-1));
        await scrollToGroup(desk, Math.floor(1400 / GROUP_SIZE));
        await expectGroupsInOrder(desk);
        expect(await label(Math.floor(1400 / GROUP_SIZE), 1400 % GROUP_SIZE)).toContain('underwater robotics');
        await scrollToGroup(desk, Math.floor(700 / GROUP_SIZE));
        const around700 = await desk.page.locator('.card-group').nth(Math.floor(700 / GROUP_SIZE)).locator('[data-testid=block-card]').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
        expect(around700.some((text) => text.includes(line(700)))).toBe(false);

        // Back to a statement: a flat list again, every card there.
        await setText(desk, lines.slice(0, 40).join('\n\n'));
        expect(await groupsOnPage(desk)).toEqual([]);
        const blocks = await desk.page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-testid=block-card]'), (card) => Number(card.dataset.block)));
        expect(blocks).toEqual(Array.from({ length: 40 }, (_, i) => i));
      }),
    STORY_MS,
  );

  it(
    'keeps the card with the keyboard focus when a new analysis arrives while it is scrolled out of sight, and Tab goes on into the next group',
    () =>
      session.story(async (desk) => {
        const lines = Array.from({ length: LINES }, (_, i) => line(i));
        await setText(desk, lines.join('\n\n'));
        // Focus on the last card of the first group: Tab takes it to the first card of the second.
        const lastOfFirst = desk.page.locator(`[data-testid=block-card][data-block="${(await desk.result()).cards[GROUP_SIZE - 1].block}"]`);
        await lastOfFirst.focus();
        await desk.page.keyboard.press('Tab');
        const focusedBlock = () => desk.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.block ?? null);
        expect(await focusedBlock()).toBe(String((await desk.result()).cards[GROUP_SIZE].block));
        // Scrolled far from it, a new analysis (a paragraph reworded at the end) leaves it focused, in its place.
        await scrollToGroup(desk, Math.ceil(LINES / GROUP_SIZE) - 1);
        await setText(desk, [...lines.slice(0, -1), 'Both sides will launch a joint programme on underwater robotics.'].join('\n\n'));
        expect(await focusedBlock()).toBe(String((await desk.result()).cards[GROUP_SIZE].block));
        expect(await desk.page.evaluate(() => document.activeElement?.isConnected && document.activeElement.closest('.card-group') !== null)).toBe(true);
        await expectGroupsInOrder(desk);
      }),
    STORY_MS,
  );

  it(
    'marks in the gutter the blocks near the screen, not all, and the blocks scrolled to',
    () =>
      session.story(async (desk) => {
        const lines = Array.from({ length: LINES }, (_, i) => line(i));
        await setText(desk, lines.join('\n\n'));
        /** The lines whose block has its status mark in the gutter (the model's decorations, on screen or not). */
        const markedLines = () =>
          desk.page.evaluate(() => {
            const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance as unknown as {
              getModel(): { getAllDecorations(): Array<{ range: { startLineNumber: number }; options: { glyphMarginClassName?: string | null } }> };
            };
            return editor
              .getModel()
              .getAllDecorations()
              .filter((decoration) => /\bglyph-(carried|revised|new)\b/u.test(decoration.options.glyphMarginClassName ?? ''))
              .map((decoration) => decoration.range.startLineNumber);
          });
        const atTop = await markedLines();
        // Monaco sorted every mark into the gutter's lanes in each frame after one changed: 10,000 held the page.
        expect(atTop.length).toBeGreaterThan(0);
        expect(atTop.length).toBeLessThan(LINES / 4);
        expect(Math.min(...atTop)).toBe(1);
        expect(await desk.page.locator('[data-testid=editor] .glyph-new').count()).toBeGreaterThan(0);
        // Scrolled to the end, the last paragraphs are marked, on screen.
        const last = 2 * LINES - 1;
        await desk.page.evaluate((at) => (window as unknown as DeskWindow).precedentDesk.editorInstance.revealPositionInCenter({ lineNumber: at, column: 1 }), last);
        await expect.poll(async () => (await markedLines()).includes(last), { message: 'the last paragraph marked' }).toBe(true);
        await expect.poll(() => desk.page.locator('[data-testid=editor] .glyph-new').count()).toBeGreaterThan(0);
        expect((await markedLines()).length).toBeLessThan(LINES / 4);
      }),
    STORY_MS,
  );
});
