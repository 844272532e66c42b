/**
 * The one typed API between the Electron main process and the renderer.
 * Channels are `noun:verb`; every call resolves to a Result, since only an
 * error's message survives IPC. In browser mode an in-memory implementation
 * of the same interface stands in, so the renderer runs unchanged.
 * Types and channel names only: no logic lives here.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** A document the renderer can analyse: the embedded corpus, or one the user added. */
export interface CorpusSource {
  id: string;
  title: string;
  kind: string;
  /** ISO date of the meeting or document. */
  date: string;
  /** The Markdown source, front matter included. */
  source: string;
  /** Added by the user (kept in the user's data folder), not shipped with the app. */
  userAdded: boolean;
}

/** A document read from a file, held by the page and not (yet) in the corpus: its file name and Markdown. */
export interface DocumentText {
  name: string;
  source: string;
}

/** A draft as read from or written to disk. `path` is null for a draft never saved. */
export interface DraftFile {
  path: string | null;
  /** File name for the title bar. */
  name: string;
  text: string;
  /**
   * Set for a draft imported from a Word, PDF or HTML document (a new,
   * unsaved draft: saving it writes Markdown, never the document): the
   * document, and the two versions its Word tracked changes hold, or null.
   */
  importedFrom?: { path: string; trackedChanges: TrackedChanges | null };
}

/** The text of a Word document before and after its tracked changes, as Markdown. */
export interface TrackedChanges {
  before: string;
  after: string;
}

/** How an import in main is going, for the window's status line. */
export interface ImportProgress {
  /** The document's file name. */
  name: string;
  /** Pages read and the page count of a PDF; null for a document read in one step. */
  pagesRead: number | null;
  pageCount: number | null;
  /** False once the import finished, failed or was cancelled. */
  running: boolean;
}

