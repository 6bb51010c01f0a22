/**
 * What an upload field holds: the files in its input and the names the page
 * lists beside it after uploading, read from the upload's own box.
 */
import type { Field } from './fields';
import { OWN_ATTR, pageTextOf } from '../assistant/own';
import { CONTROL_SELECTOR, isControl } from './controls';

/** A file name as pages list them: no spaces, path characters or quotes around it, a known document ending. */
const FILE_NAME = /[^\s\\/:*?"<>|“”‘’《》「」]+\.(?:pdf|jpe?g|png|gif|bmp|webp|heic|docx?|xlsx?|zip|rar|ofd)\b/gi;

/**
 * How many files a file field holds. Upload widgets often clear the input
 * after uploading and list the uploaded files beside it instead, so both the
 * input and the file names shown in its container count.
 */
export function uploadedFileNames(field: Field): string[] {
  const names = new Set<string>();
  const input = field.el instanceof HTMLInputElement ? field.el : undefined;
  for (const file of Array.from(input?.files ?? [])) names.add(file.name);
  // The assistant's own hints are left out: they quote file names too.
  for (const match of pageTextOf(ownBox(field)).matchAll(FILE_NAME)) names.add(match[0]);
  return [...names];
}

/**
 * The box that is the upload's own: climbing from it (or its widget) while
 * no other field shares the box — its cell, list item, form item or row, with
 * the file list the page draws beside a picker. At most six boxes up.
 */
export function ownBox(field: Field): Element {
  const own = new Set<Element>([field.el, ...field.members]);
  let box: Element = field.widget && !field.widget.contains(field.el) ? commonParent(field.widget, field.el) : field.el;
  for (let depth = 0; depth < 6; depth += 1) {
    const up: Element | null = box.parentElement;
    if (!up || /^(FORM|BODY|HTML|TBODY|TABLE)$/.test(up.tagName) || holdsOtherField(up, own)) break;
    box = up;
  }
  return box;
}

function commonParent(a: Element, b: Element): Element {
  let box: Element | null = a;
  while (box && !box.contains(b)) box = box.parentElement;
  return box ?? a;
}

function holdsOtherField(box: Element, own: ReadonlySet<Element>): boolean {
  for (const c of box.querySelectorAll(CONTROL_SELECTOR)) {
    if (!own.has(c) && isControl(c) && !c.closest(`[${OWN_ATTR}]`)) return true;
  }
  return false;
}
