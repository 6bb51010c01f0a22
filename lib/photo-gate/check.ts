/**
 * One photo file → its verdict, shared by the upload gate on the platform page
 * and the extension's photo tool page: the facts from the bytes (no decode),
 * the refusal of pictures too big to decode safely, the background and colour
 * statistics (bounded by a timeout), the photo.* findings and the fix plan.
 * Never rejects: what could not be measured is left out and said.
 */
import {
  MAX_PIXELS,
  PhotoFixError,
  fixPhoto,
  headerSize,
  measurePixels,
  photoFactsFromBytes,
  planFix,
  withTimeout,
  type DecodedPicture,
  type FixPlan,
  type FixedPhoto,
  type PixelFacts,
} from '../photo';
import { HEIC_ERRORS, HeicError, type ConvertedHeic, type HeicConverter } from '../photo/heic';
import { checkPhoto } from '../rules';
import type { Plan } from '../rules/plans/types';
import type { Finding, PhotoFacts, Text } from '../rules/types';

/** The gate waits at most this long for the background statistics; then the photo is judged on its bytes. */
export const GATE_MEASURE_TIMEOUT_MS = 5_000;
/** Files above this are not read whole (a video chosen by mistake): only their head is looked at. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;
/** What is read of a file too big to read whole: enough for any JPEG header with its EXIF. */
export const HEAD_BYTES = 1024 * 1024;

/** A HEIC conversion may take this long (the decoder's first load included; the converter gives up sooner with its own reason) before the photo is judged without it. */
export const HEIC_TIMEOUT_MS = 50_000;

/** Why the pixels were not looked at. */
export type Skipped = 'pixels' | 'bytes' | 'unmeasured';

export interface PhotoCheck {
  name: string;
  /** Bytes facts merged with the pixel facts (when measured). */
  facts: PhotoFacts;
  /** The pixel statistics alone ({} when not measured), to judge a fixed copy of the same picture. */
  pixels: PixelFacts;
  findings: Finding[];
  fix: FixPlan;
  /** Set when the background and colour were not checked, and why. */
  skipped?: Skipped;
  /** Extra messages (too many pixels, a file too big to read, a HEIC photo). */
  notes: Text[];
  /** Held back from the page until the applicant decides: an error, or a picture too big to check. */
  held: boolean;
  /**
   * A HEIC converted to an upright JPEG in the extension: what the browser
   * draws for the preview and what the fix starts from.
   */
  decoded?: DecodedPicture;
}

export interface CheckOptions {
  measureTimeoutMs?: number;
  /** Turns a HEIC into a JPEG the browser can read (absent: HEIC photos cannot be fixed here). */
  convertHeic?: HeicConverter;
  /** Called when a HEIC conversion starts (it takes a second or two). */
  onConverting?: () => void;
}

export const HEIC_HELP: Text = {
  zh: '这是苹果手机的 HEIC 格式照片，浏览器无法直接读取，也无法在这里转换。请先得到 JPG 照片：在 iPhone 的“设置 → 相机 → 格式”中选择“兼容性最佳”后重新拍摄；或在“照片”中选中照片，点“共享 → 存储到文件”或用“导出”存为 JPG；也可以通过微信发送到电脑（微信会以 JPG 发送），再选择该 JPG 文件。',
  en: 'This is an iPhone HEIC photo, which the browser cannot read or convert here. Get a JPG first: on the iPhone choose Settings → Camera → Formats → "Most Compatible" and take the photo again; or share/export the photo as JPG; or send it to the computer through WeChat (it sends JPG) and choose that JPG file.',
};

/** A HEIC read by the extension's own decoder: the platform still takes JPG only. */
export const HEIC_READ: Text = {
  zh: '这是苹果手机的 HEIC 格式照片，平台只接受 JPG。助手已在本机读取这张照片，点“修正照片”即可转换为符合要求的 JPG（照片不会离开本机）。',
  en: 'This is an iPhone HEIC photo; the platform takes JPG only. The assistant has read it on this computer: “修正照片” (fix) turns it into a JPG that meets the rules (the photo never leaves this computer).',
};

function heicFailed(error: HeicError): Text {
  return {
    zh: `未能在本机读取这张 HEIC 照片：${error.zh}。`,
    en: `This HEIC photo could not be read here: ${error.en}.`,
  };
}

const TOO_BIG_TO_READ: Text = {
  zh: '文件过大，只读取了文件开头来判断格式和尺寸，未检查背景和颜色。',
  en: 'The file is too big: only its beginning was read for the type and size; the background and colour were not checked.',
};

const UNMEASURED: Text = {
  zh: '未能在限定时间内检查背景和颜色，以下结果只根据文件本身得出。',
  en: 'The background and colour could not be checked in time; the verdict below comes from the file alone.',
};

function tooManyPixels(width: number, height: number): Text {
  const pixels = width * height;
  return {
    zh: `照片有 ${width} × ${height} 像素（约 ${Math.round(pixels / 10_000)} 万像素），超过 ${MAX_PIXELS / 10_000} 万像素：为免浏览器卡顿，没有解码检查背景和颜色，也无法在浏览器中修正。请先把照片缩小（如用手机相册的“编辑/裁剪”或截图）后重新选择。`,
    en: `The photo has ${width} × ${height} pixels (about ${(pixels / 1e6).toFixed(1)} MP), more than ${MAX_PIXELS / 1e6} MP: to keep the browser responsive it was not decoded, so the background and colour were not checked and it cannot be fixed here. Shrink it first (crop or screenshot it on the phone) and choose it again.`,
  };
}

