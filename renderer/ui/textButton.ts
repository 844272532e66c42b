/** A plain button with a label and an action: one way to make them, for the panel, the views and the dialogs alike. */
export function textButton(label: string, onClick: () => void, options: { className?: string; title?: string } = {}): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (options.className) element.className = options.className;
  if (options.title) element.title = options.title;
  element.addEventListener('click', onClick);
  return element;
}