/** A file dropped on the window, as the page holds it (a DOM File; the contract has no DOM types). */
export interface DroppedFile {
  readonly name: string;
  /** The bytes, read only in browser mode (a picture or a binary file is refused from them, as the command line does). */
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface SavedFile {
  path: string;
  name: string;
}

/**
 * A save that wrote nothing: the file on disk is no longer the version the
 * desk read or last saved (another program changed or deleted it), and
 * overwriting it is the user's call.
 */
export interface ChangedOnDisk {
  changedOnDisk: 'changed' | 'deleted';
  path: string;
  name: string;
}

/** An autosaved draft found after the app did not close normally. */
export interface RecoveredDraft {
  /** The file the draft belonged to, or null for an unsaved draft. */
  path: string | null;
  text: string;
  /** ISO timestamp of the autosave. */
  savedAt: string;
}

/** The files File › Export writes: a report as Word tracked changes, standalone HTML or PDF; a draft's commitments as CSV. */
export type ExportFormat = 'docx' | 'html' | 'pdf' | 'csv';

/**
 * What to export, as data main checks and analyses again itself (the page
 * never sends bytes to write): the draft on the desk against its chosen
 * priors (ids of the corpus, embedded or added; `name` is the draft's file
 * name), or two revisions compared.
 */
export type ExportSubject =
  | { kind: 'draft'; name: string; text: string; priorIds: string[] }
  | { kind: 'revisions'; old: RevisionToExport; new: RevisionToExport };

/** One side of a revision review: its name in the report ("statement-2024") and its Markdown source. */
export interface RevisionToExport {
  title: string;
  source: string;
}

/** An export: CSV only for a draft (a revision review has no commitment tracker). */
export interface ExportRequest {
  format: ExportFormat;
  subject: ExportSubject;
}

/** What the native menu (or, in browser mode, the in-page menu) asks the renderer to do. */
export type MenuCommand =
  | { command: 'file:new' }
  | { command: 'file:newFromLatest' }
  | { command: 'file:open' }
  | { command: 'file:openRecent'; path: string }
  | { command: 'file:save' }
  | { command: 'file:saveAs' }
  | { command: 'file:close' }
  | { command: 'file:addToCorpus' }
  /** Exports what is on screen: the revision review when the compare view shows one, else the draft against its priors. */
  | { command: 'file:export'; format: ExportFormat }
  | { command: 'edit:find' }
  | { command: 'edit:replace' }
  | { command: 'view:togglePanel' }
  | { command: 'view:togglePriors' }
  | { command: 'view:toggleCorpus' }
  | { command: 'view:desk' }
  | { command: 'view:lineage' }
  | { command: 'file:compare' }
  | { command: 'navigate:nextChange' }
  | { command: 'navigate:previousChange' }
  | { command: 'help:shortcuts' }
  | { command: 'help:about' }
  /** The user chose Save in the close dialog: save, then confirm the close. */
  | { command: 'window:saveAndClose' };

/** Channel names, for main's handlers and the preload's one method per channel. */
export const CHANNELS = {
  corpusList: 'corpus:list',
  corpusAdd: 'corpus:add',
  corpusAddDocument: 'corpus:addDocument',
  documentRead: 'document:read',
  fileOpen: 'file:open',
  fileOpenPath: 'file:openPath',
  fileSave: 'file:save',
  fileOverwrite: 'file:overwrite',
  fileSaveAs: 'file:saveAs',
  fileRecent: 'file:recent',
  recoveryWrite: 'recovery:write',
  recoveryCheck: 'recovery:check',
  recoveryDiscard: 'recovery:discard',
  windowState: 'window:state',
  windowCloseConfirmed: 'window:closeConfirmed',
  menuCommand: 'menu:command',
  importProgress: 'import:progress',
  importCancel: 'import:cancel',
  reportExport: 'report:export',
} as const;

export type ChannelName = (typeof CHANNELS)[keyof typeof CHANNELS];

export interface PrecedentApi {
  readonly platform: 'electron' | 'browser';
  /** The embedded corpus and the documents the user added. */
  listCorpus(): Promise<Result<CorpusSource[]>>;
  /** Asks for a .md, .txt, .docx, .pdf or .html file and adds it (as Markdown) to the user's corpus, unless the corpus holds its text already; null when the user cancelled. */
  addToCorpus(): Promise<Result<CorpusSource | null>>;
  /** Adds a document the page holds (a revision read for a comparison) to the user's corpus; refused when the corpus holds its text already. */
  addDocumentToCorpus(document: DocumentText): Promise<Result<CorpusSource>>;
  /** Asks for a .md, .txt, .docx, .pdf or .html file and reads it as Markdown, adding it nowhere; null when the user cancelled. */
  readDocument(): Promise<Result<DocumentText | null>>;
  /** Asks for a draft to open; null when the user cancelled. */
  openFile(): Promise<Result<DraftFile | null>>;
  openPath(path: string): Promise<Result<DraftFile>>;
  /** Writes atomically to `path`, unless the file changed on disk since the desk read or last saved it: then writes nothing and says so. */
  saveFile(path: string, text: string): Promise<Result<SavedFile | ChangedOnDisk>>;
  /** Writes atomically to `path` whatever is on disk there: the user chose to overwrite a file that changed. */
  overwriteFile(path: string, text: string): Promise<Result<SavedFile>>;
  /** Asks where to save; null when the user cancelled. */
  saveFileAs(suggestedName: string, text: string): Promise<Result<SavedFile | null>>;
  recentFiles(): Promise<Result<string[]>>;
  /** Autosave of the draft on screen to the recovery folder. */
  writeRecovery(path: string | null, text: string): Promise<Result<void>>;
  /** A draft left by a session that did not close normally, or null. */
  checkRecovery(): Promise<Result<RecoveredDraft | null>>;
  discardRecovery(): Promise<Result<void>>;
  /** Tells the window the draft's name and whether it has unsaved changes (title bar, close dialog). */
  setWindowState(state: { name: string; dirty: boolean }): void;
  /** The renderer saved after "Save" in the close dialog: the window may close. */
  confirmClose(): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Opens a file dropped on the window as File, Open does: .md and .txt as they are, Word, PDF and HTML imported. */
  openDroppedFile(file: DroppedFile): Promise<Result<DraftFile>>;
  /** Subscribes to the progress of imports (Open, Add to Corpus, a drop); returns the unsubscribe function. */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  /** Stops the running import; the call that started it answers that it was cancelled. */
  cancelImport(): void;
  /** Builds the report (or CSV) in main from `request`, asks where to save it and writes it atomically; null when the user cancelled. */
  exportReport(request: ExportRequest): Promise<Result<SavedFile | null>>;
}
