/** The text of every stylesheet in the document: where the dock writes the rule that narrows the page. */
export function pageStyleText(): string {
  return [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
}
