/** Which corpus documents count as priors: one checkbox each, statements first, in date order. */
import type { CorpusSource } from '../../contract/api';
import { titleDistinction } from '../corpus/documentLabel';

export class PriorsChooser {
  constructor(root: HTMLElement, corpus: readonly CorpusSource[], selected: readonly string[], onChange: (ids: string[]) => void) {
    root.replaceChildren();
    root.setAttribute('aria-label', 'Prior statements');
    const heading = document.createElement('h2');
    heading.textContent = 'Priors';
    root.append(heading);
    const chosen = new Set(selected);
    for (const doc of [...corpus].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = chosen.has(doc.id);
      box.dataset.priorId = doc.id;
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(doc.id);
        else chosen.delete(doc.id);
        onChange(corpus.filter((d) => chosen.has(d.id)).map((d) => d.id));
      });
      // Two documents of one title (a revision, a copy added) are told apart by what differs, not left to guess.
      const distinction = titleDistinction(doc, corpus);
      label.append(box, ` ${doc.date.slice(0, 4) || '—'} ${doc.title}${doc.kind === 'presentation' ? ' (slides)' : ''}${distinction ? ` (${distinction})` : doc.userAdded ? ' (added)' : ''}`);
      root.append(label);
    }
  }
}
