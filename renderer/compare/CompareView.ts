/**
 * Revision review: the text of two documents side by side in Monaco's diff
 * editor (or inline), their front matter left out, and beside them the
 * changed cover fields and the engine's change list, in order, with moves
 * shown as moves (Monaco only detects moved lines, never moved paragraphs),
 * a counter, keys for the next and previous change, and the list as text
 * to copy.
 */
import { monaco } from '../editor/monaco';
import { renderDiff } from '../panel/diffView';
import { documentText, type ShownText } from './documentText';
import type { AnalysisClient } from '../worker/AnalysisClient';
import type { CompareResult, ComparedDocument, RevisionPair } from '../worker/protocol';
import type { RevisionOperation } from '../../engine/index';
import type { CorpusSource, DocumentText, ExportFormat, PrecedentApi } from '../../contract/api';
import { offerToAdd } from './offerToAdd';
import { requestExport } from '../ui/requestExport';
import { showInfo } from '../ui/dialogs';
import { textButton } from '../ui/textButton';

const LABEL = { changed: 'Changed', moved: 'Moved', inserted: 'Inserted', deleted: 'Deleted', equal: 'Unchanged' } as const;

export class CompareView {
  private readonly diffEditor: monaco.editor.IStandaloneDiffEditor;
  private readonly list: HTMLOListElement;
  private readonly counter: HTMLElement;
  private readonly side: HTMLElement;
  /** The versions compared from a file, not in the corpus, with a button each to add it. */
  private readonly offers: HTMLElement;
  private changes: RevisionOperation[] = [];
  private result: CompareResult | null = null;
  /** The text each side of the diff editor shows (the source without its front matter), for block offsets to be placed in it. */
  private shown: { old: ShownText; new: ShownText } = { old: { text: '', offset: 0 }, new: { text: '', offset: 0 } };
  /** The two versions as the report names them: corpus ids, or the reviewed document's name. */
  private names = { old: '', new: '' };
  private current = -1;
  private inline = false;
  private readonly oldMarks: monaco.editor.IEditorDecorationsCollection;
  private readonly newMarks: monaco.editor.IEditorDecorationsCollection;

