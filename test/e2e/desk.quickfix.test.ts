/**
 * The quick fix "Replace with the agreed wording…" (Ctrl+.) in a browser:
 * offered only where the precedent really continues the paragraph, it
 * shows the text it will put in before it does, and one Ctrl+Z gives the
 * paragraph back. Never offered on a weak link, nor from a bare label item.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDeskSession } from './support/deskSession';
import type { DeskPage, DeskWindow } from './support/DeskPage';

const STORY_MS = 90_000;
const session = useDeskSession();
const story = session.story;

const REPLACE = /Replace with the agreed wording/u;

/** The draft block whose text starts with `prefix`, in the last analysis. */
async function cardStartingWith(desk: DeskPage, prefix: string) {
  const result = await desk.result();
  const text = await desk.text();
  const card = result.cards.find((c) => text.slice(c.start, c.end).replace(/^[-*]\s+/u, '').replace(/\*\*/gu, '').startsWith(prefix));
  if (!card) throw new Error(`no block starts with ${prefix}`);
  return card;
}

/** Puts the cursor inside the block that starts with `prefix`, presses Ctrl+. and returns the titles Monaco lists (none when it has nothing to offer). */
async function quickFixesAt(desk: DeskPage, prefix: string): Promise<string[]> {
  const card = await cardStartingWith(desk, prefix);
  const text = await desk.text();
  const line = text.slice(0, card.start + 10).split('\n').length;
  await desk.setCursor(line, 12);
  await desk.page.keyboard.press('Control+Period');
  const menu = desk.page.locator('.action-widget:not(.action-list-submenu-panel)');
  const nothing = desk.page.locator('.monaco-editor-overlaymessage').filter({ hasText: /No (code actions|quick fixes)/u });
  await menu.or(nothing).first().waitFor({ state: 'visible', timeout: 10_000 });
  const titles = (await menu.isVisible()) ? await menu.locator('.monaco-list-row').allTextContents() : [];
  return titles.map((t) => t.trim()).filter(Boolean);
}

/** Selects `word` inside the first occurrence of `phrase` in the draft and types `replacement` over it. */
async function replaceWords(desk: DeskPage, phrase: string, word: string, replacement: string): Promise<void> {
  const text = await desk.text();
  const at = text.indexOf(phrase) + phrase.indexOf(word);
  await selectOffsets(desk, at, at + word.length);
  await desk.page.keyboard.type(replacement);
  await desk.waitForAnalysis();
}

/** Puts the cursor right after `phrase` and types `added` key by key. */
async function typeAfter(desk: DeskPage, phrase: string, added: string): Promise<void> {
  const text = await desk.text();
  const at = text.indexOf(phrase) + phrase.length;
  await selectOffsets(desk, at, at);
  await desk.page.keyboard.type(added);
  await desk.waitForAnalysis();
}

async function selectOffsets(desk: DeskPage, start: number, end: number): Promise<void> {
  await desk.page.evaluate(
    ([from, to]) => {
      const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
      const model = editor.getModel()!;
      const a = model.getPositionAt(from);
      const b = model.getPositionAt(to);
      editor.focus();
      editor.setSelection({ startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column });
      editor.revealPositionInCenter(a);
    },
    [start, end] as const,
  );
}

/** Appends paragraphs to the template draft and waits for their analysis. */
async function withParagraphs(desk: DeskPage, paragraphs: string[]): Promise<void> {
  await desk.pasteParagraph(paragraphs.join('\n\n'));
  await desk.waitForAnalysis();
}

