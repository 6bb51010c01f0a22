/**
 * The photo fix (button 修正照片): bake in the orientation, put transparency
 * on white, crop to 5:7 keeping the top only when the ratio is out of range,
 * scale down (never up) to at most 413×579, and encode a baseline JPEG with no
 * EXIF whose size lands in 40 000–900 000 bytes.
 *
 * planFix is pure (what will happen, or why it cannot); fixPhoto does it with
 * standard browser APIs only (createImageBitmap, OffscreenCanvas or <canvas>).
 */
import type { PhotoLimits } from '../rules/plans/types';
import type { PhotoFacts, Text } from '../rules/types';
import { make2dContext, photoFactsFromBytes, withTimeout } from './facts';
import { MAX_PIXELS, type PixelSize } from './header';
import { padJpeg, stripExif } from './jpeg-edit';
import { parseJpeg } from './jpeg';
import { FILE_TYPE_NAMES, sniffType } from './sniff';
import { BACKGROUND_PASS_SHARE } from './stats';
import { colourName } from '../rules/helpers/colour';
import { ORIENTATION_TURNS } from '../rules/helpers/orientation';

/**
 * The part of a plan's photo limits the fix needs: the result must pass
 * photo.pixels, the ratio range says when to crop (only outside it), and
 * `fix` holds the target ratio, the size cap and the byte range.
 */
export type PhotoFixLimits = Pick<PhotoLimits, 'minWidth' | 'minHeight' | 'ratioMin' | 'ratioMax' | 'fix'>;

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FixGeometry {
  /** Size as displayed (orientation applied). */
  displayed: PixelSize;
  /** The part of the displayed picture kept. */
  crop: CropRect;
  /** Size of the fixed picture. */
  output: PixelSize;
  cropped: boolean;
  scaled: boolean;
}

export type FixPlan = ({ fixable: true; steps: Text[] } & FixGeometry) | { fixable: false; reasons: Text[]; displayed?: PixelSize };

/** Image types a browser can decode onto a canvas (HEIC only where the browser says it decoded it). */
const DECODABLE_TYPES = new Set<PhotoFacts['type']>(['jpeg', 'png', 'webp', 'avif', 'gif', 'bmp']);
/** Types that may carry transparency, which the fix turns white. */
const ALPHA_TYPES = new Set<PhotoFacts['type']>(['png', 'webp', 'avif', 'gif']);

/** The size as displayed: orientations 5–8 swap width and height. */
export function displayedSize(width: number, height: number, orientation: number | undefined): PixelSize {
  return orientation !== undefined && orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}

export function passesPixels(size: PixelSize, limits: PhotoFixLimits): boolean {
  return size.width > limits.minWidth && size.height > limits.minHeight;
}

/**
 * The crop scaled by `scale` (≤ 1), rounded, with the width nudged by a pixel
 * when rounding pushed the ratio out of range.
 */
export function scaledSize(crop: PixelSize, scale: number, limits: PhotoFixLimits): PixelSize {
  const height = Math.max(1, Math.round(crop.height * scale));
  let width = Math.max(1, Math.round(crop.width * scale));
  if (width / height < limits.ratioMin) width = Math.min(crop.width, Math.ceil(height * limits.ratioMin));
  if (width / height > limits.ratioMax) width = Math.max(1, Math.floor(height * limits.ratioMax));
  return { width, height };
}

/** Crop (only when the ratio is out of range: to targetRatio, top kept, centred) and scale (down only). */
export function planGeometry(displayed: PixelSize, limits: PhotoFixLimits): FixGeometry {
  const { width, height } = displayed;
  const { targetRatio, maxWidth, maxHeight } = limits.fix;
  let crop: CropRect = { x: 0, y: 0, width, height };
  const ratio = width / height;
  if (ratio < limits.ratioMin) {
    crop = { x: 0, y: 0, width, height: Math.min(height, Math.max(1, Math.round(width / targetRatio))) };
  } else if (ratio > limits.ratioMax) {
    const cropWidth = Math.min(width, Math.max(1, Math.round(height * targetRatio)));
    crop = { x: Math.floor((width - cropWidth) / 2), y: 0, width: cropWidth, height };
  }
  const scale = Math.min(1, maxWidth / crop.width, maxHeight / crop.height);
  const output = scale < 1 ? scaledSize(crop, scale, limits) : { width: crop.width, height: crop.height };
  return {
    displayed,
    crop,
    output,
    cropped: crop.width !== width || crop.height !== height,
    scaled: output.width !== crop.width || output.height !== crop.height,
  };
}

