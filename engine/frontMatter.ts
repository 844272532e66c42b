/** Reads YAML front matter (the only file that imports `yaml`). */
import { parse } from 'yaml';
import type { FrontMatter } from './types';

/**
 * Parses the YAML of a front matter block. Dates stay strings (`2025-05-12`),
 * as the corpus writes them, so the model stays JSON-safe.
 */
export function readFrontMatter(yamlText: string): FrontMatter {
  try {
    const value: unknown = parse(yamlText, { schema: 'core' });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as FrontMatter) : {};
  } catch {
    // Broken front matter is the user's text, not a crash: the body still parses.
    return {};
  }
}
