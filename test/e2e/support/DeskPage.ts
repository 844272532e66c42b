/**
 * The drafting desk in a browser page (browser mode, served by
 * `serveRenderer`), driven as a user drives it: real key presses and mouse
 * moves wherever Chromium can give them, the page's own state only to know
 * when the analysis of the text on screen is shown.
 *
 * The desk is observed through `window.precedentDesk` (its public
 * `onResult`, `currentVersion` and `editorInstance`) and
 * `document.body.dataset.analysedVersion`. An init script records every
 * result from the moment the desk is created, so offsets of blocks are the
 * analysis's own, never guessed from the text.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { AnalysisResult, CardView } from '../../../renderer/worker/protocol';
import type { ExportFormat, ExportRequest } from '../../../contract/api';

export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** What a test needs of Monaco's editor, structurally (the page's objects never cross into Node). */
interface EditorLike {
  getModel(): {
    getValue(): string;
    getPositionAt(offset: number): { lineNumber: number; column: number };
    getOffsetAt(position: { lineNumber: number; column: number }): number;
    getLineCount(): number;
    getLineMaxColumn(line: number): number;
    getLineContent(line: number): string;
  } | null;
  getValue(): string;
  setValue(text: string): void;
  getPosition(): { lineNumber: number; column: number } | null;
  setPosition(position: { lineNumber: number; column: number }): void;
  setSelection(range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }): void;
  revealPositionInCenter(position: { lineNumber: number; column: number }): void;
  getScrolledVisiblePosition(position: { lineNumber: number; column: number }): { top: number; left: number; height: number } | null;
  getDomNode(): HTMLElement | null;
  focus(): void;
  trigger(source: string, handlerId: string, payload: unknown): void;
  executeEdits(source: string, edits: Array<{ range: unknown; text: string; forceMoveMarkers?: boolean }>): boolean;
}

/** The page's window as the desk and the init script leave it. */
export interface DeskWindow {
  precedentDesk: {
    currentVersion: number;
    editorInstance: EditorLike;
    onResult(listener: (result: AnalysisResult) => void): () => void;
  };
  /** The last analysis shown, recorded by the init script. */
  __precedentLastResult?: AnalysisResult;
}

/**
 * Installed before the page's scripts run: records results from the desk's
 * creation on. A string, not a function: tsx and esbuild wrap named
 * functions in `__name(...)` calls that do not exist in the page; the
 * script defines a no-op `__name` too, so functions passed to
 * `page.evaluate` from such a build run there.
 */
const RECORD_RESULTS = `(() => {
  if (!('__name' in globalThis)) globalThis.__name = (fn) => fn;
  let desk;
  Object.defineProperty(window, 'precedentDesk', {
    configurable: true,
    get: () => desk,
    set(value) {
      desk = value;
      value.onResult((result) => { window.__precedentLastResult = result; });
    },
  });
})();`;

export class DeskPage {
  private recording = false;

  private constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  /** A new page of `context` on the desk, with the first analysis shown. */
  static async open(context: BrowserContext, url: string): Promise<DeskPage> {
    const page = await context.newPage();
    const desk = new DeskPage(page, url);
    await desk.open();
    return desk;
  }

  /** Loads (or reloads) the desk and waits for the analysis of the template draft. */
  async open(): Promise<void> {
    if (!this.recording) await this.page.addInitScript({ content: RECORD_RESULTS });
    this.recording = true;
    await this.page.goto(this.url);
    await this.page.waitForFunction(() => (window as unknown as DeskWindow).precedentDesk?.currentVersion > 0, null, { timeout: 30_000 });
    await this.waitForAnalysis();
  }

  /** Waits until the panel and the decorations show the analysis of the text now in the editor. */
  async waitForAnalysis(timeout = 30_000): Promise<AnalysisResult> {
    await this.page.waitForFunction(
      () => {
        const w = window as unknown as DeskWindow;
        return w.precedentDesk !== undefined && document.body.dataset.analysedVersion === String(w.precedentDesk.currentVersion);
      },
      null,
      { timeout },
    );
    return this.result();
  }

  /** The last analysis shown. */
  async result(): Promise<AnalysisResult> {
    const result = await this.page.evaluate(() => (window as unknown as DeskWindow).__precedentLastResult ?? null);
    if (!result) throw new Error('no analysis has been shown yet');
    return result;
  }

