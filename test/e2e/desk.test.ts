/**
 * The drafting desk in a browser, as a drafter uses it: the built renderer
 * (dist/renderer, `node scripts/build.mjs`) served on loopback and driven in
 * Debian's Chromium with real key presses, clicks and mouse moves. One
 * browser for the file, a fresh page for each story; every wait is for a
 * condition (the analysis of the text on screen, a dialog, a hover), none is
 * a sleep.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import { DeskPage } from './support/DeskPage';

const statement2025 = readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8');
const quantum2025 = statement2025.split('\n').find((line) => line.startsWith('On **quantum technology**'))!;
const UNRELATED = 'Both sides will launch a joint programme on underwater robotics for ocean science.';
const STORY_MS = 90_000;

const session = useDeskSession();



const story = session.story;

/** The index of the draft block whose text starts with `prefix`, in the last analysis. */
async function blockStartingWith(desk: DeskPage, prefix: string): Promise<number> {
  const result = await desk.result();
  const text = await desk.text();
  const card = result.cards.find((c) => text.slice(c.start, c.end).startsWith(prefix));
  if (!card) throw new Error(`no block starts with ${prefix}`);
  return card.block;
}

/** The draft line (1-based) of an offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe.skipIf(!chromiumAvailable)('the drafting desk in a browser', () => {
  it(
    'the template draft shows every block carried from the 2026 statement, with drafting checks',
    () =>
      story(async (desk) => {
        const result = await desk.result();
        const text = await desk.text();
        expect(text).toMatch(/^# Joint Statement of the fourth meeting/u);
        expect(result.priors.map((p) => p.date.slice(0, 4))).toEqual(['2024', '2025', '2026']);

        const cards = desk.cards();
        const count = await cards.count();
        expect(count).toBeGreaterThan(20);
        expect(await desk.cards('carried').count()).toBe(count);
        expect(await desk.cards('revised').count()).toBe(0);
        expect(await desk.cards('new').count()).toBe(0);
        // Every card's precedent is the 2026 statement itself, word for word.
        for (const source of await desk.page.locator('[data-testid=block-card] .source').allTextContents()) expect(source).toBe('2026 · 1.00');

        await expect.poll(() => desk.summary.textContent()).toContain(`${count} carried`);
        const summary = (await desk.summary.textContent()) ?? '';
        expect(summary).toContain('0 revised');
        expect(summary).toContain('0 new');
        expect(summary).toContain('0 dropped');
        expect(summary).toContain('100% of the draft’s words are agreed language');
        expect(summary).toContain('Against the statements of 2024, 2025, 2026');
        await expect.poll(() => desk.page.getByTestId('dropped-list').textContent()).toContain('Nothing: the draft continues every paragraph');

        // Drafting checks (the previous meeting's date, ordinal, place) are markers: info squiggles in the editor.
        expect(result.checks.length).toBeGreaterThan(0);
        expect(result.checks.map((c) => c.message).join('\n')).toMatch(/date of the previous meeting/u);
        await desk.page.locator('[data-testid=editor] .squiggly-info').first().waitFor({ state: 'attached' });
        expect(await desk.page.locator('[data-testid=editor] .squiggly-info').count()).toBeGreaterThan(0);
        // Each block has its status letter in the gutter.
        expect(await desk.page.locator('[data-testid=editor] .glyph-carried').count()).toBeGreaterThan(0);
        expect(await desk.page.locator('[data-testid=editor] .glyph-revised, [data-testid=editor] .glyph-new').count()).toBe(0);
      }),
    STORY_MS,
  );

  it(
    'typing a new paragraph adds a new card',
    () =>
      story(async (desk) => {
        const before = await desk.cards().count();
        await desk.typeAtEnd(`\n\n${UNRELATED}`);
        expect(await desk.text()).toContain(UNRELATED);
        await desk.waitForAnalysis();

        expect(await desk.cards().count()).toBe(before + 1);
        const added = desk.cards('new');
        expect(await added.count()).toBe(1);
        expect(await added.textContent()).toContain(UNRELATED);
        expect(await added.locator('.status').textContent()).toBe('New');
        // The card says why it is new.
        expect(await added.getByTestId('card-reason').textContent()).toMatch(/^(no prior block|its closest prior block)/u);
        expect(await desk.summary.textContent()).toContain('1 new');
        expect(await desk.page.locator('[data-testid=editor] .glyph-new').count()).toBe(1);
      }),
    STORY_MS,
  );

  it(
    'brackets in the draft are prose, not code: not coloured by their depth',
    () =>
      story(async (desk) => {
        await desk.typeAtEnd('\n\nBoth sides noted the (joint [research] plan) of the (working group).');
        await desk.waitForAnalysis();
        await desk.page.getByText('joint [research] plan').first().waitFor();
        // Monaco colours brackets by depth (bracket-highlighting-N) unless told not to; to colour them it parsed a whole long draft for brackets.
        expect(await desk.page.locator('[data-testid=editor] [class*=bracket-highlighting]').count()).toBe(0);
      }),
    STORY_MS,
  );

  it(
    'typing inside a paragraph draws its card again where it stands, and leaves every other card as it was',
    () =>
      story(async (desk) => {
        const block = await blockStartingWith(desk, '- **Semiconductors:**');
        // Every card element marked, to tell afterwards which were kept and which made anew.
        await desk.page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-testid=block-card]').forEach((card, i) => Object.assign(card, { __mark: i })));
        const before = await desk.cards().count();
        const card = await desk.card(block);
        const text = await desk.text();
        // At the end of the paragraph's first sentence.
        const end = text.indexOf('. ', card.start);
        await desk.setCursor(lineOf(text, end), end - text.lastIndexOf('\n', end - 1));
        await desk.page.keyboard.type(' notably');
        await desk.waitForAnalysis();
        const cards = await desk.page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-testid=block-card]'), (item) => ({
            mark: (item as HTMLElement & { __mark?: number }).__mark,
            block: Number(item.dataset.block),
            heads: item.querySelectorAll('.card-head').length,
            text: item.textContent ?? '',
          })),
        );
        expect(cards).toHaveLength(before);
        // The same elements in the same order: none made anew, none moved.
        expect(cards.map((c) => c.mark)).toEqual(Array.from({ length: before }, (_, i) => i));
        const edited = cards.find((c) => c.block === block)!;
        expect(edited.text).toContain('notably');
        expect(edited.heads).toBe(1);
        // Its diff shows the word typed, and its status stands in its class as in its attribute.
        expect(await desk.cardOf(block).locator('.diff ins').allTextContents()).toContainEqual(expect.stringContaining('notably'));
        const status = await desk.cardOf(block).getAttribute('data-status');
        expect((await desk.cardOf(block).getAttribute('class'))?.split(' ')).toContain(`card-${status}`);
      }),
    STORY_MS,
  );

  it(
    'a paragraph pasted from the 2025 statement shows as carried, with its year',
    () =>
      story(async (desk) => {
        expect(quantum2025).toBeDefined();
        const before = await desk.cards().count();
        await desk.pasteParagraph(quantum2025);
        expect(await desk.text()).toContain(quantum2025);
        const result = await desk.waitForAnalysis();

        expect(await desk.cards().count()).toBe(before + 1);
        const text = await desk.text();
        const pasted = result.cards.find((card) => text.slice(card.start, card.end) === quantum2025);
        expect(pasted, 'a card for the pasted paragraph').toBeDefined();
        const card = desk.cardOf(pasted!.block);
        expect(await card.getAttribute('data-status')).toBe('carried');
        expect(await card.locator('.source').textContent()).toMatch(/^2025 · 1\.00$/u);
        expect(await card.locator('.card-head').getAttribute('title')).toContain('third meeting');
        // ... and on what evidence: the names it shares with its precedent.
        expect(await card.getByTestId('card-reason').textContent()).toMatch(/^carries over "On quantum technology, .*names .*Letter of Intent/u);
        expect(await desk.cards('new').count()).toBe(0);
      }),
    STORY_MS,
  );

  it(
    'deleting a paragraph lists its commitments under Dropped',
    () =>
      story(async (desk) => {
        const block = await blockStartingWith(desk, '- **Semiconductors:**');
        const card = await desk.card(block);
        expect(card.commitments.length).toBeGreaterThan(0);
        const before = await desk.cards().count();

        await desk.deleteBlock(block);
        expect(await desk.text()).not.toContain('**Semiconductors:**');
        await desk.waitForAnalysis();

        expect(await desk.cards().count()).toBe(before - 1);
        const dropped = desk.droppedItems.filter({ hasText: 'Both sides confirmed the implementation of the MoC on Semiconductors' });
        expect(await dropped.count()).toBe(1);
        const lines = await dropped.locator('.note-commitment').allTextContents();
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).toMatch(/^Commitment dropped \((firm|tentative)\): “.+”$/u);
        expect(lines.join('\n')).toMatch(/committed|decided|intention/u);
        expect(await desk.page.getByTestId('dropped-list').locator('h2').textContent()).toBe('Dropped since the latest statement (2026)');
        // Grouped under its section heading (the statement's title left out).
        expect(card.section.slice(1)).toEqual(['III. Secure Digital Infrastructure and Economic Security']);
        expect(await desk.page.getByTestId('dropped-list').locator('h3').allTextContents()).toEqual(['III. Secure Digital Infrastructure and Economic Security']);
        expect(await desk.summary.textContent()).toContain('1 dropped');
      }),
    STORY_MS,
  );

  it(
    'the hover shows the precedent’s word diff',
    () =>
      story(async (desk) => {
        // "5 May 2026, Brussels": the date line. Double-click "May" and type over it.
        const block = await blockStartingWith(desk, '5 May 2026');
        const card = await desk.card(block);
        const point = await desk.pointAt(card.start + 3);
        await desk.page.mouse.dblclick(point.x, point.y);
        await desk.page.keyboard.type('June');
        expect(await desk.text()).toContain('5 June 2026, Brussels');
        await desk.waitForAnalysis();
        expect(await desk.cardOf(block).getAttribute('data-status')).toBe('revised');
        // The card shows the same diff.
        expect(await desk.cardOf(block).locator('del').textContent()).toBe('May');
        expect(await desk.cardOf(block).locator('ins').textContent()).toBe('June');

        const hover = await desk.hoverBlock(block);
        const content = (await hover.textContent()) ?? '';
        expect(content).toContain('Revised');
        expect(content).toContain('(2026)');
        expect(content).toMatch(/score \d\.\d\d/u);
        expect(await hover.locator('del, s').first().textContent()).toBe('May');
        expect(await hover.locator('strong, b').filter({ hasText: 'June' }).count()).toBe(1);
        await desk.screenshot('hover-revised');
      }),
    STORY_MS,
  );

  it(
    'Insert at cursor puts a dropped paragraph back',
    () =>
      story(async (desk) => {
        const block = await blockStartingWith(desk, '- **Cybersecurity:**');
        const original = await desk.text();
        await desk.deleteBlock(block);
        await desk.waitForAnalysis();
        const item = desk.droppedItems.filter({ hasText: 'Both sides welcomed the progress of the 7th EU-Japan Cyber Dialogue' });
        expect(await item.count()).toBe(1);
        expect(await item.locator('.note-commitment').count()).toBeGreaterThan(0);

        // The cursor is where the paragraph was; the button puts its Markdown there.
        await item.getByRole('button', { name: /^Insert at cursor/u }).click();
        const restored = await desk.text();
        expect(restored).toContain('- **Cybersecurity:** Both sides welcomed the progress of the 7th EU-Japan Cyber Dialogue');
        expect(restored.replace(/\n+/gu, '\n')).toBe(original.replace(/\n+/gu, '\n'));
        await desk.waitForAnalysis();
        expect(await desk.droppedItems.count()).toBe(0);
        expect(await desk.cards('new').count()).toBe(0);
        expect(await desk.summary.textContent()).toContain('0 dropped');
      }),
    STORY_MS,
  );

  it(
    'saving and reopening keeps the text',
    () =>
      story(async (desk) => {
        const { page } = desk;
        // A draft from the template has never been saved: dirty.
        expect(await page.title()).toBe('● Draft of the next statement.md — Precedent');

        await desk.menu('file:saveAs');
        const dialog = page.getByRole('dialog', { name: 'Save draft as' });
        await dialog.waitFor();
        await dialog.getByTestId('file-name').fill('fifth-meeting');
        await dialog.getByRole('button', { name: 'Save', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
        await expect.poll(() => page.title()).toBe('fifth-meeting.md — Precedent');

        await desk.typeAtEnd(`\n\n${UNRELATED}`);
        expect(await page.title()).toBe('● fifth-meeting.md — Precedent');
        await desk.menu('file:save');
        await expect.poll(() => page.title()).toBe('fifth-meeting.md — Precedent');
        const saved = await desk.text();
        expect(saved).toContain(UNRELATED);

        await desk.menu('file:new');
        await expect.poll(() => desk.text()).toBe('');
        expect(await page.title()).toBe('Untitled.md — Precedent');
        await desk.waitForAnalysis();
        expect(await desk.cards().count()).toBe(0);

        await desk.menu('file:open');
        const open = page.getByRole('dialog', { name: 'Open a draft' });
        await open.getByRole('button', { name: 'fifth-meeting.md', exact: true }).click();
        await open.waitFor({ state: 'detached' });
        await expect.poll(() => desk.text()).toBe(saved);
        expect(await page.title()).toBe('fifth-meeting.md — Precedent');
        await desk.waitForAnalysis();
        expect(await desk.cards('new').count()).toBe(1);
      }),
    STORY_MS,
  );

  it(
    'F7 jumps to the next new or revised block',
    () =>
      story(async (desk) => {
        await desk.typeAtEnd(`\n\n${UNRELATED}`);
        const result = await desk.waitForAnalysis();
        const added = result.cards.find((card) => card.status === 'new');
        expect(added).toBeDefined();
        const text = await desk.text();

        await desk.setCursor(1, 1);
        await desk.page.keyboard.press('F7');
        await expect.poll(async () => (await desk.cursor()).lineNumber).toBe(lineOf(text, added!.start));
        expect(await desk.cardOf(added!.block).getAttribute('class')).toContain('current');

        // With a revised block above it, F7 stops there first, then at the new one, then wraps.
        const date = await blockStartingWith(desk, '5 May 2026');
        const dateCard = await desk.card(date);
        const point = await desk.pointAt(dateCard.start + 3);
        await desk.page.mouse.dblclick(point.x, point.y);
        await desk.page.keyboard.type('June');
        const revised = await desk.waitForAnalysis();
        expect(revised.cards.filter((c) => c.status !== 'carried').map((c) => c.status)).toEqual(['revised', 'new']);
        const edited = await desk.text();
        const stops = revised.cards.filter((c) => c.status !== 'carried').map((c) => lineOf(edited, c.start));
        await desk.page.keyboard.press('Control+Home');
        for (const line of [...stops, stops[0]]) {
          await desk.page.keyboard.press('F7');
          await expect.poll(async () => (await desk.cursor()).lineNumber).toBe(line);
        }
        await desk.page.keyboard.press('Shift+F7');
        await expect.poll(async () => (await desk.cursor()).lineNumber).toBe(stops[1]);
      }),
    STORY_MS,
  );

  it(
    'clicking a card reveals its block; moving the cursor highlights its card',
    () =>
      story(async (desk) => {
        const text = await desk.text();
        const cables = await desk.card(await blockStartingWith(desk, '- **Submarine Cables:**'));
        const card = desk.cardOf(cables.block);
        await card.click();
        await expect.poll(async () => (await desk.cursor()).lineNumber).toBe(lineOf(text, cables.start));
        expect(await card.getAttribute('class')).toContain('current');
        // The editor has the focus, and the block is on screen.
        expect(await desk.page.evaluate(() => document.activeElement?.closest('[data-testid=editor]') !== null)).toBe(true);
        await desk.page.locator('[data-testid=editor] .view-line', { hasText: 'Submarine Cables:' }).first().waitFor();

        // A click in another block's text moves the cursor there: that block's card is the current one now.
        const opening = await desk.card(await blockStartingWith(desk, 'The EU and Japan (hereinafter'));
        const point = await desk.pointAt(opening.start + 20);
        await desk.page.mouse.click(point.x, point.y);
        await expect.poll(() => desk.cardOf(opening.block).getAttribute('class')).toContain('current');
        expect(await card.getAttribute('class')).not.toContain('current');
        expect(await desk.page.locator('[data-testid=block-card].current').count()).toBe(1);
        await desk.cardOf(opening.block).waitFor({ state: 'visible' });

        // And with the keyboard: Down arrows until the cursor is in the next paragraph.
        const amidst = await desk.card(await blockStartingWith(desk, 'Amidst a rapidly'));
        for (let presses = 0; presses < 40 && (await desk.cursor()).lineNumber < lineOf(text, amidst.start); presses++) await desk.page.keyboard.press('ArrowDown');
        expect((await desk.cursor()).lineNumber).toBe(lineOf(text, amidst.start));
        await expect.poll(() => desk.cardOf(amidst.block).getAttribute('class')).toContain('current');
        expect(await desk.cardOf(opening.block).getAttribute('class')).not.toContain('current');
      }),
    STORY_MS,
  );

  it(
    'keyboard: the panel cards are focusable, reachable with Tab, labelled, and Enter reveals the block',
    () =>
      story(async (desk) => {
        const labels = await desk.cards().evaluateAll((cards) => cards.map((card) => [card.tabIndex, card.getAttribute('aria-label') ?? '']));
        expect(labels.length).toBeGreaterThan(0);
        for (const [tabIndex, label] of labels) {
          expect(tabIndex).toBe(0);
          expect(label).toMatch(/^Carried over: \S/u);
        }
        expect(await desk.panel.getAttribute('aria-label')).toBe('Precedents of the draft');

        // Click the summary's last line (not focusable): Tab goes on from there, through the pending drafting checks, to the first card, then the second.
        await desk.summary.locator('.priors').click();
        const focused = () => desk.page.evaluate(() => [document.activeElement?.getAttribute('data-testid') ?? '', document.activeElement?.getAttribute('data-block') ?? '']);
        const passed: string[] = [];
        for (let i = 0; i < 20 && (passed.length === 0 || passed.at(-1) !== 'block-card'); i++) {
          await desk.page.keyboard.press('Tab');
          passed.push((await focused())[0]);
        }
        const checks = await desk.page.locator('[data-testid=check-item]').count();
        expect(passed).toEqual(['check-count', ...Array<string>(checks).fill('check-item'), 'block-card']);
        const first = await desk.cards().first().getAttribute('data-block');
        const second = await desk.cards().nth(1).getAttribute('data-block');
        expect(await focused()).toEqual(['block-card', first]);
        await desk.page.keyboard.press('Tab');
        expect(await focused()).toEqual(['block-card', second]);

        // Enter on a focused card reveals its block in the editor.
        const text = await desk.text();
        const card = await desk.card(Number(second));
        await desk.page.keyboard.press('Enter');
        await expect.poll(async () => (await desk.cursor()).lineNumber).toBe(lineOf(text, card.start));
        expect(await desk.cardOf(card.block).getAttribute('class')).toContain('current');

        // The Insert buttons of dropped paragraphs say what they insert.
        await desk.deleteBlock(await blockStartingWith(desk, '- **Semiconductors:**'));
        await desk.waitForAnalysis();
        expect(await desk.droppedItems.getByRole('button').first().getAttribute('aria-label')).toMatch(/^Insert at cursor: Semiconductors/u);
      }),
    STORY_MS,
  );

  it(
    'screenshots, light and dark, of carried, revised and new cards with a dropped list',
    () =>
      story(async (desk) => {
        const { page } = desk;
        // Revised: the last paragraph, reworded.
        const last = await desk.card(await blockStartingWith(desk, 'Both sides decided to convene'));
        await page.evaluate(
          ({ start, end }) => {
            const editor = (window as unknown as import('./support/DeskPage').DeskWindow).precedentDesk.editorInstance;
            const model = editor.getModel()!;
            const from = model.getPositionAt(start);
            const to = model.getPositionAt(end);
            editor.executeEdits('test', [
              {
                range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column },
                text: 'Both sides agreed to hold the fifth meeting of the Digital Partnership Council in Tokyo in 2027 to take stock of progress on the deliverables set out above.',
              },
            ]);
          },
          { start: last.start, end: last.end },
        );
        // Dropped: the Cybersecurity item; new: a paragraph at the end.
        await desk.waitForAnalysis();
        await desk.deleteBlock(await blockStartingWith(desk, '- **Cybersecurity:**'));
        await desk.typeAtEnd(`\n\n${UNRELATED}`);
        const result = await desk.waitForAnalysis();
        const statuses = new Set(result.cards.map((c) => c.status));
        expect([...statuses].sort()).toEqual(['carried', 'new', 'revised']);
        expect(await desk.droppedItems.count()).toBeGreaterThan(0);

        const frame = async (scheme: 'light' | 'dark') => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.locator(scheme === 'dark' ? '.monaco-editor.vs-dark' : '.monaco-editor.vs').first().waitFor();
          await page.keyboard.press('Control+End');
          // The panel's end: the last cards and the dropped list.
          await desk.panel.evaluate((panel) => {
            panel.scrollTop = panel.scrollHeight;
          });
          await page.getByTestId('dropped-list').waitFor({ state: 'visible' });
          await desk.screenshot(`desk-${scheme}`);
        };
        await frame('light');
        await frame('dark');
      }),
    STORY_MS,
  );
});