function percentDown(share: number): number {
  // Floor, so 91.6 % never reads as the passing "92 %".
  return Math.floor(share * 100);
}

/** Why the fix cannot help; [] when nothing stands in the way. */
function refusals(facts: PhotoFacts, limits: PhotoFixLimits): { reasons: Text[]; displayed?: PixelSize } {
  const reasons: Text[] = [];
  const typeName = FILE_TYPE_NAMES[facts.type];
  if (facts.type === 'heic' && facts.decodable !== true) {
    reasons.push({
      zh: `这是${typeName.zh}，浏览器无法读取，修正无法处理；请在手机上把照片导出为 JPG（或把相机格式设为"兼容性最佳"）后重新选择。`,
      en: `This is a ${typeName.en}, which the browser cannot read; export the photo as JPG on the phone (camera format "Most Compatible") and choose it again.`,
    });
  } else if (!DECODABLE_TYPES.has(facts.type) && facts.type !== 'heic') {
    reasons.push({
      zh: `这不是图片，而是${typeName.zh}，无法修正；请选择 JPG 格式的证件照。`,
      en: `This is not a picture but a ${typeName.en}; it cannot be fixed. Choose a JPG ID photo.`,
    });
    return { reasons };
  } else if (facts.decodable === false) {
    reasons.push({
      zh: `浏览器无法解码这张${typeName.zh}（文件可能已损坏），无法修正；请重新导出照片。`,
      en: `The browser cannot decode this ${typeName.en} (the file may be damaged); export the photo again.`,
    });
  }
  if (facts.truncated === true) {
    reasons.push({
      zh: '照片文件不完整（结尾的数据缺失，可能是下载或拷贝中断），修正会把缺失部分变成灰色；请重新导出或拷贝原图。',
      en: 'The photo file is incomplete (its end is missing, perhaps an interrupted download or copy); fixing would turn the missing part grey. Export or copy the original again.',
    });
  }
  if (facts.width === undefined || facts.height === undefined || facts.width === 0 || facts.height === 0) {
    reasons.push({ zh: '无法读取照片的尺寸，无法修正。', en: 'The photo size cannot be read, so it cannot be fixed.' });
    return { reasons };
  }
  const pixels = facts.width * facts.height;
  if (pixels > MAX_PIXELS) {
    reasons.push({
      zh: `照片像素过多（${facts.width}×${facts.height}，约 ${Math.round(pixels / 10_000)} 万像素），超过 ${MAX_PIXELS / 10_000} 万像素，无法在浏览器中安全处理；请先把照片缩小。`,
      en: `The photo has too many pixels (${facts.width}×${facts.height}, about ${(pixels / 1e6).toFixed(1)} MP), more than ${MAX_PIXELS / 1e6} MP that can be processed safely in the browser; shrink it first.`,
    });
  }
  const displayed = displayedSize(facts.width, facts.height, facts.orientation);
  const geometry = planGeometry(displayed, limits);
  if (!passesPixels(geometry.output, limits)) {
    const { width, height } = geometry.output;
    reasons.push({
      zh: `照片太小：${geometry.cropped ? '转正并裁剪' : '转正'}后只有 ${width}×${height} 像素，平台要求宽大于 ${limits.minWidth}、高大于 ${limits.minHeight} 像素；修正不会放大照片，请使用更大的原图或重新拍摄。`,
      en: `The photo is too small: ${width}×${height} pixels after ${geometry.cropped ? 'turning upright and cropping' : 'turning upright'}; the platform needs more than ${limits.minWidth} wide and ${limits.minHeight} high. The fix never enlarges a photo: use a larger original or take a new one.`,
    });
  }
  if (facts.grayscale === true || facts.components === 1) {
    reasons.push({
      zh: '照片是黑白（灰度）的，证件照需要彩色；修正无法还原颜色，请使用彩色照片。',
      en: 'The photo is black and white (grayscale); an ID photo must be in colour, and the fix cannot restore colour. Use a colour photo.',
    });
  }
  const background = facts.background;
  if (background !== undefined && background.whiteShare < BACKGROUND_PASS_SHARE) {
    const white = percentDown(background.whiteShare);
    const need = Math.round(BACKGROUND_PASS_SHARE * 100);
    const [r, g, b] = background.meanRgb;
    if (background.lightNeutralShare >= BACKGROUND_PASS_SHARE) {
      reasons.push({
        zh: `照片背景偏灰：背景取样中只有 ${white}% 是白色（需要至少 ${need}%），平均颜色 RGB(${r}, ${g}, ${b})；修正不能更换背景，请重新拍摄白底证件照。`,
        en: `The background is greyish: only ${white}% of the background samples are white (at least ${need}% needed), mean colour RGB(${r}, ${g}, ${b}). The fix cannot change the background: take a new photo on white.`,
      });
    } else {
      const colour = colourName(background.meanRgb);
      reasons.push({
        zh: `照片是${colour.zh}背景（背景平均颜色 RGB(${r}, ${g}, ${b})，白色只占 ${white}%，需要至少 ${need}%）；修正不能更换背景，请使用白底证件照。`,
        en: `The photo has a ${colour.en} background (mean RGB(${r}, ${g}, ${b}), only ${white}% white, at least ${need}% needed). The fix cannot change the background: use an ID photo on white.`,
      });
    }
  }
  return { reasons, displayed };
}