  constructor(
    private readonly root: HTMLElement,
    private readonly analysis: AnalysisClient,
    private readonly api: PrecedentApi,
    /** Adds a version compared from a file to the corpus, when the user asks (the desk does, and says a refusal). */
    private readonly addToCorpus: (document: DocumentText) => Promise<CorpusSource | null> = async () => null,
  ) {
    root.dataset.testid = 'compare-view';
    root.classList.add('compare-view');
    const toolbar = document.createElement('div');
    toolbar.className = 'compare-toolbar';
    const title = document.createElement('h1');
    title.className = 'compare-title';
    this.counter = document.createElement('span');
    this.counter.dataset.testid = 'change-counter';
    this.counter.setAttribute('aria-live', 'polite');
    const previous = this.button('↑ Previous', () => this.step(-1), 'Previous change (Shift+F7)');
    const next = this.button('↓ Next', () => this.step(1), 'Next change (F7)');
    const inline = this.button('Inline', () => this.toggleInline(inline), 'Show the changes inline');
    inline.setAttribute('aria-pressed', 'false');
    const copy = this.button('Copy change list', () => void navigator.clipboard.writeText(this.asText()), 'Copy the change list as text');
    const exports = document.createElement('span');
    exports.className = 'compare-export';
    exports.setAttribute('role', 'group');
    exports.setAttribute('aria-label', 'Export the review');
    exports.append(
      'Export:',
      this.button('Word', () => void this.exportReview('docx'), 'Export the review as a Word document with tracked changes'),
      this.button('HTML', () => void this.exportReview('html'), 'Export the review as a standalone HTML report'),
      this.button('PDF', () => void this.exportReview('pdf'), 'Export the review as a PDF report'),
    );
    toolbar.append(title, this.counter, previous, next, inline, copy, exports);
    this.offers = document.createElement('div');
    this.offers.className = 'compare-offers';
    this.offers.hidden = true;
    const body = document.createElement('div');
    body.className = 'compare-body';
    const editorBox = document.createElement('div');
    editorBox.className = 'compare-editor';
    this.side = document.createElement('aside');
    this.side.className = 'compare-side';
    this.side.setAttribute('aria-label', 'Changes');
    this.list = document.createElement('ol');
    this.list.className = 'change-list';
    body.append(editorBox, this.side);
    root.append(toolbar, this.offers, body);
    this.diffEditor = monaco.editor.createDiffEditor(editorBox, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      wordWrap: 'on',
      diffWordWrap: 'on',
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      ignoreTrimWhitespace: false,
      /*
       * No time limit: stopped at its default 5 s, Monaco's diff of two
       * statements rewritten as much as 2025 and 2026 gives up and marks the
       * whole text deleted and inserted, so that even a date line changed in
       * place reads as a deletion and an insertion. Done, it pairs the lines
       * the engine pairs (10 s on a busy 2-core machine, in the editor's
       * worker: the change list beside it is there at once).
       */
      maxComputationTime: 0,
      theme: window.matchMedia('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs',
    });
    this.oldMarks = this.diffEditor.getOriginalEditor().createDecorationsCollection();
    this.newMarks = this.diffEditor.getModifiedEditor().createDecorationsCollection();
    root.addEventListener('keydown', (event) => {
      if (event.key === 'F7' || (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp'))) {
        event.preventDefault();
        this.step(event.shiftKey || event.key === 'ArrowUp' ? -1 : 1);
      }
    });
  }

  /** Compares two documents of the corpus. */
  async show(oldId: string, newId: string): Promise<void> {
    offerToAdd(this.offers, [], this.addToCorpus);
    await this.present(this.analysis.compare(oldId, newId), (result) => `${result.old.title} (${oldId}) → ${result.new.title} (${newId})`, { old: oldId, new: newId });
  }

  /** Compares two versions held in memory (a Word document's text before and after its tracked changes); null when there is none. */
  async showPair(pair: RevisionPair | null): Promise<void> {
    if (pair === null) {
      this.title.textContent = 'Nothing to review: open a Word document with tracked changes and choose Review the changes';
      offerToAdd(this.offers, [], this.addToCorpus);
      this.clear();
      return;
    }
    offerToAdd(this.offers, pair.notInCorpus ?? [], this.addToCorpus);
    const titles = pair.titles;
    await this.present(this.analysis.comparePair(pair), () => (titles ? `${titles.old} → ${titles.new}` : `${pair.name}: before → after the tracked changes`), titles ?? {
      old: `${pair.name} before the tracked changes`,
      new: `${pair.name} after the tracked changes`,
    });
  }

  private async present(comparing: Promise<CompareResult | { error: string }>, titleOf: (result: CompareResult) => string, names: { old: string; new: string }): Promise<void> {
    const title = this.title;
    title.textContent = 'Comparing…';
    // Until the new comparison is shown, Export has nothing to export rather than the previous one.
    this.result = null;
    const result = await comparing;
    if ('error' in result) {
      title.textContent = `Cannot compare: ${result.error}`;
      return;
    }
    this.result = result;
    this.names = names;
    title.textContent = titleOf(result);
    this.shown = { old: documentText(result.old), new: documentText(result.new) };
    this.diffEditor.setModel({
      original: monaco.editor.createModel(this.shown.old.text, 'markdown'),
      modified: monaco.editor.createModel(this.shown.new.text, 'markdown'),
    });
    this.changes = result.operations.filter((op) => op.type !== 'equal');
    this.renderSide(result);
    this.current = -1;
    this.counter.textContent = `${this.changes.length} changes`;
    this.markMoves(result);
  }

  /** Exports the review on screen (File › Export routes here while this view shows): main compares the two sources again. */
  async exportReview(format: Exclude<ExportFormat, 'csv'>): Promise<void> {
    if (!this.result) {
      await showInfo('Nothing to export yet', ['The comparison is not shown yet: wait for it, or choose two documents with File › Compare.']);
      return;
    }
    const [before, after] = [this.result.old, this.result.new];
    await requestExport(this.api, { format, subject: { kind: 'revisions', old: { title: this.names.old, source: before.source }, new: { title: this.names.new, source: after.source } } });
  }

  private get title(): HTMLElement {
    return this.root.querySelector('.compare-title')!;
  }

  /** Empties the view, so that a previous comparison is not taken for the one asked for. */
  private clear(): void {
    this.result = null;
    this.changes = [];
    this.diffEditor.setModel(null);
    this.side.replaceChildren();
    this.counter.textContent = '';
  }

  private renderSide(result: CompareResult): void {
    const s = result.summary;
    const summary = document.createElement('p');
    summary.className = 'compare-summary';
    summary.textContent = `${s.changed} changed · ${s.moved} moved · ${s.inserted} inserted · ${s.deleted} deleted · ${s.equal} unchanged`;
    const cover = this.coverTable(result);
    this.list.replaceChildren(
      ...this.changes.map((op, i) => {
        const item = document.createElement('li');
        item.className = `change change-${op.type}`;
        item.dataset.testid = 'change-item';
        item.dataset.type = op.type;
        item.tabIndex = 0;
        const head = document.createElement('div');
        head.className = 'change-head';
        head.textContent = `${LABEL[op.type]} ${where(op)}`;
        item.append(head, renderDiff(op.diff));
        item.setAttribute('aria-label', `${LABEL[op.type]} ${where(op)}`);
        item.addEventListener('click', () => this.go(i));
        item.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') this.go(i);
        });
        return item;
      }),
    );
    this.side.replaceChildren(summary, ...(cover ? [cover] : []), this.list);
  }

  private coverTable(result: CompareResult): HTMLElement | null {
    const rows = Object.entries(result.header).filter(([, [a, b]]) => a !== b);
    if (rows.length === 0) return null;
    const table = document.createElement('table');
    table.className = 'cover-table';
    table.dataset.testid = 'cover-changes';
    const caption = document.createElement('caption');
    caption.textContent = 'Council-note cover: fields that changed';
    table.append(caption);
    for (const [field, [before, after]] of rows) {
      const row = table.insertRow();
      row.insertCell().textContent = field;
      row.insertCell().textContent = before ?? '—';
      row.insertCell().textContent = after ?? '—';
    }
    return table;
  }

  private step(direction: 1 | -1): void {
    if (this.changes.length === 0) return;
    this.go((this.current + direction + this.changes.length) % this.changes.length);
  }

  /** Reveals change `i` on both sides and marks it in the list. */
  private go(i: number): void {
    if (!this.result) return;
    this.current = i;
    const op = this.changes[i];
    this.counter.textContent = `${i + 1} of ${this.changes.length}`;
    for (const [n, item] of [...this.list.children].entries()) item.classList.toggle('current', n === i);
    (this.list.children[i] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
    const reveal = (editor: monaco.editor.ICodeEditor, doc: ComparedDocument, shown: ShownText, blocks: number[], marks: monaco.editor.IEditorDecorationsCollection) => {
      const model = editor.getModel();
      if (!model || blocks.length === 0) {
        marks.clear();
        return;
      }
      const first = doc.blocks[blocks[0]];
      const last = doc.blocks[blocks[blocks.length - 1]];
      const from = model.getPositionAt(first.start - shown.offset);
      const to = model.getPositionAt(last.end - shown.offset);
      const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
      editor.revealRangeInCenter(range);
      marks.set([{ range, options: { isWholeLine: true, className: 'change-focus', linesDecorationsClassName: 'change-focus-bar' } }]);
    };
    reveal(this.diffEditor.getOriginalEditor(), this.result.old, this.shown.old, op.old, this.oldMarks);
    reveal(this.diffEditor.getModifiedEditor(), this.result.new, this.shown.new, op.new, this.newMarks);
  }

  /** Moved blocks are labelled on both sides, where Monaco would show a deletion and an insertion. */
  private markMoves(result: CompareResult): void {
    const moves = this.changes.filter((op) => op.type === 'moved');
    const label = (editor: monaco.editor.ICodeEditor, doc: ComparedDocument, shown: ShownText, blocks: (op: RevisionOperation) => number[], text: (op: RevisionOperation) => string) =>
      editor.createDecorationsCollection(
        moves.map((op) => {
          const model = editor.getModel()!;
          const block = doc.blocks[blocks(op)[0]];
          const at = model.getPositionAt(block.start - shown.offset);
          return {
            range: new monaco.Range(at.lineNumber, 1, at.lineNumber, 1),
            options: { isWholeLine: true, className: 'moved-block', glyphMarginHoverMessage: { value: text(op) }, linesDecorationsClassName: 'moved-bar' },
          };
        }),
      );
    label(this.diffEditor.getOriginalEditor(), result.old, this.shown.old, (op) => op.old, (op) => `Moved to ¶${op.new[0] + 1} in the new version`);
    label(this.diffEditor.getModifiedEditor(), result.new, this.shown.new, (op) => op.new, (op) => `Moved from ¶${op.old[0] + 1} in the old version`);
  }

  private toggleInline(button: HTMLButtonElement): void {
    this.inline = !this.inline;
    this.diffEditor.updateOptions({ renderSideBySide: !this.inline });
    button.setAttribute('aria-pressed', String(this.inline));
  }

  /** The change list as plain text, in the manner of the command line's report. */
  private asText(): string {
    if (!this.result) return '';
    const mark = (op: RevisionOperation) => op.diff.map(([kind, text]) => (kind === 0 ? text : kind === -1 ? `[-${text}-]` : `{+${text}+}`)).join('');
    const s = this.result.summary;
    return [
      `${this.result.old.title} -> ${this.result.new.title}`,
      `${s.equal} equal, ${s.changed} changed, ${s.moved} moved, ${s.inserted} inserted, ${s.deleted} deleted`,
      ...this.changes.map((op) => `\n${LABEL[op.type]} ${where(op)}\n    ${mark(op)}`),
    ].join('\n');
  }

  private button(label: string, onClick: () => void, title: string): HTMLButtonElement {
    return textButton(label, onClick, { title });
  }
}

/** "¶3 → ¶5": paragraph numbers as a reader counts them, from 1. */
function where(op: RevisionOperation): string {
  const paragraphs = (blocks: number[]) => blocks.map((b) => `¶${b + 1}`).join(', ');
  if (op.type === 'inserted') return `at ${paragraphs(op.new)}`;
  if (op.type === 'deleted') return `${paragraphs(op.old)}`;
  return `${paragraphs(op.old)} → ${paragraphs(op.new)}`;
}
