/**
 * Documents far larger than a statement in the desk (issue 12): a pasted
 * paragraph of 1 MB, whose card shows the start of its diff and whose fate
 * mark leaves the editor's text where it stands; and a long document, whose
 * cards are counted from the start and made as the reader comes to them.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage, DeskWindow } from './support/DeskPage';

const session = useDeskSession();
const STORY_MS = 300_000;

async function setText(desk: DeskPage, text: string): Promise<void> {
  await desk.page.evaluate((value) => (window as unknown as DeskWindow).precedentDesk.editorInstance.setValue(value), text);
  await desk.waitForAnalysis(240_000);
}

/** Where the editor's text begins, right of the gutter. */
const contentLeft = (desk: DeskPage) =>
  desk.page.evaluate(() => ((window as unknown as DeskWindow).precedentDesk.editorInstance as unknown as { getLayoutInfo(): { contentLeft: number } }).getLayoutInfo().contentLeft);

describe.skipIf(!chromiumAvailable)('huge documents in the desk', () => {
  it(
    'a paragraph of 1 MB: its card shows the start of its diff and says what is left out; its fate mark does not move the text',
    () =>
      session.story(async (desk) => {
        const left = await contentLeft(desk);
        // The 2026 DFFT paragraph without its last sentence, over and over: it keeps that paragraph, and the commitment left out is dropped in it.
        const kept =
          'Both sides reaffirmed their commitment to operationalising DFFT to counter digital protectionism and ensure open and trusted data flows. Both sides welcomed the significant progress of the Institutional Arrangement for Partnership at the OECD and committed to further deepening cooperation in multilateral fora, including the G7 and G20, to promote a global data governance architecture based on shared values. ';
        await setText(desk, kept.repeat(2_500));
        const result = await desk.result();
        expect(result.cards).toHaveLength(1);
        expect(result.commitmentFates.some((fate) => fate.fate === 'dropped' && fate.start !== null)).toBe(true);
        const card = desk.cards().first();
        const diff = await card.locator('.diff').textContent();
        expect(diff).toContain('Both sides reaffirmed their commitment to operationalising DFFT');
        expect(diff).toMatch(/ … \([\d,]+ more characters\)$/u);
        expect(diff!.length).toBeLessThan(5_000);
        expect(await card.locator('.notes .clipped').textContent()).toMatch(/^… and [\d,]+ more$/u);
        expect(await card.locator('.notes li:not(.clipped)').count()).toBe(20);
        // The gutter had no fate mark before; it has one now, in a lane it kept.
        expect(await desk.page.locator('.glyph-fate-dropped').count()).toBe(1);
        expect(await contentLeft(desk)).toBe(left);
        await desk.screenshot('huge-paragraph');
      }),
    STORY_MS,
  );

  it(
    'a long document: every card counted at once, the cards on screen shown, the others made when the reader comes to them',
    () =>
      session.story(async (desk) => {
        const lines = Array.from({ length: 1_500 }, (_, i) => `Line ${i} of a long list of paragraphs about cooperation ${i % 97}.`);
        await setText(desk, lines.join('\n\n'));
        const result = await desk.result();
        const cards = desk.cards();
        expect(result.cards).toHaveLength(1_500);
        expect(await desk.page.getByTestId('summary').textContent()).toContain(`${result.summary.new} new`);
        // The cards on screen are made (a few groups), filled in: the cards at the top, drawn in the template's cards on screen, too.
        const made = await cards.count();
        expect(made).toBeGreaterThan(10);
        expect(made).toBeLessThan(300);
        for (const i of [0, 1, 2, 3, 4, 5]) expect(await cards.nth(i).getByTestId('card-reason').count(), `card ${i}`).toBe(1);
        expect(await cards.nth(0).getAttribute('aria-label')).toBe(`New: ${lines[0]}`);
        // Far below: not made until it is reached.
        const far = desk.page.locator(`[data-testid=block-card][data-block="${result.cards[1_400].block}"]`);
        expect(await far.count()).toBe(0);
        // The cursor in its paragraph takes the panel there.
        const card = await desk.card(1_400);
        await desk.page.evaluate((offset) => {
          const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
          const position = editor.getModel()!.getPositionAt(offset);
          editor.focus();
          editor.setPosition(position);
          editor.revealPositionInCenter(position);
        }, card.start + 3);
        await expect.poll(() => far.getByTestId('card-reason').textContent()).toBe(card.reason);
        expect(await far.locator('.text').textContent()).toBe(lines[1_400]);
        expect(await far.getAttribute('aria-label')).toBe(`New: ${lines[1_400]}`);
        await desk.screenshot('long-document-far-card');
        // Scrolled to by hand: the last cards are made too.
        await desk.page.getByTestId('panel').evaluate((panel) => panel.querySelector('[data-testid=dropped-list]')!.scrollIntoView());
        const lastCard = desk.page.locator(`[data-testid=block-card][data-block="${result.cards[1_499].block}"]`);
        await expect.poll(() => lastCard.getByTestId('card-reason').count()).toBe(1);
      }),
    STORY_MS,
  );
});
