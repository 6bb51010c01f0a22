/** The photo library: know a photo from its bytes, measure it, fix it. */
export { sniffType, FILE_TYPE_NAMES, type FileType } from './sniff';
export { parseJpeg, readJpegFrame, type JpegInfo, type JpegProblem } from './jpeg';
export {
  MAX_PIXELS,
  headerSize,
  headerPixels,
  readPngSize,
  readGifSize,
  readBmpSize,
  readWebpSize,
  readHeifSize,
  type PixelSize,
} from './header';
export { stripExif, padJpeg } from './jpeg-edit';
export {
  backgroundStats,
  backgroundSampleIndexes,
  isGrayscale,
  WHITE_MIN,
  LIGHT_NEUTRAL_MIN,
  NEUTRAL_SPREAD_MAX,
  BACKGROUND_PASS_SHARE,
  CHROMA_THRESHOLD,
  type BackgroundStats,
} from './stats';
export { photoFactsFromBytes, measurePixels, withTimeout, MEASURE_WIDTH, type PhotoFacts, type PixelFacts } from './facts';
export { readHeifLayout, type HeifLayout } from './heif';
export {
  planFix,
  planGeometry,
  displayedSize,
  fixPhoto,
  fixedFileName,
  searchEncoding,
  candidateSizes,
  PhotoFixError,
  type PhotoFixLimits,
  type FixPlan,
  type FixGeometry,
  type CropRect,
  type FixedPhoto,
  type FixOptions,
  type DecodedPicture,
  type Encoder,
  type Encoding,
} from './fix';
