/**
 * Above a comparison of a version read from a file: that it is not in the
 * corpus, and a button to add it. Comparing reads a file; only the user's
 * "Add to corpus" makes it a prior, listed in the sidebar and the lineage.
 */
import './offerToAdd.css';
import type { CorpusSource, DocumentText } from '../../contract/api';

export function offerToAdd(root: HTMLElement, files: readonly DocumentText[], add: (file: DocumentText) => Promise<CorpusSource | null>): void {
  root.replaceChildren(
    ...files.map((file) => {
      const offer = document.createElement('p');
      offer.dataset.testid = 'not-in-corpus';
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
