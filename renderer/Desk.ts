/**
 * The drafting desk: the editor, its analysis worker, the panel and the
 * files, wired together. Menu commands arrive through the contract, from
 * the native menu or the in-page one.
 */
import { monaco } from './editor/monaco';
import { AnalysisDecorations } from './editor/decorations';
import { registerProviders } from './editor/providers';
import { blockInsertion, insertionPoint } from './editor/insertion';
import { Panel } from './panel/Panel';
import { PriorsChooser } from './panel/PriorsChooser';
import { LanguageNotice } from './panel/LanguageNotice';
import { askToOverwrite, askToRestore, askToSave, chooseFromList, showError, showInfo } from './ui/dialogs';
import { SHORTCUTS } from './ui/shortcuts';
import { requestExport } from './ui/requestExport';
import { findSameDocument, parseDocument, statementTemplate } from '../engine/index';
import type { CorpusSource, DocumentText, DraftFile, DroppedFile, ExportFormat, MenuCommand, PrecedentApi } from '../contract/api';
import { AnalysisClient } from './worker/AnalysisClient';
import { ImportStatus } from './import/ImportStatus';
import { openDroppedFiles } from './import/dropFiles';
import type { RevisionPair } from './worker/protocol';
import { parseRoute } from './router';
import { changeStops } from './editor/fateMarks';
import { documentLabel } from './corpus/documentLabel';
import type { AnalysisResult, CardView, ToWorker } from './worker/protocol';

/** Kinds offered as priors by default: the joint statements (a Council note wraps one). */
const DEFAULT_PRIOR_KINDS = new Set(['joint-statement', 'council-note']);
const AUTOSAVE_MS = 5_000;

/** One side of a comparison: a corpus document, or a file read for it and not in the corpus. */
type ComparedSide = { id: string } | { file: DocumentText };

export class Desk {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly decorations: AnalysisDecorations;
  private readonly panel: Panel;
  private readonly languageNotice: LanguageNotice;
  readonly analysis = new AnalysisClient({ analysis: (result) => this.receive(result), stopped: (message) => this.panel.showNotice(message) });
  private corpus: CorpusSource[] = [];
  private priorIds: string[] = [];
  private result: AnalysisResult | null = null;
  private version = 0;
  private file: { path: string | null; name: string; saved: string } = { path: null, name: 'Untitled.md', saved: '' };
  private autosaved = '';
  private windowState = '';
  /** Resolves each analysis result (for tests and the benchmark, through `window.precedentDesk`). */
  private readonly resultListeners = new Set<(result: AnalysisResult) => void>();
  private readonly corpusListeners = new Set<(corpus: readonly CorpusSource[]) => void>();
  private readonly importStatus: ImportStatus;
  private reviewed: RevisionPair | null = null;
  /** Where File › Export goes: the draft, unless main.ts routes it to the view on screen (see routeExports). */
  private exportTo: (format: ExportFormat) => Promise<void> = (format) => this.exportDraft(format);
  /** The cursor moves from a list in the panel: the panel stays where it is (see revealOffset). */
  private panelHeld = false;

