/**
 * Reading a step's fields into the plain inputs the rules take. `undefined`
 * means the field is not on the page, so the rules about it stay silent.
 */
import type { Field } from '../page/fields';
import type { Meaning } from '../meanings';
import type { StepContext } from '../assistant/feature';
import { OWN_ATTR } from '../assistant/own';
import { CONTROL_SELECTOR, isControl } from '../page/controls';

export function valueOf(ctx: StepContext, meaning: Meaning): string | undefined {
  const field = ctx.field(meaning);
  return field ? ctx.page.readValue(field) : undefined;
}

export function choicesOf(ctx: StepContext, meaning: Meaning): string[] | undefined {
  const field = ctx.field(meaning);
  if (!field) return undefined;
  if (field.kind === 'radio' || field.kind === 'checkbox') return ctx.page.readChoices(field);
  const value = ctx.page.readValue(field);
  return value ? [value] : [];
}

const FILE_NAME = /[^\s\\/:*?"<>|]+\.(?:pdf|jpe?g|png|gif|bmp|webp|heic|docx?|xlsx?|zip|rar|ofd)\b/gi;

/**
 * How many files a file field holds. Upload widgets often clear the input
 * after uploading and list the uploaded files beside it instead, so both the
 * input and the file names shown in its container count.
 */
export function uploadedFileNames(field: Field): string[] {
  const names = new Set<string>();
  const input = field.el instanceof HTMLInputElement ? field.el : undefined;
  for (const file of Array.from(input?.files ?? [])) names.add(file.name);
  const container = uploadContainer(field);
  if (container) {
    for (const match of pageTextOf(container).matchAll(FILE_NAME)) names.add(match[0]);
  }
  return [...names];
}

/** The page's own text in an element, without the assistant's hints (they quote file names). */
function pageTextOf(root: Element): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 1 && (node as Element).hasAttribute(OWN_ATTR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) text += (node as Text).data;
  return text;
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

/** The block around the upload where the page lists what it holds. */
function uploadContainer(field: Field): Element | null {
  return ownBox(field);
}
