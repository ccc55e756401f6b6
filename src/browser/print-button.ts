// The «In» buttons: hidden in the page (the browser's own Print menu does the same without JavaScript), shown
// and wired here.

export function enablePrint(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