describe.skipIf(!chromiumAvailable)('the quick fix that puts back the agreed wording', () => {
  it(
    'is not offered on a weak link, and a paragraph on AI is never linked to the bare label item "Artificial Intelligence (AI):"',
    () =>
      story(async (desk) => {
        // A loose echo of the 2025 paragraph on safe alternatives to chemicals such as PFAS (the link model gives it about 0.7).
        const weak = 'Both sides discussed alternatives to harmful chemicals in manufacturing and possible joint research.';
        const onAi = 'Both sides will explore joint work on artificial intelligence (AI) for agriculture and rural communities.';
        await withParagraphs(desk, [weak, onAi]);
        // The weakly linked paragraph is a revision by the model's judgement, but not one to replace.
        const weakCard = await cardStartingWith(desk, weak.slice(0, 30));
        expect(weakCard.status).toBe('revised');
        expect(weakCard.agreedWording).toBeNull();
        expect(await quickFixesAt(desk, weak.slice(0, 30))).not.toContainEqual(expect.stringMatching(REPLACE));
        await desk.screenshot('quickfix-weak-link');
        await desk.page.keyboard.press('Escape');

        // The paragraph on AI is new: its card names no bare label, as precedent or as the closest block.
        const aiCard = await cardStartingWith(desk, onAi.slice(0, 30));
        expect(aiCard.status).toBe('new');
        const aiReason = await desk.cardOf(aiCard.block).getByTestId('card-reason').textContent();
        expect(aiReason).not.toContain('Artificial Intelligence (AI):');
        expect(await quickFixesAt(desk, onAi.slice(0, 30))).not.toContainEqual(expect.stringMatching(REPLACE));
        await desk.page.keyboard.press('Escape');
      }),
    STORY_MS,
  );

  it(
    'is not offered from a precedent much shorter than the paragraph it would replace',
    () =>
      story(async (desk) => {
        const added =
          ' Both sides will also map the differences between their accreditation schemes for qualified trust service providers, publish a joint note on the results, and consult industry and academia on how cross-border recognition of electronic signatures could be implemented in practice in public procurement and in the health sector.';
        await typeAfter(desk, 'by using trusted lists in the future.', added);
        const card = await cardStartingWith(desk, 'Electronic Signatures:');
        expect(card.status).not.toBe('new');
        expect(card.agreedWording).toBeNull();
        expect(await quickFixesAt(desk, 'Electronic Signatures:')).not.toContainEqual(expect.stringMatching(REPLACE));
        await desk.page.keyboard.press('Escape');
      }),
    STORY_MS,
  );

  it(
    'on a real continuation shows the agreed wording before putting it in, and one Ctrl+Z gives the paragraph back',
    () =>
      story(async (desk) => {
        await replaceWords(desk, 'Both sides confirmed the implementation of the MoC on Semiconductors', 'confirmed', 'welcomed');
        const edited = await desk.text();
        expect(edited).toContain('Both sides welcomed the implementation of the MoC on Semiconductors');
        const titles = await quickFixesAt(desk, 'Semiconductors: Both sides welcomed');
        const title = titles.find((t) => REPLACE.test(t));
        expect(title).toMatch(/Replace with the agreed wording of Joint Statement of the fourth meeting .* \(2026\)…/u);
        await desk.page.locator('.action-widget:not(.action-list-submenu-panel) .monaco-list-row').filter({ hasText: REPLACE }).click();

        // The preview: the paragraph as it is, and the agreed wording that will replace it; nothing changed yet.
        const preview = desk.page.getByTestId('replacement-preview');
        await preview.waitFor();
        expect(await desk.page.getByTestId('replacement-current').textContent()).toContain('Both sides welcomed the implementation');
        expect(await desk.page.getByTestId('replacement-new').textContent()).toContain('Both sides confirmed the implementation of the MoC on Semiconductors');
        const changes = desk.page.getByTestId('replacement-changes');
        expect(await changes.locator('del').allTextContents()).toEqual(['welcomed']);
        expect(await changes.locator('ins').allTextContents()).toEqual(['confirmed']);
        expect(await desk.text()).toBe(edited);
        await desk.screenshot('quickfix-preview');

        // Cancel keeps the paragraph; Replace puts the agreed wording in.
        await desk.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
        expect(await desk.text()).toBe(edited);
        await quickFixesAt(desk, 'Semiconductors: Both sides welcomed');
        await desk.page.locator('.action-widget:not(.action-list-submenu-panel) .monaco-list-row').filter({ hasText: REPLACE }).click();
        await desk.page.getByTestId('replacement-confirm').click();
        await expect.poll(() => desk.text()).toContain('Both sides confirmed the implementation of the MoC on Semiconductors');
        expect(await desk.text()).not.toContain('Both sides welcomed the implementation');
        const result = await desk.waitForAnalysis();
        expect(result.summary.revised).toBe(0);

        // One undo step: a single Ctrl+Z gives back the edited paragraph, exactly.
        await desk.page.keyboard.press('Control+Z');
        await expect.poll(() => desk.text()).toBe(edited);
      }),
    STORY_MS,
  );
});
