/**
 * Compares a revision pair held in memory off the page's thread, as the
 * analysis worker compares corpus documents: a long Word document's two
 * versions take as long to compare as two statements.
 */
import { comparePair, type RevisionPair } from './comparePair';

self.onmessage = (event: MessageEvent<RevisionPair>) => {
  try {
    self.postMessage(comparePair(event.data));
  } catch (error) {
    self.postMessage({ error: (error as Error).message });
  }
};