  constructor(
    private readonly api: PrecedentApi,
    private readonly elements: { editor: HTMLElement; panel: HTMLElement; priors: HTMLElement; layout: HTMLElement },
  ) {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    this.editor = monaco.editor.create(elements.editor, {
      language: 'markdown',
      theme: dark.matches ? 'vs-dark' : 'vs',
      wordWrap: 'on',
      glyphMargin: true,
      lineNumbers: 'on',
      // The minimap shows the statuses' colours; section headers there are for code (regions, MARK comments).
      minimap: { enabled: true, renderCharacters: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
      automaticLayout: true,
      fontSize: 14,
      lineHeight: 22,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
      // Prose, not code: no word completion popping up while typing, no highlighting of every other "the".
      quickSuggestions: false,
      wordBasedSuggestions: 'off',
      suggestOnTriggerCharacters: false,
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      ariaLabel: 'Draft',
      accessibilitySupport: 'auto',
    });
    // Prose, not code: no brackets coloured by depth. To colour them Monaco parsed the whole draft for brackets in the
    // first frame after a new text, a third of that frame's work for 10,000 one-line paragraphs (the longest task of
    // opening them). Set on the draft's model: the editor's bracketPairColorization option left the parse in place.
    this.editor.getModel()?.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
    dark.addEventListener('change', (event) => monaco.editor.setTheme(event.matches ? 'vs-dark' : 'vs'));
    elements.editor.dataset.testid = 'editor';
    this.decorations = new AnalysisDecorations(this.editor);
    this.panel = new Panel(elements.panel, {
      reveal: (card) => this.revealCard(card),
      insert: (markdown) => this.insertAtCursor(markdown),
      goTo: (offset) => this.revealOffset(offset, false),
      lineOf: (offset) => this.editor.getModel()?.getPositionAt(offset).lineNumber ?? 1,
      quote: (prior, block) => this.analysis.quote(prior, block),
    });
    this.languageNotice = new LanguageNotice(elements.panel);
    // Between a keystroke and its analysis the last result's offsets are stale: a quick fix would replace the wrong range.
    registerProviders({ current: () => (this.result?.version === this.version ? this.result : null), quote: (prior, block) => this.analysis.quote(prior, block) }, this.editor);
    this.editor.onDidChangeModelContent(() => this.changed());
    this.editor.onDidChangeCursorPosition((event) => {
      const offset = this.editor.getModel()?.getOffsetAt(event.position) ?? 0;
      this.panel.highlight(this.result?.cards.find((card) => card.start <= offset && offset <= card.end)?.block ?? null, !this.panelHeld);
    });
    this.registerKeys();
    api.onMenuCommand((command) => void this.run(command));
    window.setInterval(() => void this.autosave(), AUTOSAVE_MS);
    this.importStatus = new ImportStatus(api);
    openDroppedFiles((file) => void this.open(file));
  }

  async start(): Promise<void> {
    const corpus = await this.api.listCorpus();
    if (!corpus.ok) {
      await showError(corpus.message);
      return;
    }
    this.corpus = corpus.value;
    this.priorIds = this.corpus.filter((doc) => DEFAULT_PRIOR_KINDS.has(doc.kind)).map((doc) => doc.id);
    new PriorsChooser(this.elements.priors, this.corpus, this.priorIds, (ids) => this.setPriors(ids));
    this.post({ type: 'corpus', corpus: this.corpus, priors: this.priorIds });
    const recovered = await this.api.checkRecovery();
    if (recovered.ok && recovered.value && (await askToRestore(recovered.value.savedAt))) {
      const { path, text } = recovered.value;
      this.load({ path, name: path ? (path.split(/[\\/]/u).pop() ?? path) : 'Recovered draft.md', text }, '');
      return;
    }
    await this.api.discardRecovery();
    this.newFromLatest();
  }

  /** The latest analysis as it arrives, for tests and benchmarks. */
  onResult(listener: (result: AnalysisResult) => void): () => void {
    this.resultListeners.add(listener);
    return () => this.resultListeners.delete(listener);
  }

  get currentVersion(): number {
    return this.version;
  }

  get editorInstance(): monaco.editor.IStandaloneCodeEditor {
    return this.editor;
  }

  private post(message: ToWorker): void {
    this.analysis.post(message);
  }

  private changed(): void {
    this.version++;
    // Read once a keystroke: the title bar's dirty mark compares the same text (each read joins the whole draft).
    const text = this.editor.getValue();
    this.post({ type: 'analyze', version: this.version, text });
    this.showWindowState(text);
  }

  private receive(result: AnalysisResult): void {
    // A result for text that has changed since would put marks in the wrong places.
    if (result.version !== this.version) return;
    this.result = result;
    this.decorations.show(result);
    this.languageNotice.update(result.language);
    this.panel.show(result, () => {
      document.body.dataset.alignedVersion = String(result.version);
      // Tests wait for this: the analysis of the text on screen, commitments included, every card shown.
      if (result.complete) document.body.dataset.analysedVersion = String(result.version);
      for (const listener of this.resultListeners) listener(result);
    });
  }

  /** The corpus documents, once loaded. */
  get corpusDocuments(): readonly CorpusSource[] {
    return this.corpus;
  }

  get draftText(): string {
    return this.editor.getValue();
  }

  private setPriors(ids: string[]): void {
    this.priorIds = ids;
    this.post({ type: 'priors', priors: ids });
    this.changed();
  }

  /** The title bar's file name and dirty mark, told to the window only when they change (not at every keystroke). */
  private showWindowState(text = this.editor.getValue()): void {
    const dirty = text !== this.file.saved;
    const state = `${this.file.name}\u0000${dirty}`;
    if (state === this.windowState) return;
    this.windowState = state;
    this.api.setWindowState({ name: this.file.name, dirty });
  }

  private isDirty(): boolean {
    return this.editor.getValue() !== this.file.saved;
  }

  private load(file: { path: string | null; name: string; text: string }, saved = file.text): void {
    this.file = { path: file.path, name: file.name, saved };
    this.editor.setValue(file.text);
    this.editor.setPosition({ lineNumber: 1, column: 1 });
    // A new text is read from its top: the previous one's scroll position left a shorter one scrolled past its end.
    this.editor.setScrollPosition({ scrollTop: 0, scrollLeft: 0 });
    if (parseRoute(location.hash).view === 'desk') this.editor.focus();
    this.showWindowState();
  }

  private newFromLatest(): void {
    const latest = this.corpus
      .filter((doc) => this.priorIds.includes(doc.id))
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const text = latest ? statementTemplate(latest.source, parseDocument(latest.source)) : '';
    this.load({ path: null, name: 'Draft of the next statement.md', text }, '');
  }

  private async confirmDiscard(): Promise<boolean> {
    if (!this.isDirty()) return true;
    const answer = await askToSave(this.file.name);
    if (answer === 'cancel') return false;
    return answer === 'discard' || (await this.save());
  }

  private async save(): Promise<boolean> {
    if (!this.file.path) return this.saveAs();
    const text = this.editor.getValue();
    let saved = await this.api.saveFile(this.file.path, text);
    // Another program changed or deleted the file since it was opened or saved: nothing was written, the user decides.
    if (saved.ok && 'changedOnDisk' in saved.value) {
      const answer = await askToOverwrite(saved.value.name, saved.value.changedOnDisk);
      if (answer === 'cancel') return false;
      if (answer === 'saveAs') return this.saveAs();
      saved = await this.api.overwriteFile(this.file.path, text);
    }
    if (!saved.ok) {
      await showError(saved.message);
      return false;
    }
    this.file = { ...this.file, name: saved.value.name, saved: text };
    this.showWindowState();
    return true;
  }

  private async saveAs(): Promise<boolean> {
    const text = this.editor.getValue();
    const saved = await this.api.saveFileAs(this.file.name, text);
    if (!saved.ok) {
      await showError(saved.message);
      return false;
    }
    if (!saved.value) return false;
    this.file = { path: saved.value.path, name: saved.value.name, saved: text };
    this.showWindowState();
    return true;
  }

  /** Opens a file the user picks, a path (Open Recent) or a dropped file; a failed open leaves the draft on screen as it was. */
  private async open(source?: string | DroppedFile): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    const read = () => (source === undefined ? this.api.openFile() : typeof source === 'string' ? this.api.openPath(source) : this.api.openDroppedFile(source));
    const { answer: opened, cancelled } = await this.importStatus.track(read);
    if (!opened.ok) {
      if (!cancelled) await showError(opened.message);
      return;
    }
    if (opened.value) await this.openOrReview(opened.value);
  }

