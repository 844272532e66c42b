import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDraftingChecks, parseDocument, statementTemplate } from '../../engine/index';

const source = readFileSync(new URL('../../corpus/council-note-8288-1-26-rev1.md', import.meta.url), 'utf8');
const template = statementTemplate(source, parseDocument(source));

describe('the template for the next statement', () => {
  it('starts at the 2026 statement title, without front matter or the covering sentence', () => {
    expect(template.startsWith('# Joint Statement of the fourth meeting')).toBe(true);
    expect(template).not.toContain('Delegations will find');
    expect(template).not.toContain('classification:');
    expect(template).toContain('Both sides decided to convene the 5th meeting');
  });

  it('flags the facts of the last meeting as drafting checks', () => {
    const checks = findDraftingChecks(parseDocument(template).blocks).map((check) => template.slice(check.start, check.end));
    expect(checks).toEqual(
      expect.arrayContaining([
        'The fourth meeting',
        '5 May 2026',
        'took place in Brussels',
        'Henna VIRKKUNEN',
        'MATSUMOTO Hisashi',
        'HAYASHI Yoshimasa',
        'OCHI Toshiyuki',
        expect.stringMatching(/^convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027/),
      ]),
    );
  });

  it('flags "since the third meeting" in the 2025 statement, and nothing in an ordinary paragraph', () => {
    const statement = parseDocument(readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8'));
    expect(findDraftingChecks(statement.blocks).some((check) => /since the second meeting/.test(check.text))).toBe(true);
    expect(findDraftingChecks(parseDocument('Both sides will deepen cooperation on semiconductors and AI.').blocks)).toEqual([]);
  });
});
