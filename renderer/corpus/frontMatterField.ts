/** One scalar field of a document's YAML front matter, read without a YAML parser (the page only needs a few). */
export function frontMatterField(source: string, key: string): string | null {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '';
  const value = new RegExp(`^${key}:[ \\t]*(.+)$`, 'mu').exec(frontMatter)?.[1].trim() ?? null;
  return value === null ? null : value.replace(/^(["'])(.*)\1$/u, '$2');
}