  /** A Word document's tracked changes are not silently flattened: the user opens the text after them, or reviews them. */
  private async openOrReview(file: DraftFile): Promise<void> {
    const tracked = file.importedFrom?.trackedChanges;
    if (tracked) {
      const name = file.importedFrom!.path.split(/[\\/]/u).pop()!;
      const choice = await chooseFromList(`${name} holds tracked changes`, ['Open the text after the changes as a draft', 'Review the changes: before and after, side by side'], '');
      if (choice === null) return;
      if (choice === 1) return this.reviewTrackedChanges({ name, before: tracked.before, after: tracked.after });
    }
    this.load(file);
    if (parseRoute(location.hash).view !== 'desk') location.hash = '#/';
  }

  /** Sends File › Export to `route`, which knows the view on screen (main.ts: the compare view exports its review). */
  routeExports(route: (format: ExportFormat) => Promise<void>): void {
    this.exportTo = route;
  }

  /** Exports the draft on screen against its chosen priors: main analyses the text again and asks where to save. */
  exportDraft(format: ExportFormat): Promise<void> {
    return requestExport(this.api, { format, subject: { kind: 'draft', name: this.file.name, text: this.editor.getValue(), priorIds: [...this.priorIds] } });
  }

  /** The versions last sent to review (`#/compare/tracked-changes`), or null. */
  get trackedChanges(): RevisionPair | null {
    return this.reviewed;
  }

