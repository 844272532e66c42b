/**
 * The panel's summary sticks to its top while the cards scroll under it: a
 * card scrolled into view (the one under the cursor, F7) stopped at the top
 * and hid its header beneath the summary. The summary's height, kept in
 * `--summary-height` on the panel, is the room cards and the dropped list
 * leave above them when scrolled to (scroll-margin-top in styles.css).
 */
const observers = new WeakMap<HTMLElement, ResizeObserver>();

export function keepCardsClearOfSummary(panel: HTMLElement, summary: HTMLElement): void {
  observers.get(panel)?.disconnect();
  const observer = new ResizeObserver(() => panel.style.setProperty('--summary-height', `${summary.offsetHeight}px`));
  observer.observe(summary);
  observers.set(panel, observer);
}
