/**
 * The before/after comparison of the photo fix, as plain DOM with inline
 * styles (page styles must not bend it), shared by the upload gate on the
 * platform page and the photo tool page. textContent only.
 */
import type { CropRect, FixedPhoto, PixelSize } from '../photo';
import { markOwn } from '../assistant/own';
import { PAGE_STYLES, setStyle } from '../assistant/style';
import { sizeLine, type PhotoCheck } from './check';

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

/**
 * The comparison of a checked photo and its fixed copy, with the object URLs
 * it made (the caller revokes them); undefined when the check planned no fix.
 */
export function comparisonFor(file: Blob, check: PhotoCheck, fixed: FixedPhoto): { comparison: Comparison; urls: string[] } | undefined {
  if (!check.fix.fixable) return undefined;
  const { displayed, crop, cropped } = check.fix;
  const { width, height } = check.facts;
  const stored = width !== undefined && height !== undefined ? { width, height } : undefined;
  // A HEIC shows as the JPEG it was converted to: the browser cannot draw the original.
  const beforeUrl = URL.createObjectURL(check.decoded?.blob ?? file);
  const afterUrl = URL.createObjectURL(fixed.file);
  return {
    comparison: {
      before: { url: beforeUrl, width: displayed.width, height: displayed.height, bytes: file.size, note: storedNote(displayed, stored) },
      after: { url: afterUrl, width: fixed.width, height: fixed.height, bytes: fixed.bytes },
      crop,
      cropped,
    },
    urls: [beforeUrl, afterUrl],
  };
}

function styled<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, css: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  setStyle(el, css);
  if (text !== undefined) el.textContent = text;
  return el;
}

function percent(part: number, whole: number): string {
  return `${whole > 0 ? ((part / whole) * 100).toFixed(3) : 0}%`;
}

function figure(
  doc: Document,
  title: string,
  image: ComparedImage,
  alt: string,
  guide?: { crop: CropRect; cropped: boolean },
): HTMLElement {
  const fig = styled(doc, 'figure', PAGE_STYLES.figure);
  const frame = styled(doc, 'div', PAGE_STYLES.thumbFrame);
  const img = styled(doc, 'img', PAGE_STYLES.thumb);
  img.alt = alt;
  img.src = image.url;
  frame.append(img);
  if (guide) {
    const { crop } = guide;
    const position =
      `left:${percent(crop.x, image.width)};top:${percent(crop.y, image.height)};` +
      `width:${percent(crop.width, image.width)};height:${percent(crop.height, image.height)};`;
    const box = styled(doc, 'div', PAGE_STYLES.cropGuide + position + (guide.cropped ? PAGE_STYLES.cropShade : ''));
    box.className = 'zcps-photo-crop';
    box.setAttribute('aria-hidden', 'true');
    frame.append(box);
  }
  const caption = styled(doc, 'figcaption', PAGE_STYLES.caption);
  const name = styled(doc, 'strong', PAGE_STYLES.captionLine, title);
  const size = styled(doc, 'span', PAGE_STYLES.captionLine, sizeLine(image.width, image.height, image.bytes));
  size.className = 'zcps-photo-size';
  caption.append(name, size);
  if (image.note) caption.append(styled(doc, 'span', PAGE_STYLES.captionNote, image.note));
  fig.append(frame, caption);
  return fig;
}

/** Two figures side by side: the original with the crop guide, and the fixed photo. */
export function buildComparison(doc: Document, comparison: Comparison): HTMLElement {
  const wrap = markOwn(styled(doc, 'div', PAGE_STYLES.compare));
  wrap.className = 'zcps-photo-compare';
  const { before, after, crop, cropped } = comparison;
  const guideText = cropped ? `虚线框内是保留的部分（${crop.width} × ${crop.height}），框外裁去` : '照片不需要裁剪，只转正、缩放并重新保存';
  const beforeFig = figure(
    doc,
    '修正前（原图）',
    { ...before, note: [before.note, guideText].filter(Boolean).join('；') },
    '修正前的照片',
    { crop, cropped },
  );
  beforeFig.dataset.photo = 'before';
  const afterFig = figure(doc, '修正后', after, '修正后的照片');
  afterFig.dataset.photo = 'after';
  wrap.append(beforeFig, afterFig);
  return wrap;
}

/** The displayed size and, when the server reads another one (EXIF orientation), that note. */
function storedNote(displayed: PixelSize, stored: PixelSize | undefined): string | undefined {
  if (!stored || (stored.width === displayed.width && stored.height === displayed.height)) return undefined;
  return `服务器读取的存储尺寸为 ${stored.width} × ${stored.height}`;
}