  /** Shows two versions held in memory in the compare view. */
  reviewTrackedChanges(pair: RevisionPair): void {
    this.reviewed = pair;
    if (location.hash === '#/compare/tracked-changes') window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = '#/compare/tracked-changes';
  }

  private async autosave(): Promise<void> {
    const text = this.editor.getValue();
    if (!this.isDirty() || text === this.autosaved) return;
    this.autosaved = text;
    await this.api.writeRecovery(this.file.path, text);
  }

  private async run(command: MenuCommand): Promise<void> {
    switch (command.command) {
      case 'file:new':
        if (await this.confirmDiscard()) this.load({ path: null, name: 'Untitled.md', text: '' }, '');
        return;
      case 'file:newFromLatest':
        if (await this.confirmDiscard()) this.newFromLatest();
        return;
      case 'file:open':
        return this.open();
      case 'file:openRecent':
        return this.open(command.path);
      case 'file:save':
        await this.save();
        return;
      case 'file:saveAs':
        await this.saveAs();
        return;
      case 'file:close':
        if (await this.confirmDiscard()) this.load({ path: null, name: 'Untitled.md', text: '' }, '');
        return;
      case 'file:addToCorpus':
        await this.addToCorpus();
        return;
      case 'file:export':
        return this.exportTo(command.format);
      case 'edit:find':
        this.editor.focus();
        this.editor.getAction('actions.find')?.run();
        return;
      case 'edit:replace':
        this.editor.focus();
        this.editor.getAction('editor.action.startFindReplaceAction')?.run();
        return;
      case 'view:togglePanel':
        this.elements.layout.classList.toggle('panel-hidden');
        return;
      case 'view:togglePriors':
        this.elements.priors.toggleAttribute('hidden');
        return;
      case 'view:toggleCorpus':
        document.getElementById('corpus')?.toggleAttribute('hidden');
        return;
      case 'view:desk':
        location.hash = '#/';
        return;
      case 'view:lineage': {
        // The paragraph under the cursor, when there is one, is the phrase to trace.
        const offset = this.editor.getModel()?.getOffsetAt(this.editor.getPosition() ?? { lineNumber: 1, column: 1 }) ?? 0;
        const card = location.hash.startsWith('#/lineage') ? undefined : this.result?.cards.find((c) => c.start <= offset && offset <= c.end);
        location.hash = `#/lineage?q=${encodeURIComponent(card?.text ?? '')}`;
        return;
      }
      case 'file:compare':
        return this.chooseComparison();
      case 'navigate:nextChange':
        return this.jump(1);
      case 'navigate:previousChange':
        return this.jump(-1);
      case 'help:shortcuts':
        return showInfo('Keyboard shortcuts', SHORTCUTS);
      case 'help:about':
        return showInfo('About Precedent', ['Precedent\tA drafting desk for recurring diplomatic texts.', 'Offline\tNothing leaves this computer.']);
      case 'window:saveAndClose':
        if (await this.save()) this.api.confirmClose();
        return;
    }
  }

