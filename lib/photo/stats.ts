/**
 * Pixel statistics of a small RGBA copy of the photo, as displayed
 * (orientation applied): is the background white (rule photo.background, docs/rules.md),
 * is there colour anywhere (photo.color). Pure functions on plain arrays.
 */

/** A pixel is white when min(R,G,B) ≥ 235 and max − min ≤ 24 (rule photo.background, docs/rules.md). */
export const WHITE_MIN = 235;
/** A pixel is light and neutral (white or light grey) when min ≥ 200 and max − min ≤ 24. */
export const LIGHT_NEUTRAL_MIN = 200;
export const NEUTRAL_SPREAD_MAX = 24;
/** The background passes when at least this share of the samples is white; likewise "grey" for light-neutral. */
export const BACKGROUND_PASS_SHARE = 0.92;

/**
 * Where the background is sampled, as shares of the picture: a band along
 * the top, and bands down both sides from there to mid-height. Not the bottom
 * corners (shoulders), not the centre (the face). An ID photo's head may come
 * close to the top edge: the top band is thin.
 */
export const SAMPLE_TOP_SHARE = 0.05;
export const SAMPLE_SIDE_SHARE = 0.1;
export const SAMPLE_SIDE_BOTTOM = 0.45;

/** A pixel has colour when max − min of its RGB exceeds this (JPEG noise on grey stays far below). */
export const CHROMA_THRESHOLD = 20;

export interface BackgroundStats {
  /** 0..1 of the samples. */
  whiteShare: number;
  /** 0..1 of the samples, white ones included. */
  lightNeutralShare: number;
  meanRgb: [number, number, number];
}

/** RGB of the pixel at `index`, composited over white (a transparent background counts as white, as the fix makes it). */
function pixelOverWhite(rgba: ArrayLike<number>, index: number): [number, number, number] {
  const at = index * 4;
  const alpha = (rgba[at + 3] ?? 255) / 255;
  const over = (value: number): number => Math.round(value * alpha + 255 * (1 - alpha));
  return [over(rgba[at] ?? 0), over(rgba[at + 1] ?? 0), over(rgba[at + 2] ?? 0)];
}

/** The pixel indexes of the sampled background bands of a width × height picture. */
export function backgroundSampleIndexes(width: number, height: number): number[] {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  if (w === 0 || h === 0) return [];
  const top = Math.min(h, Math.max(1, Math.round(h * SAMPLE_TOP_SHARE)));
  const side = Math.min(Math.ceil(w / 2), Math.max(1, Math.round(w * SAMPLE_SIDE_SHARE)));
  const sideBottom = Math.min(h, Math.max(top, Math.round(h * SAMPLE_SIDE_BOTTOM)));
  const indexes: number[] = [];
  for (let y = 0; y < top; y++) {
    for (let x = 0; x < w; x++) indexes.push(y * w + x);
  }
  for (let y = top; y < sideBottom; y++) {
    for (let x = 0; x < side; x++) indexes.push(y * w + x);
    for (let x = Math.max(side, w - side); x < w; x++) indexes.push(y * w + x);
  }
  return indexes;
}

/** The background measure of rule photo.background on an RGBA picture (row-major, 4 bytes a pixel). */
export function backgroundStats(rgba: ArrayLike<number>, width: number, height: number): BackgroundStats {
  const pixels = Math.floor(rgba.length / 4);
  const indexes = backgroundSampleIndexes(width, height).filter((index) => index < pixels);
  if (indexes.length === 0) return { whiteShare: 0, lightNeutralShare: 0, meanRgb: [0, 0, 0] };
  let white = 0;
  let lightNeutral = 0;
  let sumR = 0;
  let sumG = 0;
  let sumB = 0;
  for (const index of indexes) {
    const [r, g, b] = pixelOverWhite(rgba, index);
    const min = Math.min(r, g, b);
    const spread = Math.max(r, g, b) - min;
    if (spread <= NEUTRAL_SPREAD_MAX && min >= WHITE_MIN) white++;
    if (spread <= NEUTRAL_SPREAD_MAX && min >= LIGHT_NEUTRAL_MIN) lightNeutral++;
    sumR += r;
    sumG += g;
    sumB += b;
  }
  const n = indexes.length;
  return {
    whiteShare: white / n,
    lightNeutralShare: lightNeutral / n,
    meanRgb: [Math.round(sumR / n), Math.round(sumG / n), Math.round(sumB / n)],
  };
}

/** True when no pixel has colour (max − min of RGB above CHROMA_THRESHOLD); fully transparent pixels are ignored. */
export function isGrayscale(rgba: ArrayLike<number>, threshold: number = CHROMA_THRESHOLD): boolean {
  for (let at = 0; at + 3 < rgba.length; at += 4) {
    if ((rgba[at + 3] ?? 255) === 0) continue;
    const [r, g, b] = pixelOverWhite(rgba, at / 4);
    if (Math.max(r, g, b) - Math.min(r, g, b) > threshold) return false;
  }
  return true;
}
