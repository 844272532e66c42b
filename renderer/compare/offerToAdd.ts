/**
 * Above a comparison of a version read from a file: that it is not in the
 * corpus, and a button to add it. Comparing reads a file; only the user's
 * "Add to corpus" makes it a prior, listed in the sidebar and the lineage.
 * A file whose text the corpus holds already says which document holds it,
 * and offers nothing.
 */
import './offerToAdd.css';
import type { CorpusSource, DocumentText } from '../../contract/api';

/** A file read for a comparison, and the corpus document with the same text, if any. */
export interface ComparedFile {
  file: DocumentText;
  sameAs: { title: string; date: string } | null;
}

export function offerToAdd(root: HTMLElement, files: readonly ComparedFile[], add: (file: DocumentText) => Promise<CorpusSource | null>): void {
  root.replaceChildren(
    ...files.map(({ file, sameAs }) => {
      const offer = document.createElement('p');
      offer.dataset.testid = 'not-in-corpus';
      if (sameAs) {
        offer.textContent = `${file.name} was read for this comparison; its text is already in the corpus, as “${sameAs.title}”${sameAs.date ? ` (${sameAs.date})` : ''}.`;
        return offer;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.testid = 'add-to-corpus';
      button.textContent = 'Add to corpus';
      button.title = `Add ${file.name} to the corpus: it becomes a prior, listed in the corpus and the lineage`;
      button.addEventListener('click', async () => {
        button.disabled = true;
        const added = await add(file);
        if (added) offer.replaceChildren(`${file.name} is in the corpus now, as “${added.title}”.`);
        else button.disabled = false;
      });
      offer.append(`${file.name} was read for this comparison and is not in the corpus. `, button);
      return offer;
    }),
  );
  root.hidden = files.length === 0;
}