  /** Moves the cursor to the next (or previous) new or revised block, or commitment that changed firmness or was dropped. */
  private jump(direction: 1 | -1): void {
    const model = this.editor.getModel();
    if (!model || !this.result) return;
    const offset = model.getOffsetAt(this.editor.getPosition() ?? { lineNumber: 1, column: 1 });
    const stops = changeStops(this.result);
    const target = direction === 1 ? stops.find((stop) => stop > offset) ?? stops[0] : [...stops].reverse().find((stop) => stop < offset) ?? stops[stops.length - 1];
    if (target !== undefined) this.revealOffset(target);
  }

  /** Puts the cursor at a draft offset, in the middle of the editor, focused, with its block's card marked (and scrolled to, unless asked not to). */
  private revealOffset(offset: number, scrollPanel = true): void {
    const model = this.editor.getModel();
    if (!model || !this.result) return;
    const card = this.result.cards.find((c) => c.start <= offset && offset <= c.end);
    const position = model.getPositionAt(offset);
    // Monaco tells of the cursor's move within setPosition.
    this.panelHeld = !scrollPanel;
    this.editor.setPosition(position);
    this.panelHeld = false;
    this.editor.revealPositionInCenter(position);
    this.editor.focus();
    this.panel.highlight(card?.block ?? null, scrollPanel);
  }

  private revealCard(card: CardView): void {
    const model = this.editor.getModel();
    if (!model) return;
    const position = model.getPositionAt(card.start);
    this.editor.setPosition(position);
    this.editor.revealPositionInCenter(position);
    this.editor.focus();
    this.panel.highlight(card.block);
  }

  /**
   * Asks for the two documents to compare, older first: from the corpus, or
   * a file, which is compared without joining the corpus (the compare view
   * offers to add it).
   */
  private async chooseComparison(): Promise<void> {
    const older = await this.chooseDocument('Compare: the older version');
    if (!older) return;
    const newer = await this.chooseDocument('Compare: the newer version');
    if (!newer) return;
    if ('id' in older && 'id' in newer) {
      location.hash = `#/compare/${encodeURIComponent(older.id)}/${encodeURIComponent(newer.id)}`;
      return;
    }
    const side = (chosen: ComparedSide) => {
      if ('file' in chosen) return { source: chosen.file.source, title: chosen.file.name };
      const doc = this.corpus.find((d) => d.id === chosen.id)!;
      return { source: doc.source, title: documentLabel(doc, this.corpus) };
    };
    const [before, after] = [side(older), side(newer)];
    this.reviewTrackedChanges({
      name: `${before.title} → ${after.title}`,
      before: before.source,
      after: after.source,
      titles: { old: before.title, new: after.title },
      notInCorpus: [older, newer].flatMap((chosen) => {
        if (!('file' in chosen)) return [];
        const same = findSameDocument(chosen.file.source, this.corpus);
        return [{ file: chosen.file, sameAs: same ? { title: same.title, date: same.date } : null }];
      }),
    });
  }

  private async chooseDocument(title: string): Promise<ComparedSide | null> {
    const documents = [...this.corpus].sort((a, b) => (a.date < b.date ? -1 : 1));
    const choice = await chooseFromList(title, documents.map((doc) => `${doc.date || '—'} ${documentLabel(doc, documents)}`), 'From a file…');
    if (typeof choice === 'number') return { id: documents[choice].id };
    if (choice !== 'other') return null;
    const { answer: read, cancelled } = await this.importStatus.track(() => this.api.readDocument());
    if (!read.ok) {
      if (!cancelled) await showError(read.message);
      return null;
    }
    return read.value ? { file: read.value } : null;
  }

  /** Adds a document to the corpus (a file the user picks) and makes it available everywhere. */
  private async addToCorpus(): Promise<CorpusSource | null> {
    const { answer: added, cancelled } = await this.importStatus.track(() => this.api.addToCorpus());
    if (!added.ok) {
      if (!cancelled) await showError(added.message);
      return null;
    }
    if (added.value) this.joinCorpus(added.value);
    return added.value;
  }

