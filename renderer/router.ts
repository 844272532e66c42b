/**
 * Views are addressable: `#/` the desk, `#/compare/<old-id>/<new-id>`,
 * `#/compare/tracked-changes` (the Word document opened last, before and
 * after its tracked changes), `#/lineage?q=<phrase>`, `#/document/<id>`.
 * Menus, links inside the app and tests all navigate by setting the hash.
 */
export type Route =
  | { view: 'desk' }
  | { view: 'compare'; oldId: string; newId: string }
  | { view: 'compare'; trackedChanges: true }
  | { view: 'lineage'; query: string }
  | { view: 'document'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/u, '');
  if (path === '/compare/tracked-changes') return { view: 'compare', trackedChanges: true };
  const compare = /^\/compare\/([^/]+)\/([^/?]+)$/u.exec(path);
  if (compare) return { view: 'compare', oldId: decodeURIComponent(compare[1]), newId: decodeURIComponent(compare[2]) };
  const lineage = /^\/lineage(?:\?(.*))?$/u.exec(path);
  if (lineage) return { view: 'lineage', query: new URLSearchParams(lineage[1] ?? '').get('q') ?? '' };
  const document = /^\/document\/([^/?]+)$/u.exec(path);
  if (document) return { view: 'document', id: decodeURIComponent(document[1]) };
  return { view: 'desk' };
}
