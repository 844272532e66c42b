/**
 * The summary's share of agreed language, in words and as a meter. It moves
 * at most keystrokes (a word typed into agreed wording is no longer agreed),
 * while the counts above it seldom do: kept apart, it is updated in place,
 * and the summary is built again only when the counts change (it was built
 * again at nearly every keystroke, in the frame that showed its analysis).
 */
export class AgreedShare {
  readonly text = document.createElement('p');
  readonly meter = document.createElement('meter');

  constructor() {
    this.text.className = 'agreed';
    this.meter.setAttribute('aria-label', 'Share of agreed language');
  }

  show(share: number): void {
    const text = `${Math.round(share * 100)}% of the draft’s words are agreed language`;
    if (this.text.textContent !== text) this.text.textContent = text;
    if (this.meter.value !== share) this.meter.value = share;
  }
}