/** The steps the fix takes, in the applicant's words. */
function describeSteps(facts: PhotoFacts, geometry: FixGeometry, limits: PhotoFixLimits): Text[] {
  const steps: Text[] = [];
  const turn = facts.orientation === undefined ? undefined : ORIENTATION_TURNS[facts.orientation];
  if (turn !== undefined && facts.width !== undefined && facts.height !== undefined) {
    steps.push({
      zh: `按照片的 EXIF 方向（值 ${facts.orientation}）转正：${turn.zh}，存储尺寸 ${facts.width}×${facts.height} → ${geometry.displayed.width}×${geometry.displayed.height}`,
      en: `Turned upright per the EXIF orientation (${facts.orientation}): ${turn.en}, stored ${facts.width}×${facts.height} → ${geometry.displayed.width}×${geometry.displayed.height}`,
    });
  }
  const heif = facts.heifTransform;
  if (heif !== undefined && (heif.rotation !== 0 || heif.mirrored)) {
    const turns = [
      heif.rotation !== 0 ? { zh: `顺时针旋转 ${heif.rotation}°`, en: `turned ${heif.rotation}° clockwise` } : undefined,
      heif.mirrored ? { zh: '镜像', en: 'mirrored' } : undefined,
    ].filter((turn): turn is Text => turn !== undefined);
    steps.push({
      zh: `按照片中记录的方向转正：${turns.map((turn) => turn.zh).join('并')}，存储尺寸 ${heif.stored.width}×${heif.stored.height} → ${geometry.displayed.width}×${geometry.displayed.height}`,
      en: `Turned upright as the photo records: ${turns.map((turn) => turn.en).join(' and ')}, stored ${heif.stored.width}×${heif.stored.height} → ${geometry.displayed.width}×${geometry.displayed.height}`,
    });
  }
  if (ALPHA_TYPES.has(facts.type)) {
    steps.push({ zh: '透明区域（如有）填充为白色', en: 'Transparent areas (if any) filled with white' });
  }
  if (geometry.cropped) {
    const { displayed, crop } = geometry;
    const ratio = (displayed.width / displayed.height).toFixed(3);
    steps.push({
      zh: `宽高比 ${ratio} 不在 ${limits.ratioMin}–${limits.ratioMax} 之间：裁剪为 ${crop.width}×${crop.height}（约 5:7，保留顶部、水平居中）`,
      en: `Width/height ${ratio} is outside ${limits.ratioMin}–${limits.ratioMax}: cropped to ${crop.width}×${crop.height} (about 5:7, top kept, centred)`,
    });
  }
  if (geometry.scaled) {
    steps.push({
      zh: `缩小为 ${geometry.output.width}×${geometry.output.height} 像素（不超过 ${limits.fix.maxWidth}×${limits.fix.maxHeight}）`,
      en: `Scaled down to ${geometry.output.width}×${geometry.output.height} pixels (at most ${limits.fix.maxWidth}×${limits.fix.maxHeight})`,
    });
  } else {
    steps.push({
      zh: `保持 ${geometry.output.width}×${geometry.output.height} 像素（不放大）`,
      en: `Kept at ${geometry.output.width}×${geometry.output.height} pixels (never enlarged)`,
    });
  }
  if (facts.components === 4) steps.push({ zh: 'CMYK 颜色转换为 RGB', en: 'CMYK colours converted to RGB' });
  if (facts.type !== 'jpeg') {
    steps.push({ zh: `由${FILE_TYPE_NAMES[facts.type].zh}转换为 JPG`, en: `Converted from ${FILE_TYPE_NAMES[facts.type].en} to JPG` });
  }
  if (facts.gps === true) steps.push({ zh: '去除照片中的 GPS 位置信息', en: 'GPS location removed' });
  steps.push({
    zh: `重新保存为标准（基线）JPG，不含 EXIF 信息，文件大小 ${limits.fix.bytesMin}–${limits.fix.bytesMax} 字节`,
    en: `Saved again as a standard (baseline) JPG without EXIF, ${limits.fix.bytesMin}–${limits.fix.bytesMax} bytes`,
  });
  return steps;
}

