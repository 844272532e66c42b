import { describe, expect, it } from 'vitest';
import { documentTitle, parseDocument } from '../../engine/index';

describe('what a document is called', () => {
  it.each([
    ['the title of its front matter, before its heading', '---\ntitle: Joint Statement 2027\n---\n\n# Draft\n\nText.\n', 'Joint Statement 2027'],
    ['its first heading without a title', '# Joint Statement of the fifth meeting\n\n## I. Data\n\nText.\n', 'Joint Statement of the fifth meeting'],
    ['its first heading when the title is blank', '---\ntitle: "  "\n---\n\n## Outcome\n\nText.\n', 'Outcome'],
    ['nothing without either: the caller names it by its file', 'Both sides will explore cooperation.\n', null],
  ])('%s', (_story, source, title) => {
    expect(documentTitle(parseDocument(source))).toBe(title);
  });
});
