/**
 * The before/after comparison of the photo fix, as plain DOM with inline
 * styles (page styles must not bend it), shared by the upload gate on the
 * platform page and the photo tool page. textContent only.
 */
import type { CropRect, PixelSize } from '../photo';
import { markOwn } from '../assistant/own';
import { sizeLine } from './check';

export interface ComparedImage {
  /** An object URL the caller owns (and revokes). */
  url: string;
  /** Size as displayed. */
  width: number;
  height: number;
  bytes: number;
  /** A second line under the size, e.g. the stored size the server reads. */
  note?: string;
}

export interface Comparison {
  before: ComparedImage;
  after: ComparedImage;
  /** The kept rectangle, in the displayed original's pixels. */
  crop: CropRect;
  cropped: boolean;
}

/** Width of each thumbnail in CSS pixels. */
const THUMB_WIDTH = 150;

function styled<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, css: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.style.cssText = css;
  if (text !== undefined) el.textContent = text;
  return el;
}

function percent(part: number, whole: number): string {
  return `${whole > 0 ? ((part / whole) * 100).toFixed(3) : 0}%`;
}

function figure(doc: Document, title: string, image: ComparedImage, alt: string, guide?: { crop: CropRect; cropped: boolean }): HTMLElement {
  const fig = styled(doc, 'figure', 'margin:0;padding:0;display:inline-block;vertical-align:top;max-width:' + (THUMB_WIDTH + 20) + 'px;');
  const frame = styled(
    doc,
    'div',
    `position:relative;display:block;width:${THUMB_WIDTH}px;overflow:hidden;border:1px solid #c9d3e1;background:#fff;line-height:0;`,
  );
  const img = styled(doc, 'img', `display:block;width:${THUMB_WIDTH}px;height:auto;max-width:none;margin:0;border:0;`);
  img.alt = alt;
  img.src = image.url;
  frame.append(img);
  if (guide) {
    const { crop } = guide;
    const box = styled(
      doc,
      'div',
      'position:absolute;box-sizing:border-box;border:2px dashed #1f5fbf;pointer-events:none;' +
        `left:${percent(crop.x, image.width)};top:${percent(crop.y, image.height)};` +
        `width:${percent(crop.width, image.width)};height:${percent(crop.height, image.height)};` +
        (guide.cropped ? 'box-shadow:0 0 0 9999px rgba(0,0,0,.45);' : ''),
    );
    box.className = 'zcps-photo-crop';
    box.setAttribute('aria-hidden', 'true');
    frame.append(box);
  }
  const caption = styled(doc, 'figcaption', 'display:block;margin:4px 0 0;font-size:12px;line-height:1.5;color:#333;white-space:normal;');
  const name = styled(doc, 'strong', 'display:block;', title);
  const size = styled(doc, 'span', 'display:block;', sizeLine(image.width, image.height, image.bytes));
  size.className = 'zcps-photo-size';
  caption.append(name, size);
  if (image.note) caption.append(styled(doc, 'span', 'display:block;color:#5b6472;', image.note));
  fig.append(frame, caption);
  return fig;
}

/** Two figures side by side: the original with the crop guide, and the fixed photo. */
export function buildComparison(doc: Document, comparison: Comparison): HTMLElement {
  const wrap = markOwn(styled(doc, 'div', 'display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin:6px 0;'));
  wrap.className = 'zcps-photo-compare';
  const { before, after, crop, cropped } = comparison;
  const guideText = cropped
    ? `虚线框内是保留的部分（${crop.width} × ${crop.height}），框外裁去`
    : '照片不需要裁剪，只转正、缩放并重新保存';
  const beforeFig = figure(doc, '修正前（原图）', { ...before, note: [before.note, guideText].filter(Boolean).join('；') }, '修正前的照片', { crop, cropped });
  beforeFig.dataset.photo = 'before';
  const afterFig = figure(doc, '修正后', after, '修正后的照片');
  afterFig.dataset.photo = 'after';
  wrap.append(beforeFig, afterFig);
  return wrap;
}

/** The displayed size and, when the server reads another one (EXIF orientation), that note. */
export function storedNote(displayed: PixelSize, stored: PixelSize | undefined): string | undefined {
  if (!stored || (stored.width === displayed.width && stored.height === displayed.height)) return undefined;
  return `服务器读取的存储尺寸为 ${stored.width} × ${stored.height}`;
}
