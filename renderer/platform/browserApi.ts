/**
 * The contract in browser mode: the embedded corpus from the build's
 * corpus.json, files kept in memory, dialogs drawn in the page. The desk
 * behaves as in the desktop app; nothing is written anywhere but memory.
 */
import type { ChangedOnDisk, CorpusSource, DraftFile, DroppedFile, ExportRequest, ImportProgress, MenuCommand, PrecedentApi, RecoveredDraft, Result, SavedFile } from '../../contract/api';
import { askForName, chooseFromList, chooseLocalFile } from '../ui/dialogs';
import { frontMatterField } from '../corpus/frontMatterField';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(message: string): Result<T> => ({ ok: false, message });
const nameOf = (path: string) => path.split('/').pop() ?? path;

export class BrowserApi implements PrecedentApi {
  readonly platform = 'browser' as const;
  /**
   * In-memory files by path (`memory:/name.md`): the disk of browser mode.
   * Tests change it behind the desk's back, as another program would.
   */
  readonly files = new Map<string, string>();
  /** Each file's text as the desk last read or wrote it, to notice a change made since (as main does with fingerprints). */
  private readonly seen = new Map<string, string>();
  private readonly recent: string[] = [];
  /** The files that record an export, not a draft. */
  private readonly exported = new Set<string>();
  private readonly userCorpus: CorpusSource[] = [];
  private recovery: RecoveredDraft | null = null;
  private readonly listeners = new Set<(command: MenuCommand) => void>();

  async listCorpus(): Promise<Result<CorpusSource[]>> {
    try {
      const response = await fetch('./corpus.json');
      if (!response.ok) return fail(`cannot read the embedded corpus: HTTP ${response.status}`);
      return ok([...((await response.json()) as CorpusSource[]), ...this.userCorpus]);
    } catch (error) {
      return fail(`cannot read the embedded corpus: ${(error as Error).message}`);
    }
  }

  async addToCorpus(): Promise<Result<CorpusSource | null>> {
    const file = await chooseLocalFile('Add to corpus', '.md,.txt');
    if (!file) return ok(null);
    if (!file.text.trim()) return fail(`cannot read ${file.name}: the document is empty`);
    const field = (key: string) => frontMatterField(file.text, key);
    const source: CorpusSource = {
      id: `user-${file.name.replace(/\.[^.]+$/u, '')}`,
      title: field('title') ?? file.name,
      kind: field('kind') ?? 'document',
      date: field('date') ?? '',
      source: file.text,
      userAdded: true,
    };
    this.userCorpus.push(source);
    return ok(source);
  }

  async openFile(): Promise<Result<DraftFile | null>> {
    // Recorded exports are not drafts.
    const paths = [...this.files.keys()].filter((path) => !this.exported.has(path));
    const choice = await chooseFromList('Open a draft', paths.map(nameOf), 'Open from this computer…');
    if (choice === null) return ok(null);
    if (choice === 'other') {
      const file = await chooseLocalFile('Open a draft', '.md,.txt');
      if (!file) return ok(null);
      const path = `memory:/${file.name}`;
      this.files.set(path, file.text);
      return this.openPath(path);
    }
    return this.openPath(paths[choice]);
  }

  async openPath(path: string): Promise<Result<DraftFile>> {
    const text = this.files.get(path);
    if (text === undefined) return fail(`cannot read ${path}: no such file`);
    if (text.trim() === '') return fail(`cannot read ${path}: the document is empty`);
    this.seen.set(path, text);
    this.remember(path);
    return ok({ path, name: nameOf(path), text });
  }

  async saveFile(path: string, text: string): Promise<Result<SavedFile | ChangedOnDisk>> {
    const onDisk = this.files.get(path);
    const seen = this.seen.get(path);
    if (onDisk !== seen) return ok({ changedOnDisk: onDisk === undefined ? 'deleted' : 'changed', path, name: nameOf(path) });
    return this.overwriteFile(path, text);
  }

