/**
 * How a corpus document is named in lists: its title, and when another
 * document has the same title (a revision, a copy the user added), what
 * tells them apart: the date, else the revision, else where it came from,
 * else its id (the file it was added from).
 */
import type { CorpusSource } from '../../contract/api';
import { frontMatterField } from './frontMatterField';

type Distinction = (doc: CorpusSource) => string | null;

const DISTINCTIONS: readonly Distinction[] = [
  (doc) => doc.date || null,
  (doc) => {
    const rev = frontMatterField(doc.source, 'rev');
    return rev ? `REV ${rev}` : null;
  },
  (doc) => (doc.userAdded ? `added: ${doc.id}` : 'shipped with the app'),
  (doc) => doc.id,
];

/** What tells `doc` apart from the documents of `corpus` with its title, or '' when no other has it. */
export function titleDistinction(doc: CorpusSource, corpus: readonly CorpusSource[]): string {
  const namesakes = corpus.filter((other) => other.id !== doc.id && other.title === doc.title);
  if (namesakes.length === 0) return '';
  for (const distinction of DISTINCTIONS) {
    const own = distinction(doc);
    if (own !== null && namesakes.every((other) => distinction(other) !== own)) return own;
  }
  return doc.id;
}

/** "Joint Statement (added: user-statement-2026)": the title, with what tells it apart when it is shared. */
export function documentLabel(doc: CorpusSource, corpus: readonly CorpusSource[]): string {
  const distinction = titleDistinction(doc, corpus);
  return distinction ? `${doc.title} (${distinction})` : doc.title;
}
