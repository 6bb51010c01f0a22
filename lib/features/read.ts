/**
 * Reading a step's fields into the plain inputs the rules take. `undefined`
 * means the field is not on the page, so the rules about it stay silent.
 */
import type { Field } from '../page/fields';
import type { Meaning } from '../meanings';
import type { StepContext } from '../assistant/feature';
import { OWN_ATTR } from '../assistant/own';

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

/** The smallest block around the upload that is its own: its table cell, list item or form item. */
function uploadContainer(field: Field): Element | null {
  const start = field.widget ?? field.el;
  return start.closest('td, li, dd, .layui-form-item, .form-group, .upload, [class*=upload]') ?? start.parentElement;
}