  /** The card of draft block `index` in the last analysis. */
  async card(index: number): Promise<CardView> {
    const card = (await this.result()).cards.find((c) => c.block === index);
    if (!card) throw new Error(`no card for block ${index}`);
    return card;
  }

  /** The panel's cards, all of them or those of one status. */
  cards(status?: 'carried' | 'revised' | 'new'): Locator {
    return this.page.locator(status ? `[data-testid=block-card][data-status=${status}]` : '[data-testid=block-card]');
  }

  cardOf(index: number): Locator {
    return this.page.locator(`[data-testid=block-card][data-block="${index}"]`);
  }

  get editor(): Locator {
    return this.page.getByTestId('editor');
  }

  get panel(): Locator {
    return this.page.getByTestId('panel');
  }

  get summary(): Locator {
    return this.page.getByTestId('summary');
  }

  get droppedItems(): Locator {
    return this.page.locator('[data-testid=dropped-list] [data-testid=dropped-item]');
  }

  /** The editor's text. */
  text(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as DeskWindow).precedentDesk.editorInstance.getValue());
  }

  /** The cursor's line and column. */
  async cursor(): Promise<{ lineNumber: number; column: number }> {
    const position = await this.page.evaluate(() => (window as unknown as DeskWindow).precedentDesk.editorInstance.getPosition());
    if (!position) throw new Error('the editor has no cursor');
    return position;
  }

  /** Clicks into the text, goes to its end with Ctrl+End and types `text` key by key ("\n" presses Enter). */
  async typeAtEnd(text: string): Promise<void> {
    await this.page.locator('[data-testid=editor] .view-lines').click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /**
   * Pastes `text` as a new paragraph at the end of the draft. Headless
   * Chromium has no system clipboard, so this goes to the place a Ctrl+V ends
   * in: Monaco's own `paste` handler (`editor.trigger('keyboard', 'paste',
   * { text })`), which inserts the text in one undoable edit at the cursor,
   * as a paste does. The cursor is put at the end by Ctrl+End first.
   */
  async pasteParagraph(text: string): Promise<void> {
    await this.page.locator('[data-testid=editor] .view-lines').click();
    await this.page.keyboard.press('Control+End');
    await this.page.evaluate((paragraph) => {
      const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
      const value = editor.getValue();
      const lead = value.endsWith('\n\n') ? '' : value.endsWith('\n') ? '\n' : '\n\n';
      editor.trigger('keyboard', 'paste', { text: `${lead}${paragraph}\n` });
    }, text);
  }

  /**
   * Deletes the lines of draft block `index` (as the last analysis locates
   * it): selects them through the model, from the block's first column to the
   * start of the line after it, then presses Delete.
   */
  async deleteBlock(index: number): Promise<void> {
    const card = await this.card(index);
    await this.page.evaluate(
      ({ start, end }) => {
        const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
        const model = editor.getModel();
        if (!model) throw new Error('no model');
        const from = model.getPositionAt(start);
        const to = model.getPositionAt(end);
        const last = model.getLineCount();
        // Whole lines, so no list marker is left behind; the following line is kept.
        const range =
          to.lineNumber < last
            ? { startLineNumber: from.lineNumber, startColumn: 1, endLineNumber: to.lineNumber + 1, endColumn: 1 }
            : { startLineNumber: from.lineNumber, startColumn: 1, endLineNumber: to.lineNumber, endColumn: model.getLineMaxColumn(to.lineNumber) };
        editor.focus();
        editor.setSelection(range);
      },
      { start: card.start, end: card.end },
    );
    await this.page.keyboard.press('Delete');
  }

  /** Puts the cursor at a line and column and focuses the editor. */
  async setCursor(lineNumber: number, column = 1): Promise<void> {
    await this.page.evaluate(
      (position) => {
        const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
        editor.focus();
        editor.setPosition(position);
        editor.revealPositionInCenter(position);
      },
      { lineNumber, column },
    );
  }

  /** Clicks the in-page menu that holds `command`, then its item. */
  async menu(command: string): Promise<void> {
    const menu = this.page.locator('#menubar .menu').filter({ has: this.page.locator(`[data-command="${command}"]`) });
    const item = menu.locator(`[data-command="${command}"]`);
    await menu.locator(':scope > button').click();
    await item.click();
  }

  /** File › Export › the item for `format` ("Report as Word (tracked changes)…" for docx). */
  async exportAs(format: ExportFormat): Promise<void> {
    const file = this.page.locator('#menubar .menu').filter({ has: this.page.locator('[data-command="file:export"]') });
    await file.locator(':scope > button').click();
    await file.locator(`[data-command="file:export"][data-format="${format}"]`).click();
  }

  /** What browser mode recorded for the export saved as `name` (it builds no bytes), once it is there. */
  async recordedExport(name: string): Promise<{ format: ExportFormat; request: ExportRequest }> {
    const path = `memory:/${name}`;
    await this.page.waitForFunction((at) => (window as unknown as { precedentFiles: Map<string, string> }).precedentFiles.has(at), path, { timeout: 10_000 });
    return JSON.parse((await this.readFile(path))!) as { format: ExportFormat; request: ExportRequest };
  }

  /**
   * The page coordinates of a character of the draft (by offset), scrolled
   * into view first.
   */
  async pointAt(offset: number): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate((at) => {
      const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
      const model = editor.getModel();
      if (!model) throw new Error('no model');
      const position = model.getPositionAt(at);
      editor.revealPositionInCenter(position);
      const visible = editor.getScrolledVisiblePosition(position);
      const box = editor.getDomNode()?.getBoundingClientRect();
      if (!visible || !box) return null;
      return { x: box.left + visible.left + 2, y: box.top + visible.top + visible.height / 2 };
    }, offset);
    if (!point) throw new Error(`offset ${offset} is not visible`);
    return point;
  }

  /** Moves the mouse over the middle of block `index`'s text and waits for Monaco's hover; returns it. */
  async hoverBlock(index: number): Promise<Locator> {
    const card = await this.card(index);
    // A word in the middle of the block, away from commitments' own hovers where possible.
    const text = (await this.text()).slice(card.start, card.end);
    let at = Math.floor(text.length / 2);
    while (at > 0 && /\s/u.test(text[at])) at--;
    const point = await this.pointAt(card.start + at);
    // Scrolling settles on the next frame: move away, then onto the word, as a hand does.
    await this.page.mouse.move(point.x, point.y - 200);
    await this.page.mouse.move(point.x, point.y, { steps: 4 });
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /Carried over|Revised|New/u }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    return hover;
  }

  /** Saves a PNG of the page under test-results/screenshots/. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Writes (or, with null, deletes) a file of browser mode's in-memory disk,
   * behind the desk's back, as another program would on a real disk.
   */
  async writeFile(path: string, text: string | null): Promise<void> {
    await this.page.evaluate(
      ([at, content]) => {
        const files = (window as unknown as { precedentFiles: Map<string, string> }).precedentFiles;
        if (content === null) files.delete(at);
        else files.set(at, content);
      },
      [path, text] as const,
    );
  }

  /** The text of a file of the in-memory disk, or null when there is none. */
  readFile(path: string): Promise<string | null> {
    return this.page.evaluate((at) => (window as unknown as { precedentFiles: Map<string, string> }).precedentFiles.get(at) ?? null, path);
  }

  /** File › Open, answering Don’t Save if the draft on screen has unsaved changes, and choosing `name` in the list. */
  async openFile(name: string): Promise<void> {
    await this.menu('file:open');
    const unsaved = this.page.getByRole('dialog', { name: /^Save changes to/u });
    const list = this.page.getByRole('dialog', { name: 'Open a draft' });
    await unsaved.or(list).waitFor();
    if (await unsaved.isVisible()) await unsaved.getByRole('button', { name: 'Don’t Save' }).click();
    await list.getByRole('button', { name, exact: true }).click();
    await list.waitFor({ state: 'detached' });
  }

  /**
   * Drops a file on the editor as a drag from a folder does: dragenter,
   * dragover and drop, carrying a File of `bytes` (a string is UTF-8 text).
   */
  async dropFile(name: string, bytes: string | Uint8Array): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([typeof content === 'string' ? content : new Uint8Array(content)], fileName));
        return data;
      },
      [name, typeof bytes === 'string' ? bytes : [...bytes]] as const,
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await this.editor.dispatchEvent(type, { dataTransfer: transfer });
    await transfer.dispose();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
