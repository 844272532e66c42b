/**
 * Drafts for the kill-during-autosave test: version `n` is a few megabytes
 * headed by its number and the SHA-256 of its body, and its body ends with
 * its number again, so a file holding the start of one version and the end
 * of another, or a truncated one, fails its own check. The bulk of the body
 * is the same in every version and hashed once, so that the autosaving
 * child spends its time writing, not building texts.
 */
import { createHash, type Hash } from 'node:crypto';

/** Big enough that writing and fsyncing one takes tens of milliseconds, so kills land inside writes. */
export const VERSION_BYTES = 4 * 1024 * 1024;

let bulk: { text: string; hash: Hash } | null = null;

function bulkText(): { text: string; hash: Hash } {
  if (bulk) return bulk;
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < VERSION_BYTES; i++) {
    const line = `Paragraph ${i} of the autosaved draft: both sides will continue cooperation on this item.\n`;
    lines.push(line);
    length += line.length;
  }
  const text = lines.join('');
  bulk = { text, hash: createHash('sha256').update(text) };
  return bulk;
}

export function versionText(n: number): string {
  const { text, hash } = bulkText();
  const end = `End of autosave version ${n}.\n`;
  return `version ${n} sha256 ${hash.copy().update(end).digest('hex')}\n${text}${end}`;
}

/** The version number `text` claims, when its body matches its own hash and its end; null for a torn or foreign text. */
export function checkedVersion(text: string): number | null {
  const header = /^version (\d+) sha256 ([0-9a-f]{64})\n/u.exec(text);
  if (!header) return null;
  const body = text.slice(header[0].length);
  const whole = createHash('sha256').update(body).digest('hex') === header[2] && body.endsWith(`End of autosave version ${header[1]}.\n`);
  return whole ? Number(header[1]) : null;
}