/** What fixing this photo will do, or why it cannot be fixed. Pure. */
export function planFix(facts: PhotoFacts, limits: PhotoFixLimits): FixPlan {
  const { reasons, displayed } = refusals(facts, limits);
  if (reasons.length > 0 || displayed === undefined) {
    return displayed === undefined ? { fixable: false, reasons } : { fixable: false, reasons, displayed };
  }
  const geometry = planGeometry(displayed, limits);
  return { fixable: true, steps: describeSteps(facts, geometry, limits), ...geometry };
}

// ------------------------------------------------------------ encoding

/** Encodes the fixed picture at a size and JPEG quality (0..1) to bytes. */
export type Encoder = (size: PixelSize, quality: number) => Promise<Uint8Array>;

export interface Encoding {
  bytes: Uint8Array;
  size: PixelSize;
  /** 0..1, as given to the encoder. */
  quality: number;
  /** Comment bytes added as the last resort (0 normally). */
  padded: number;
}

/** The quality tried first: good and compact. */
export const DEFAULT_QUALITY = 92;
/** The lowest quality the search goes down to. */
export const LOWEST_QUALITY = 5;
/** How many sizes between the planned size and the crop's own size the search tries. */
export const SIZE_STEPS = 5;

export class PhotoFixError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'PhotoFixError';
  }
}

/** The planned size, then bigger ones up to the crop's own size (never beyond it: no enlarging). */
export function candidateSizes(planned: PixelSize, crop: PixelSize, limits: PhotoFixLimits): PixelSize[] {
  const sizes: PixelSize[] = [planned];
  const start = planned.height / crop.height;
  if (start >= 1) return sizes;
  for (let step = 1; step <= SIZE_STEPS; step++) {
    // Geometric steps from the planned scale up to 1 (the crop itself).
    const scale = step === SIZE_STEPS ? 1 : start * Math.pow(1 / start, step / SIZE_STEPS);
    const size = scale === 1 ? { width: crop.width, height: crop.height } : scaledSize(crop, scale, limits);
    const last = sizes[sizes.length - 1] as PixelSize;
    if (size.width > last.width || size.height > last.height) sizes.push(size);
  }
  return sizes;
}