  /** Adds a document the page holds (a revision compared from a file) to the corpus, when the user asks; a refusal (its text is there already) is said. */
  async addDocumentToCorpus(document: DocumentText): Promise<CorpusSource | null> {
    const added = await this.api.addDocumentToCorpus(document);
    if (!added.ok) {
      await showError(added.message);
      return null;
    }
    this.joinCorpus(added.value);
    return added.value;
  }

  /** Makes a document just added available everywhere: priors, analysis, sidebar. */
  private joinCorpus(source: CorpusSource): void {
    this.corpus = [...this.corpus, source];
    new PriorsChooser(this.elements.priors, this.corpus, this.priorIds, (ids) => this.setPriors(ids));
    this.post({ type: 'corpus', corpus: this.corpus, priors: this.priorIds });
    this.changed();
    for (const listener of this.corpusListeners) listener(this.corpus);
  }

  /** Called when a document is added to the corpus (the sidebar lists it). */
  onCorpusChange(listener: (corpus: readonly CorpusSource[]) => void): void {
    this.corpusListeners.add(listener);
  }

  /** Lets the user pick one of the latest statement's dropped paragraphs or commitments, and inserts it. */
  private async chooseDropped(): Promise<void> {
    const result = this.result;
    if (!result) return;
    const choices = [
      ...result.dropped.map((d) => ({ label: d.text, markdown: d.markdown })),
      ...result.droppedCommitments.map((c) => ({ label: c.sentence, markdown: c.sentence })),
    ];
    if (choices.length === 0) {
      await showInfo('Nothing dropped', ['The draft continues every paragraph and commitment of the latest statement.']);
      return;
    }
    const selection = this.editor.getSelection();
    const choice = await chooseFromList('Insert a dropped paragraph or commitment', choices.map((c) => (c.label.length > 140 ? `${c.label.slice(0, 140)}…` : c.label)), '');
    if (typeof choice !== 'number') return;
    if (selection) this.editor.setSelection(selection);
    this.insertAtCursor(choices[choice].markdown);
  }

  private insertAtCursor(markdown: string): void {
    const selection = this.editor.getSelection();
    const model = this.editor.getModel();
    if (!selection || !model) return;
    const text = model.getValue();
    // A selection is replaced; a bare cursor inside a line's text puts the block after that line.
    const start = selection.isEmpty() ? insertionPoint(text, model.getOffsetAt(selection.getStartPosition())) : model.getOffsetAt(selection.getStartPosition());
    const end = selection.isEmpty() ? start : model.getOffsetAt(selection.getEndPosition());
    const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
    this.editor.executeEdits('precedent', [{ range, text: blockInsertion(text.slice(0, start), text.slice(end), markdown), forceMoveMarkers: true }]);
    this.editor.focus();
  }

  private registerKeys(): void {
    const { KeyMod, KeyCode } = monaco;
    this.editor.addCommand(KeyCode.F7, () => this.jump(1));
    this.editor.addCommand(KeyMod.Shift | KeyCode.F7, () => this.jump(-1));
    this.editor.addAction({
      id: 'precedent.compare',
      label: 'Compare two documents…',
      contextMenuGroupId: 'precedent',
      run: () => this.chooseComparison(),
    });
    this.editor.addAction({
      id: 'precedent.lineage',
      label: 'Trace this paragraph across the years',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyL],
      contextMenuGroupId: 'precedent',
      run: () => this.run({ command: 'view:lineage' }),
    });
    this.editor.addAction({
      id: 'precedent.insertDropped',
      label: 'Insert a dropped paragraph or commitment at the cursor',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Alt | KeyCode.KeyD],
      contextMenuGroupId: 'precedent',
      run: () => this.chooseDropped(),
    });
    if (this.api.platform !== 'browser') return;
    // In the desktop app the native menu owns these keys.
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => void this.save());
    this.editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyS, () => void this.saveAs());
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyO, () => void this.open());
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.Backslash, () => void this.run({ command: 'view:togglePanel' }));
    window.addEventListener('beforeunload', (event) => {
      if (this.isDirty()) event.preventDefault();
    });
  }
}
