/**
 * A bare label item: a block that is only a topic label and its colon
 * ("- **Artificial Intelligence (AI):**"), heading the list of sub-items
 * below it. It is a heading in all but name, so it is never the precedent
 * of a content paragraph: sharing the topic's words, it scored highest for
 * a paragraph or a phrase on that topic, and a quick fix put the label in
 * place of the paragraph.
 */
import { topicLabel } from './namedThings';
import type { Block } from './types';

/** Whether the block says nothing but a label ("Artificial Intelligence (AI):"). */
export function isBareLabel(block: Pick<Block, 'kind' | 'text'>): boolean {
  // A paragraph ending in a colon introduces what follows in a sentence ("Both sides agreed on the following:").
  if (block.kind !== 'listItem') return false;
  const text = block.text.trim();
  if (!text.endsWith(':')) return false;
  const label = topicLabel(text);
  return label !== null && `${label}:` === text;
}

/** Whether `prior` may be the precedent of `draft`: a bare label continues only a bare label. */
export function mayContinue(draft: Pick<Block, 'kind' | 'text'>, prior: Pick<Block, 'kind' | 'text'>): boolean {
  return !isBareLabel(prior) || isBareLabel(draft);
}