/**
 * Finds a JPEG quality (whole percents) and, if needed, a size so that
 * bytesMin ≤ bytes ≤ bytesMax:
 * 1. the planned size at quality 92;
 * 2. too big → binary search down for the highest quality that fits;
 * 3. too small → if quality 100 reaches bytesMin, binary search for the lowest
 *    quality that does; else try the next bigger size (up to the crop's own
 *    size, never enlarging);
 * 4. last resort — even the crop's own pixels at quality 100 are below bytesMin
 *    (a tiny or very smooth picture): pad that file with JPEG comment segments
 *    up to bytesMin. The picture is exactly what quality 100 gives; enlarging or
 *    adding noise would only make it worse, and the platform measures bytes.
 */
export async function searchEncoding(encode: Encoder, sizes: readonly PixelSize[], fix: PhotoLimits['fix']): Promise<Encoding> {
  const at = async (size: PixelSize, percent: number): Promise<Encoding> => ({
    bytes: await encode(size, percent / 100),
    size,
    quality: percent / 100,
    padded: 0,
  });
  const fits = (encoding: Encoding): boolean => encoding.bytes.length >= fix.bytesMin && encoding.bytes.length <= fix.bytesMax;
  /** Binary search: the highest quality in [low, high] whose file is not above bytesMax. */
  const highestNotTooBig = async (size: PixelSize, low: number, high: number): Promise<Encoding | undefined> => {
    let found: Encoding | undefined;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const trial = await at(size, middle);
      if (trial.bytes.length <= fix.bytesMax) {
        found = trial;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  let best: Encoding | undefined;
  for (const size of sizes) {
    const first = await at(size, DEFAULT_QUALITY);
    if (fits(first)) return first;
    if (first.bytes.length > fix.bytesMax) {
      // Highest quality in [LOWEST, DEFAULT) that is not too big.
      const found = await highestNotTooBig(size, LOWEST_QUALITY, DEFAULT_QUALITY - 1);
      if (found !== undefined && found.bytes.length >= fix.bytesMin) return found;
      throw new PhotoFixError(
        `无法把照片压缩到 ${fix.bytesMax} 字节以内（${size.width}×${size.height} 像素）。`,
        `The photo cannot be compressed below ${fix.bytesMax} bytes (${size.width}×${size.height} pixels).`,
      );
    }
    const top = await at(size, 100);
    best = top;
    if (top.bytes.length > fix.bytesMax) {
      // The jump from 92 to 100 overshot both ends: take the highest quality that is not too big.
      const found = (await highestNotTooBig(size, DEFAULT_QUALITY + 1, 99)) ?? first;
      if (fits(found)) return found;
      best = found;
      continue;
    }
    if (top.bytes.length >= fix.bytesMin) {
      // Lowest quality in (DEFAULT, 100] that reaches bytesMin.
      let low = DEFAULT_QUALITY + 1;
      let high = 99;
      let found = top;
      while (low <= high) {
        const middle = Math.floor((low + high) / 2);
        const trial = await at(size, middle);
        if (trial.bytes.length >= fix.bytesMin) {
          if (trial.bytes.length <= fix.bytesMax) found = trial;
          high = middle - 1;
        } else low = middle + 1;
      }
      return found;
    }
  }
  if (best === undefined || best.bytes.length > fix.bytesMax) {
    throw new PhotoFixError(
      `无法把照片保存为 ${fix.bytesMin}–${fix.bytesMax} 字节的 JPG。`,
      `The photo cannot be saved as a JPG of ${fix.bytesMin}–${fix.bytesMax} bytes.`,
    );
  }
  const padded = padJpeg(best.bytes, fix.bytesMin);
  return { ...best, bytes: padded, padded: padded.length - best.bytes.length };
}

// ------------------------------------------------------------ browser part

/** How long the whole fix may take before it gives up with a PhotoFixError. */
export const FIX_TIMEOUT_MS = 30_000;

/** "证件照.PNG" → "证件照.jpg"; a name that is only an extension becomes "photo.jpg". */
export function fixedFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : dot === 0 ? '' : base;
  return `${stem === '' ? 'photo' : stem}.jpg`;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

async function canvasToJpeg(canvas: AnyCanvas, quality: number): Promise<Uint8Array> {
  let blob: Blob | null;
  if (typeof OffscreenCanvas === 'function' && canvas instanceof OffscreenCanvas) {
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  } else {
    const element = canvas as HTMLCanvasElement;
    blob = await new Promise<Blob | null>((resolve) => element.toBlob(resolve, 'image/jpeg', quality));
  }
  if (blob === null) throw new PhotoFixError('浏览器未能生成 JPG。', 'The browser produced no JPG.');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  // Some browsers silently fall back to PNG for a type they cannot write.
  if (sniffType(bytes) !== 'jpeg') throw new PhotoFixError('浏览器不支持生成 JPG。', 'The browser cannot write JPG.');
  return stripExif(bytes);
}

const TIMED_OUT = Symbol('timed out');

function timeoutError(): PhotoFixError {
  return new PhotoFixError('修正照片超时，请稍后重试或换一张较小的照片。', 'Fixing the photo timed out; try again or use a smaller photo.');
}

export interface FixedPhoto {
  /** `<original base name>.jpg`, type image/jpeg. */
  file: File;
  width: number;
  height: number;
  bytes: number;
  /** JPEG quality used, 0..1. */
  quality: number;
  /** What was done. */
  steps: Text[];
  /** Comment bytes added to reach bytesMin (0 unless the last resort was needed). */
  padded: number;
}

/**
 * A picture the browser can draw standing in for a file it cannot decode: a
 * HEIC converted to an upright JPEG in the extension, possibly scaled down.
 */
export interface DecodedPicture {
  blob: Blob;
  /** The full picture's size as displayed (the stand-in may be smaller, same proportions). */
  width: number;
  height: number;
}

export interface FixOptions {
  /** Give up after this long (default FIX_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Draw this instead of the file (the file's own bytes still name the type, for the plan and its steps). */
  decoded?: DecodedPicture;
}

/**
 * Fixes the photo in the browser. Rejects only with a PhotoFixError (Chinese
 * and English reasons) — when planFix on the file's own bytes refuses, when
 * the browser cannot decode or encode it, or after FIX_TIMEOUT_MS. Call
 * planFix with the measured facts first: only it knows the background and colour.
 */
export async function fixPhoto(file: Blob, name: string, limits: PhotoFixLimits, options: FixOptions = {}): Promise<FixedPhoto> {
  const deadline = Date.now() + (options.timeoutMs ?? FIX_TIMEOUT_MS);
  const remaining = (): number => Math.max(0, deadline - Date.now());
  const picture = options.decoded?.blob ?? file;
  try {
    const source = new Uint8Array(await file.arrayBuffer());
    const facts = photoFactsFromBytes(name, source);
    if (options.decoded) facts.decodable = true; // the extension read it (a HEIC): the plan may go ahead
    const plan = planFix(facts, limits);
    if (!plan.fixable) {
      const first = plan.reasons[0] ?? { zh: '无法修正这张照片。', en: 'This photo cannot be fixed.' };
      throw new PhotoFixError(
        plan.reasons.map((reason) => reason.zh).join(' ') || first.zh,
        plan.reasons.map((reason) => reason.en).join(' ') || first.en,
      );
    }
    if (typeof createImageBitmap !== 'function') throw new PhotoFixError('此浏览器不支持修正照片。', 'This browser cannot fix photos.');
    let bitmap: ImageBitmap | typeof TIMED_OUT;
    try {
      bitmap = await withTimeout(createImageBitmap(picture, { imageOrientation: 'from-image' }), remaining(), TIMED_OUT, (late) =>
        late.close(),
      );
    } catch {
      throw new PhotoFixError('浏览器无法解码这张照片，无法修正。', 'The browser cannot decode this photo, so it cannot be fixed.');
    }
    if (bitmap === TIMED_OUT) throw timeoutError();
    const image = bitmap;
    try {
      // The decoded bitmap is the truth for the displayed size (orientation as the browser applied it);
      // a stand-in's size is the full picture's, and its pixels are mapped onto it.
      const full = options.decoded
        ? { width: options.decoded.width, height: options.decoded.height }
        : { width: image.width, height: image.height };
      const geometry = planGeometry(full, limits);
      const sx = image.width / full.width;
      const sy = image.height / full.height;
      if (!passesPixels(geometry.output, limits)) {
        throw new PhotoFixError(
          `照片太小：修正后只有 ${geometry.output.width}×${geometry.output.height} 像素，平台要求宽大于 ${limits.minWidth}、高大于 ${limits.minHeight} 像素。`,
          `The photo is too small: ${geometry.output.width}×${geometry.output.height} pixels after fixing; more than ${limits.minWidth}×${limits.minHeight} needed.`,
        );
      }
      let drawn: { size: PixelSize; canvas: AnyCanvas } | undefined;
      const encode: Encoder = async (size, quality) => {
        if (drawn === undefined || drawn.size.width !== size.width || drawn.size.height !== size.height) {
          const context = make2dContext(size.width, size.height);
          if (context === undefined)
            throw new PhotoFixError('此浏览器不支持画布，无法修正照片。', 'This browser has no canvas; the photo cannot be fixed.');
          context.fillStyle = '#ffffff'; // transparency becomes white, not black
          context.fillRect(0, 0, size.width, size.height);
          context.imageSmoothingEnabled = true;
          context.imageSmoothingQuality = 'high';
          const { crop } = geometry;
          context.drawImage(image, crop.x * sx, crop.y * sy, crop.width * sx, crop.height * sy, 0, 0, size.width, size.height);
          drawn = { size, canvas: context.canvas };
        }
        const result = await withTimeout(canvasToJpeg(drawn.canvas, quality), remaining(), TIMED_OUT);
        if (result === TIMED_OUT) throw timeoutError();
        return result;
      };
      const sizes = candidateSizes(geometry.output, geometry.crop, limits);
      const encoding = await searchEncoding(encode, sizes, limits.fix);
      const check = parseJpeg(encoding.bytes);
      if (check.truncated || check.progressive === true) {
        throw new PhotoFixError('浏览器生成的 JPG 不符合要求。', 'The browser produced an unusable JPG.');
      }
      const final: FixGeometry = {
        ...geometry,
        output: encoding.size,
        scaled: encoding.size.width !== geometry.crop.width || encoding.size.height !== geometry.crop.height,
      };
      const messages = describeSteps(facts, final, limits);
      messages.push({
        zh: `JPG 质量 ${Math.round(encoding.quality * 100)}，文件 ${encoding.bytes.length} 字节`,
        en: `JPG quality ${Math.round(encoding.quality * 100)}, ${encoding.bytes.length} bytes`,
      });
      if (encoding.padded > 0) {
        messages.push({
          zh: `照片内容简单，最高质量也不足 ${limits.fix.bytesMin} 字节：在 JPG 注释段中补充了 ${encoding.padded} 字节（画面不变）`,
          en: `The picture is so simple that even the highest quality stays below ${limits.fix.bytesMin} bytes: ${encoding.padded} bytes of JPG comment added (picture unchanged)`,
        });
      }
      const body = new Uint8Array(encoding.bytes); // a fresh ArrayBuffer-backed copy for the File
      return {
        file: new File([body], fixedFileName(name), { type: 'image/jpeg', lastModified: Date.now() }),
        width: encoding.size.width,
        height: encoding.size.height,
        bytes: body.length,
        quality: encoding.quality,
        steps: messages,
        padded: encoding.padded,
      };
    } finally {
      image.close();
    }
  } catch (error) {
    if (error instanceof PhotoFixError) throw error;
    throw new PhotoFixError(
      '修正照片时出错，请换一张照片重试。',
      `Fixing the photo failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
