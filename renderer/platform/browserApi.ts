/**
 * The contract in browser mode: the embedded corpus from the build's
 * corpus.json, files kept in memory, dialogs drawn in the page. The desk
 * behaves as in the desktop app; nothing is written anywhere but memory.
 */
import type { ChangedOnDisk, CorpusSource, DocumentText, DraftFile, DroppedFile, ExportRequest, ImportProgress, MenuCommand, PrecedentApi, RecoveredDraft, Result, SavedFile } from '../../contract/api';
import { alreadyInCorpusMessage, cannotRead, decodeDocumentBytes, EMPTY_DOCUMENT, extensionOf, fileTypeProblem, findSameDocument, IMPORTED_EXTENSIONS, TEXT_FORMATS } from '../../engine/index';
import { askForName, chooseFromList, chooseLocalFile } from '../ui/dialogs';
import { frontMatterField } from '../corpus/frontMatterField';

/** What the file pickers of browser mode offer; another file is refused when read (readLocalDocument). */
const ACCEPT = '.md,.markdown,.txt';

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
    const file = await chooseLocalFile('Add to corpus', ACCEPT);
    if (!file) return ok(null);
    const read = await readLocalDocument(file);
    return read.ok ? this.addDocumentToCorpus(read.value) : read;
  }

  /** Adds a document held in the page, as main does: refused when the corpus holds its text already. */
  async addDocumentToCorpus(document: DocumentText): Promise<Result<CorpusSource>> {
    if (!document.source.trim()) return fail(cannotRead(document.name, EMPTY_DOCUMENT));
    const corpus = await this.listCorpus();
    if (!corpus.ok) return corpus;
    const same = findSameDocument(document.source, corpus.value);
    if (same) return fail(alreadyInCorpusMessage(document.name, same));
    const field = (key: string) => frontMatterField(document.source, key);
    const stem = `user-${document.name.replace(/\.[^.]+$/u, '')}`;
    const taken = new Set(corpus.value.map((source) => source.id));
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    const source: CorpusSource = {
      id,
      title: field('title') ?? document.name,
      kind: field('kind') ?? 'document',
      date: field('date') ?? '',
      source: document.source,
      userAdded: true,
    };
    this.userCorpus.push(source);
    return ok(source);
  }

  async readDocument(): Promise<Result<DocumentText | null>> {
    const file = await chooseLocalFile('Compare a document', ACCEPT);
    if (!file) return ok(null);
    const read = await readLocalDocument(file);
    return read.ok ? ok({ name: file.name, source: read.value.source }) : read;
  }

  async openFile(): Promise<Result<DraftFile | null>> {
    // Recorded exports are not drafts.
    const paths = [...this.files.keys()].filter((path) => !this.exported.has(path));
    const choice = await chooseFromList('Open a draft', paths.map(nameOf), 'Open from this computer…');
    if (choice === null) return ok(null);
    if (choice === 'other') {
      const file = await chooseLocalFile('Open a draft', ACCEPT);
      return file ? this.openDroppedFile(file) : ok(null);
    }
    return this.openPath(paths[choice]);
  }

  async openPath(path: string): Promise<Result<DraftFile>> {
    const text = this.files.get(path);
    if (text === undefined) return fail(`cannot read ${path}: no such file`);
    if (text.trim() === '') return fail(cannotRead(path, EMPTY_DOCUMENT));
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
   * A dropped .md or .txt file (or one picked with Open) is read in the page
   * and kept in memory like any other file here; anything else is refused
   * with the reason, and the draft on screen stays as it was.
   */
  async openDroppedFile(file: DroppedFile): Promise<Result<DraftFile>> {
    const read = await readLocalDocument(file);
    if (!read.ok) return read;
    const path = `memory:/${file.name}`;
    this.files.set(path, read.value.source);
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

/**
 * Reads a file of this computer as a document, with the command line's
 * checks and words (engine/documentFiles): a picture or a binary file is not
 * opened as text. Word, PDF and HTML documents are imported by the desktop
 * app's and the command line's importers (Node libraries), which a page does
 * not carry.
 */
async function readLocalDocument(file: DroppedFile): Promise<Result<DocumentText>> {
  const extension = extensionOf(file.name);
  if (IMPORTED_EXTENSIONS.includes(extension)) {
    return fail(`cannot open ${file.name} here: Word, PDF and HTML documents are imported by the Precedent desktop app; in the browser, open .md or .txt files`);
  }
  if (!(extension in TEXT_FORMATS)) return fail(cannotRead(file.name, fileTypeProblem(file.name, '.md and .txt files')));
  const decoded = decodeDocumentBytes(new Uint8Array(await file.arrayBuffer()), new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }));
  return decoded.ok ? ok({ name: file.name, source: decoded.text }) : fail(cannotRead(file.name, decoded.problem));
}