/** Whether a file chosen or dropped is meant as a picture: by its type, its name, or the picker's accept list. */
export function looksLikePhoto(file: File, accept = ''): boolean {
  if (file.type.startsWith('image/')) return true;
  if (/\.(?:jpe?g|jfif|png|gif|webp|avif|heic|heif|bmp|tiff?)$/i.test(file.name)) return true;
  return /image|\.jpe?g/i.test(accept);
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.level === 'error');
}

/** The bytes worth reading, and whether that is the whole file. */
async function readBytes(file: Blob): Promise<{ bytes: Uint8Array; whole: boolean }> {
  if (file.size > MAX_READ_BYTES) return { bytes: new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()), whole: false };
  return { bytes: new Uint8Array(await file.arrayBuffer()), whole: true };
}

/**
 * The verdict on a file: photo.* findings on the stored bytes plus, unless the
 * picture is too big to decode, the background and colour measured on a small
 * copy as displayed.
 */
export async function checkPhotoFile(file: Blob, name: string, plan: Plan, options: CheckOptions = {}): Promise<PhotoCheck> {
  const notes: Text[] = [];
  let skipped: Skipped | undefined;
  let pixels: PixelFacts = {};
  let decoded: DecodedPicture | undefined;
  const { bytes, whole } = await readBytes(file);
  const facts = photoFactsFromBytes(name, bytes);
  if (!whole) {
    // Only the head was read: the size is the file's, completeness is unknown.
    facts.bytes = file.size;
    delete facts.truncated;
    skipped = 'bytes';
    notes.push(TOO_BIG_TO_READ);
  }
  const size = headerSize(bytes);
  if (size !== undefined && size.width * size.height > MAX_PIXELS) {
    skipped = 'pixels';
    notes.push(tooManyPixels(size.width, size.height));
  } else if (size === undefined && skipped === undefined) {
    // No size in the header: never decoded blind (measurePixels refuses it too).
    skipped = 'unmeasured';
    if (facts.type === 'heic') notes.push(heicFailed(HEIC_ERRORS.unreadable));
    else if (facts.type !== 'unknown') notes.push(UNMEASURED);
  } else if (skipped === undefined) {
    if (facts.type === 'heic' && options.convertHeic) {
      options.onConverting?.();
      const converted = await convertHeic(bytes, options.convertHeic);
      if (converted instanceof HeicError) notes.push(heicFailed(converted));
      else {
        decoded = { blob: converted.jpeg, width: converted.width, height: converted.height };
        // The decoder's size is the truth (the boxes could be unusual); the file's own facts stay HEIC's.
        facts.width = converted.width;
        facts.height = converted.height;
        notes.push(HEIC_READ);
      }
    }
    pixels = await measurePixels(decoded?.blob ?? file, options.measureTimeoutMs ?? GATE_MEASURE_TIMEOUT_MS);
    if (pixels.decodable === undefined && facts.type !== 'unknown') {
      skipped = 'unmeasured';
      notes.push(UNMEASURED);
    }
  }
  const measured: PhotoFacts = { ...facts, ...pixels };
  if (measured.type === 'heic' && measured.decodable !== true) notes.push(HEIC_HELP);
  const findings = checkPhoto(measured, plan);
  const fix = planFix(measured, plan.photo);
  const held = hasError(findings) || skipped === 'pixels';
  const check: PhotoCheck = { name, facts: measured, pixels, findings, fix, notes, held };
  if (skipped !== undefined) check.skipped = skipped;
  if (decoded !== undefined && measured.decodable === true) check.decoded = decoded;
  return check;
}

/** The converter's JPEG, or why there is none; never rejects, never hangs. */
async function convertHeic(bytes: Uint8Array, convert: HeicConverter): Promise<ConvertedHeic | HeicError> {
  try {
    return await withTimeout(convert(bytes), HEIC_TIMEOUT_MS, HEIC_ERRORS.timeout);
  } catch (error) {
    return error instanceof HeicError ? error : HEIC_ERRORS.decode;
  }
}

/**
 * The findings of a fixed copy: its own bytes, with the pixel statistics of
 * the original (the fix changes neither the background nor the colour).
 */
function checkFixedBytes(name: string, bytes: Uint8Array, pixels: PixelFacts, plan: Plan): Finding[] {
  return checkPhoto({ ...photoFactsFromBytes(name, bytes), ...pixels }, plan);
}

/** A fixed copy of a checked photo, with the findings on the copy. */
export interface FixResult {
  fixed: FixedPhoto;
  findings: Finding[];
}

/**
 * Fixes a checked photo (from the picture the check decoded, for a HEIC) and
 * checks the copy. Rejects only with a PhotoFixError, whose zh says why.
 */
export async function fixChecked(file: File, check: PhotoCheck, plan: Plan): Promise<FixResult> {
  try {
    const fixed = await fixPhoto(file, file.name, plan.photo, { decoded: check.decoded });
    const findings = checkFixedBytes(fixed.file.name, new Uint8Array(await fixed.file.arrayBuffer()), check.pixels, plan);
    return { fixed, findings };
  } catch (error) {
    if (error instanceof PhotoFixError) throw error;
    throw new PhotoFixError(FIX_FAILED, `Fixing the photo failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const FIX_FAILED = '修正照片时出错，请换一张照片重试。';

/** Why a fix failed, for the applicant. */
export function fixFailure(error: unknown): string {
  return error instanceof PhotoFixError ? error.zh : FIX_FAILED;
}

// ------------------------------------------------------------ numbers for people

/** "56.2 KB" (K = 1024, as file managers show it). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** "宽 413 × 高 579 像素 · 宽高比 0.713 · 56.2 KB" */
export function sizeLine(width: number, height: number, bytes: number): string {
  const ratio = height > 0 ? (width / height).toFixed(3) : '—';
  return `宽 ${width} × 高 ${height} 像素 · 宽高比 ${ratio} · ${formatKb(bytes)}`;
}
