/**
 * The renderer's entry: the contract from the preload in the desktop app, or
 * the in-memory stand-in in a plain browser, then the desk.
 */
import './styles.css';
import { Desk } from './Desk';
import { BrowserApi } from './platform/browserApi';
import { renderMenuBar } from './ui/MenuBar';
import { parseRoute } from './router';
import { CompareView } from './compare/CompareView';
import { LineageView } from './lineage/LineageView';
import { CorpusSidebar } from './corpus/CorpusSidebar';
import { DocumentView } from './corpus/DocumentView';
import type { PrecedentApi } from '../contract/api';

const bridge = (window as unknown as { precedent?: PrecedentApi }).precedent;
const api: PrecedentApi = bridge ?? new BrowserApi();
const menuBar = document.getElementById('menubar')!;
if (api instanceof BrowserApi) renderMenuBar(menuBar, (command) => api.dispatch(command));
else menuBar.remove();

const desk = new Desk(api, {
  editor: document.getElementById('editor')!,
  panel: document.getElementById('panel')!,
  priors: document.getElementById('priors')!,
  layout: document.getElementById('layout')!,
});
// Tests and the benchmark observe the desk through this handle; it exposes nothing the page could not do.
(window as unknown as { precedentDesk: Desk }).precedentDesk = desk;
// In browser mode the files live in memory: tests put documents there, and change them behind the desk's back.
if (api instanceof BrowserApi) (window as unknown as { precedentFiles: Map<string, string> }).precedentFiles = api.files;

const views = {
  desk: document.getElementById('layout')!,
  compare: document.getElementById('compare')!,
  lineage: document.getElementById('lineage')!,
  document: document.getElementById('document')!,
};
const corpusSidebar = new CorpusSidebar(document.getElementById('corpus')!);
let compareView: CompareView | null = null;
let lineageView: LineageView | null = null;
let documentView: DocumentView | null = null;

// File › Export exports the revision review while the compare view shows one; the commitments (CSV) and every other view, the draft.
desk.routeExports((format) => (parseRoute(location.hash).view === 'compare' && compareView && format !== 'csv' ? compareView.exportReview(format) : desk.exportDraft(format)));

/**
 * Gives a view just shown the focus where its keys work: the draft's editor
 * (F1, F7, Ctrl+.), the compare view (F7 and Alt+arrows step through the
 * changes), the lineage view's query. A menu item that switched views keeps
 * no focus of its own (its menu is hidden), so the page body had it.
 */
function focusView(view: keyof typeof views): void {
  if (view === 'desk') desk.editorInstance.focus();
  else if (view === 'lineage') views.lineage.querySelector<HTMLElement>('input')?.focus();
  else {
    views[view].tabIndex = -1;
    views[view].focus({ preventScroll: true });
  }
}

/** Shows the view the address names; views are built the first time they are shown. */
function route(): void {
  const target = parseRoute(location.hash);
  for (const [name, element] of Object.entries(views)) element.hidden = name !== target.view;
  if (target.view === 'compare') {
    const view = (compareView ??= new CompareView(views.compare, desk.analysis, api, (file) => desk.addDocumentToCorpus(file)));
    void ('trackedChanges' in target ? view.showPair(desk.trackedChanges) : view.show(target.oldId, target.newId));
  }
  else if (target.view === 'lineage') void (lineageView ??= new LineageView(views.lineage, desk.analysis, () => desk.draftText, () => desk.corpusDocuments)).show(target.query);
  else if (target.view === 'document') {
    (documentView ??= new DocumentView(views.document)).show(desk.corpusDocuments.find((doc) => doc.id === target.id), target.id, corpusSidebar.previousRevisionOf(target.id));
  }
  focusView(target.view);
}

void desk.start().then(() => {
  corpusSidebar.setCorpus(desk.corpusDocuments);
  desk.onCorpusChange((corpus) => corpusSidebar.setCorpus(corpus));
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
});
