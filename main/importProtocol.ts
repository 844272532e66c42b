/**
 * Messages between main and its import worker, and which documents go
 * through the worker. Types and a test only: main's bundle imports this file,
 * and must never pull in the importers themselves (their dependencies build
 * code from strings; see scripts/buildElectron.mjs).
 */
import type { TrackedChanges } from '../contract/api';
import { extensionOf, IMPORTED_EXTENSIONS } from '../engine/index';

/** Whether the app imports `path` through the worker; .md and .txt are read as they are. */
export const isImported = (path: string): boolean => IMPORTED_EXTENSIONS.includes(extensionOf(path));

/** Main asks the worker to import one document. */
export interface ImportRequest {
  type: 'import';
  path: string;
}

export type ImportedDocument = { ok: true; markdown: string; trackedChanges: TrackedChanges | null } | { ok: false; message: string };

/** Progress while a PDF's pages are read, then exactly one `imported`. */
export type ImportReply = { type: 'progress'; pagesRead: number; pageCount: number } | { type: 'imported'; result: ImportedDocument };
