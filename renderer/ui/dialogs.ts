/**
 * Modal dialogs drawn in the page (browser mode, and the desk's own
 * questions): keyboard first, labelled for screen readers, resolved with the
 * user's answer or null when dismissed.
 */
import { textButton } from './textButton';

function openDialog(title: string, build: (body: HTMLElement, close: (value: unknown) => void) => void): Promise<unknown> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const dialog = document.createElement('dialog');
    dialog.className = 'modal';
    dialog.setAttribute('aria-label', title);
    const heading = document.createElement('h2');
    heading.textContent = title;
    dialog.append(heading);
    const body = document.createElement('div');
    dialog.append(body);
    const close = (value: unknown) => {
      dialog.close();
      dialog.remove();
      previous?.focus();
      resolve(value);
    };
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    build(body, close);
    document.body.append(dialog);
    dialog.showModal();
    (dialog.querySelector('[autofocus]') as HTMLElement | null)?.focus();
  });
}

const button = (label: string, onClick: () => void, primary = false): HTMLButtonElement => textButton(label, onClick, { className: primary ? 'primary' : undefined });

/** Asks for a file name; null when cancelled. */
export async function askForName(title: string, suggested: string): Promise<string | null> {
  return (await openDialog(title, (body, close) => {
    const form = document.createElement('form');
    const input = document.createElement('input');
    input.value = suggested;
    input.autofocus = true;
    input.setAttribute('aria-label', 'File name');
    input.dataset.testid = 'file-name';
    form.append(input, button('Cancel', () => close(null)), button('Save', () => form.requestSubmit(), true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      close(input.value.trim() || null);
    });
    body.append(form);
  })) as string | null;
}

/** Asks to choose one of `items` (its index), or `other` when `otherLabel` is given; null when cancelled. */
export async function chooseFromList(title: string, items: readonly string[], otherLabel: string): Promise<number | 'other' | null> {
  return (await openDialog(title, (body, close) => {
    const list = document.createElement('ul');
    list.className = 'choices';
    items.forEach((item, index) => {
      const entry = document.createElement('li');
      entry.append(button(item, () => close(index)));
      list.append(entry);
    });
    if (items.length === 0) {
      const empty = document.createElement('p');
      empty.textContent = 'Nothing to choose from yet.';
      body.append(empty);
    }
    body.append(list);
    if (otherLabel) body.append(button(otherLabel, () => close('other')));
    body.append(button('Cancel', () => close(null)));
  })) as number | 'other' | null;
}

/** A file the user picks from this computer (browser mode only), unread; null when cancelled. */
export function chooseLocalFile(title: string, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.setAttribute('aria-label', title);
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Save, Don't Save or Cancel, for unsaved work. */
export async function askToSave(name: string): Promise<'save' | 'discard' | 'cancel'> {
  return ((await openDialog(`Save changes to ${name}?`, (body, close) => {
    const text = document.createElement('p');
    text.textContent = 'Your changes will be lost if you don’t save them.';
    const save = button('Save', () => close('save'), true);
    save.autofocus = true;
    body.append(text, save, button('Don’t Save', () => close('discard')), button('Cancel', () => close('cancel')));
  })) ?? 'cancel') as 'save' | 'discard' | 'cancel';
}

/** Overwrite, Save As… or Cancel, when the draft's file changed or was deleted on disk since it was opened or saved. */
export async function askToOverwrite(name: string, change: 'changed' | 'deleted'): Promise<'overwrite' | 'saveAs' | 'cancel'> {
  const title = change === 'deleted' ? `${name} was deleted` : `${name} changed on disk`;
  return ((await openDialog(title, (body, close) => {
    const text = document.createElement('p');
    text.textContent =
      change === 'deleted'
        ? 'Another program deleted or moved the file since you opened or last saved it.'
        : 'Another program changed the file since you opened or last saved it. Overwriting it loses those changes.';
    const cancel = button('Cancel', () => close('cancel'));
    // The safe answer has the focus: Enter must not destroy someone else's work.
    cancel.autofocus = true;
    body.append(text, button('Overwrite', () => close('overwrite')), button('Save As…', () => close('saveAs'), true), cancel);
  })) ?? 'cancel') as 'overwrite' | 'saveAs' | 'cancel';
}

/** Tells the user something went wrong, in one sentence. */
export async function showError(message: string): Promise<void> {
  await openDialog('Precedent', (body, close) => {
    const text = document.createElement('p');
    text.setAttribute('role', 'alert');
    text.textContent = message;
    const okButton = button('OK', () => close(null), true);
    okButton.autofocus = true;
    body.append(text, okButton);
  });
}

/** Offers to restore an autosaved draft. */
export async function askToRestore(savedAt: string): Promise<boolean> {
  return (await openDialog('Restore unsaved draft?', (body, close) => {
    const text = document.createElement('p');
    text.textContent = `Precedent did not close normally. A draft autosaved at ${new Date(savedAt).toLocaleString()} can be restored.`;
    const restore = button('Restore', () => close(true), true);
    restore.autofocus = true;
    body.append(text, restore, button('Discard', () => close(false)));
  })) === true;
}

/** Shows a read-only text (keyboard shortcuts, About). */
export async function showInfo(title: string, lines: readonly string[]): Promise<void> {
  await openDialog(title, (body, close) => {
    const list = document.createElement('dl');
    for (const line of lines) {
      const [term, description] = line.split('\t');
      const dt = document.createElement('dt');
      dt.textContent = term;
      list.append(dt);
      if (description) {
        const dd = document.createElement('dd');
        dd.textContent = description;
        list.append(dd);
      }
    }
    const okButton = button('Close', () => close(null), true);
    okButton.autofocus = true;
    body.append(list, okButton);
  });
}

/**
 * Shows what a replacement will put in place of the user's text before it
 * does: the text now and the text to come. Cancel has the focus, since
 * Enter must not replace a paragraph the user has not read.
 */
export async function confirmReplacement(title: string, current: string, replacement: string, changes: HTMLElement): Promise<boolean> {
  return (await openDialog(title, (body, close) => {
    const part = (label: string, text: string, testid: string) => {
      const heading = document.createElement('h3');
      heading.textContent = label;
      const quote = document.createElement('blockquote');
      quote.className = 'replacement-text';
      quote.dataset.testid = testid;
      quote.textContent = text;
      return [heading, quote];
    };
    const cancel = button('Cancel', () => close(false));
    cancel.autofocus = true;
    const replace = button('Replace', () => close(true), true);
    replace.dataset.testid = 'replacement-confirm';
    body.dataset.testid = 'replacement-preview';
    const changesHeading = document.createElement('h3');
    changesHeading.textContent = 'What changes (struck out: goes; underlined: comes in)';
    changes.dataset.testid = 'replacement-changes';
    body.append(changesHeading, changes, ...part('Your paragraph now', current, 'replacement-current'), ...part('Will be replaced by', replacement, 'replacement-new'), replace, cancel);
  })) === true;
}