  async overwriteFile(path: string, text: string): Promise<Result<SavedFile>> {
    this.files.set(path, text);
    this.seen.set(path, text);
    this.remember(path);
    return ok({ path, name: nameOf(path) });
  }

  async saveFileAs(suggestedName: string, text: string): Promise<Result<SavedFile | null>> {
    const name = await askForName('Save draft as', suggestedName);
    if (!name) return ok(null);
    const fileName = /\.(md|txt)$/iu.test(name) ? name : `${name}.md`;
    return this.overwriteFile(`memory:/${fileName}`, text);
  }

  async recentFiles(): Promise<Result<string[]>> {
    return ok([...this.recent]);
  }

  async writeRecovery(path: string | null, text: string): Promise<Result<void>> {
    this.recovery = { path, text, savedAt: new Date().toISOString() };
    return ok(undefined);
  }

  async checkRecovery(): Promise<Result<RecoveredDraft | null>> {
    // A page load is a fresh session: memory holds nothing from a crashed one.
    return ok(null);
  }

  async discardRecovery(): Promise<Result<void>> {
    this.recovery = null;
    return ok(undefined);
  }

  setWindowState(state: { name: string; dirty: boolean }): void {
    document.title = `${state.dirty ? '● ' : ''}${state.name} — Precedent`;
  }

  confirmClose(): void {
    // A browser tab closes on its own; nothing to confirm.
  }

  /**
   * A dropped .md or .txt file is read in the page and kept in memory like
   * any other file here. Word, PDF and HTML documents are imported by the
   * desktop app's importers (Node libraries), which a page does not carry.
   */
  async openDroppedFile(file: DroppedFile): Promise<Result<DraftFile>> {
    const extension = /\.[^.]+$/u.exec(file.name)?.[0].toLowerCase() ?? '';
    if (['.docx', '.pdf', '.html', '.htm'].includes(extension)) {
      return fail(`cannot open ${file.name} here: Word, PDF and HTML documents are imported by the Precedent desktop app; in the browser, open .md or .txt files`);
    }
    if (!['.md', '.markdown', '.txt'].includes(extension)) return fail(`cannot open ${file.name}: Precedent opens .md and .txt files here, not ${extension || 'a file without an extension'}`);
    const text = await file.text();
    if (text.trim() === '') return fail(`cannot read ${file.name}: the document is empty`);
    const path = `memory:/${file.name}`;
    this.files.set(path, text);
    return this.openPath(path);
  }

  onImportProgress(_listener: (progress: ImportProgress) => void): () => void {
    // Nothing is imported in browser mode, so there is never progress to report.
    return () => {};
  }

  cancelImport(): void {
    // Nothing is imported in browser mode.
  }

  /**
   * Records the export as a file of the in-memory disk, named as the desktop
   * app suggests, holding `{ format, request }` as JSON: the bytes (Word,
   * PDF) are built by the desktop app's Node libraries, which a page does not
   * carry. Tests read the record to check what the page asked for.
   */
  async exportReport(request: ExportRequest): Promise<Result<SavedFile | null>> {
    const { format, subject } = request;
    const stem =
      subject.kind === 'revisions'
        ? `${subject.old.title} to ${subject.new.title}`
        : `${subject.name.replace(/\.[^.]*$/u, '')} - ${format === 'csv' ? 'commitments' : 'precedents'}`;
    const path = `memory:/${stem.replace(/[\\/:*?"<>|]+/gu, '-')}.${format}`;
    this.files.set(path, JSON.stringify({ format, request }));
    this.exported.add(path);
    return ok({ path, name: nameOf(path) });
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The in-page menu bar sends its commands here, as the native menu does over IPC. */
  dispatch(command: MenuCommand): void {
    for (const listener of this.listeners) listener(command);
  }

  private remember(path: string): void {
    const at = this.recent.indexOf(path);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(path);
    this.recent.length = Math.min(this.recent.length, 10);
  }
}
