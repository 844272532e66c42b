/** The title bar: the draft's name, a mark while it has unsaved changes, and the app's name. */
export function windowTitle({ name, dirty }: { name: string; dirty: boolean }): string {
  const draft = name.trim();
  if (draft === '') return 'Precedent';
  return `${dirty ? '• ' : ''}${draft} — Precedent`;
}
