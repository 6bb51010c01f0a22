/**
 * 上传证件照 (二.1). Measured on the STORED pixels and bytes: what the
 * platform's server reads. Browsers apply EXIF orientation when they display;
 * a Java server does not.
 */
import { defineRule } from './define';
import { colourName } from './helpers/colour';
import { ORIENTATION_TURNS } from './helpers/orientation';
import { FILE_TYPE_NAMES, FILE_TYPE_NAMES_EN, extensionOf } from './helpers/file-type';
import { formatPercentDown, formatRatio, kib, mib } from './helpers/numbers';
import type { Finding, PhotoFacts } from './types';

const JPEG_EXTENSIONS = ['jpg', 'jpeg'];

/** At least this share of the sampled background must be white (rule photo.background). */
const WHITE_SHARE_PASS = 0.92;

export const photoFormat = defineRule(
  {
    id: 'photo.format',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片内容是 JPEG（以 FF D8 FF 开头且有 SOF 尺寸标记），文件名以 .jpg 或 .jpeg 结尾。',
      en: 'The photo content is JPEG (starts FF D8 FF, SOF marker present) and the name ends .jpg or .jpeg.',
    },
    messages: {
      disguised: {
        zh: '文件名是“{name}”，但内容是 {actual} 格式，不是 JPEG；需上传真正的 JPG/JPEG 照片',
        en: 'The file is named "{name}" but its content is {actualEn}, not JPEG; a real JPG/JPEG photo is needed',
      },
      notJpeg: {
        zh: '照片“{name}”是 {actual} 格式，需为 JPG/JPEG 格式',
        en: 'The photo "{name}" is {actualEn}; JPG/JPEG is needed',
      },
      unknownContent: {
        zh: '照片“{name}”的内容无法识别为图片，需为 JPG/JPEG 格式',
        en: 'The content of "{name}" is not a recognisable image; JPG/JPEG is needed',
      },
      extension: {
        zh: '照片内容是 JPEG，但文件名“{name}”不以 .jpg 或 .jpeg 结尾；需改为 .jpg 后缀',
        en: 'The content is JPEG but the name "{name}" does not end .jpg or .jpeg; rename it to .jpg',
      },
      noSof: {
        zh: '照片“{name}”以 JPEG 标记开头，但找不到尺寸信息（SOF 标记），服务器无法读取；需重新导出为 JPG',
        en: 'The photo "{name}" starts like a JPEG but has no size (SOF) marker, so the server cannot read it; export it again as JPG',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    const namedJpeg = JPEG_EXTENSIONS.includes(extensionOf(facts.name));
    const data = { name: facts.name, actual: FILE_TYPE_NAMES[facts.type], actualEn: FILE_TYPE_NAMES_EN[facts.type] };
    const target = 'photo' as const;
    if (facts.type === 'unknown') return [say('unknownContent', { data, target })];
    if (facts.type !== 'jpeg') return [say(namedJpeg ? 'disguised' : 'notJpeg', { data, target })];
    const findings: Finding[] = [];
    if (!namedJpeg) findings.push(say('extension', { data, target }));
    if (facts.width === undefined && facts.height === undefined && facts.truncated !== true) {
      findings.push(say('noSof', { data, target }));
    }
    return findings;
  },
);

export const photoCorrupt = defineRule(
  {
    id: 'photo.corrupt',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: { zh: 'JPEG 照片不完整（被截断）或无法解码。', en: 'The JPEG photo is truncated or cannot be decoded.' },
    messages: {
      truncated: {
        zh: '照片文件不完整：JPEG 数据在结束标记前中断（共 {bytes} 字节）；需重新拍摄或重新导出',
        en: 'The photo is incomplete: the JPEG data stops before its end marker ({bytes} bytes); take or export it again',
      },
      undecodable: {
        zh: '照片“{name}”无法解码（文件已损坏）；需重新导出为 JPG',
        en: 'The photo "{name}" cannot be decoded (the file is damaged); export it again as JPG',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    if (facts.type !== 'jpeg') return []; // other content is photo.format's finding
    if (facts.truncated === true) return [say('truncated', { data: { bytes: facts.bytes }, target: 'photo' })];
    if (facts.decodable === false) return [say('undecodable', { data: { name: facts.name }, target: 'photo' })];
    return [];
  },
);

export const photoFilesize = defineRule(
  {
    id: 'photo.filesize',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片大小“大于30K且小于1M”：{photo.bytesPassMin} < 字节数 < {photo.bytesPassMax} 通过；≤ {photo.bytesErrorAtOrBelow} 或 ≥ {photo.bytesErrorAtOrAbove} 为错误；其间按 K/M 取 1000 或 1024 的不同理解给出警告。',
      en: 'Photo size "over 30K and under 1M": {photo.bytesPassMin} < bytes < {photo.bytesPassMax} passes; ≤ {photo.bytesErrorAtOrBelow} or ≥ {photo.bytesErrorAtOrAbove} is an error; the bands between (K/M as 1000 or 1024) warn.',
    },
    messages: {
      tooSmall: {
        zh: '照片只有 {bytes} 字节（约 {kb} KB），需大于 30K；按最严格的理解需在 {min}–{max} 字节之间',
        en: 'The photo has only {bytes} bytes (about {kb} KB); over 30K is needed, {min}–{max} bytes under every reading',
      },
      smallBand: {
        zh: '照片为 {bytes} 字节（约 {kb} KB）：30K 按 {kLow} 字节算已达标，按 {kHigh} 字节算则不够；建议在 {min}–{max} 字节之间',
        en: 'The photo has {bytes} bytes (about {kb} KB): over 30K if K = 1000 ({kLow}), not if K = 1024 ({kHigh}); {min}–{max} bytes is safe',
      },
      largeBand: {
        zh: '照片为 {bytes} 字节（约 {mb} MB）：1M 按 {mHigh} 字节算已达标，按 {mLow} 字节算则过大；建议在 {min}–{max} 字节之间',
        en: 'The photo has {bytes} bytes (about {mb} MB): under 1M if M = {mHigh} bytes, not if M = {mLow}; {min}–{max} bytes is safe',
      },
      tooLarge: {
        zh: '照片有 {bytes} 字节（约 {mb} MB），需小于 1M；按最严格的理解需在 {min}–{max} 字节之间',
        en: 'The photo has {bytes} bytes (about {mb} MB); under 1M is needed, {min}–{max} bytes under every reading',
      },
    },
  },
  (facts: PhotoFacts, plan, say) => {
    const limits = plan.photo;
    const bytes = facts.bytes;
    const data = {
      bytes,
      kb: kib(bytes),
      mb: mib(bytes),
      min: limits.bytesPassMin + 1,
      max: limits.bytesPassMax - 1,
      kLow: limits.bytesErrorAtOrBelow,
      kHigh: limits.bytesPassMin,
      mLow: limits.bytesPassMax,
      mHigh: limits.bytesErrorAtOrAbove,
    };
    const target = 'photo' as const;
    if (bytes <= limits.bytesErrorAtOrBelow) return [say('tooSmall', { data, target })];
    if (bytes >= limits.bytesErrorAtOrAbove) return [say('tooLarge', { data, target })];
    if (bytes <= limits.bytesPassMin) return [say('smallBand', { level: 'warn', data, target })];
    if (bytes >= limits.bytesPassMax) return [say('largeBand', { level: 'warn', data, target })];
    return [];
  },
);

export const photoPixels = defineRule(
  {
    id: 'photo.pixels',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片像素“大于215*300”（宽*高，按存储尺寸）：宽大于 {photo.minWidth} 且高大于 {photo.minHeight} 通过，恰好等于给出警告，更小为错误。',
      en: 'Photo pixels "over 215*300" (width*height, stored size): more than {photo.minWidth} wide and {photo.minHeight} high passes, exactly at either warns, smaller is an error.',
    },
    messages: {
      tooSmall: {
        zh: '照片为 {width} × {height} 像素（宽 × 高），需大于 {minWidth} × {minHeight}',
        en: 'The photo is {width} × {height} pixels (width × height); more than {minWidth} × {minHeight} is needed',
      },
      atLimit: {
        zh: '照片为 {width} × {height} 像素（宽 × 高），恰好等于下限 {minWidth} × {minHeight}；指南要求“大于”，建议至少 {safeWidth} × {safeHeight}',
        en: 'The photo is {width} × {height} pixels, exactly at the limit {minWidth} × {minHeight}; the guide says "more than", so at least {safeWidth} × {safeHeight} is safe',
      },
    },
  },
  (facts: PhotoFacts, plan, say) => {
    const { width, height } = facts;
    if (width === undefined || height === undefined) return [];
    const { minWidth, minHeight } = plan.photo;
    const data = { width, height, minWidth, minHeight, safeWidth: minWidth + 1, safeHeight: minHeight + 1 };
    if (width < minWidth || height < minHeight) return [say('tooSmall', { data, target: 'photo' })];
    if (width === minWidth || height === minHeight) {
      return [say('atLimit', { level: 'warn', data, target: 'photo' })];
    }
    return [];
  },
);

export const photoRatio = defineRule(
  {
    id: 'photo.ratio',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片宽高比（按存储尺寸）大于等于 {photo.ratioMin} 且小于等于 {photo.ratioMax}。',
      en: 'The photo width / height (stored size) is at least {photo.ratioMin} and at most {photo.ratioMax}.',
    },
    messages: {
      outOfRange: {
        zh: '照片宽高比为 {ratio}（宽 {width} × 高 {height}），需在 {min}–{max} 之间（1 寸/2 寸证件照约为 {typical}）',
        en: 'The photo ratio is {ratio} (width {width} × height {height}); {min}–{max} is needed (a 1-inch/2-inch ID photo is about {typical})',
      },
      landscape: {
        zh: '照片宽高比为 {ratio}（宽 {width} × 高 {height}），需在 {min}–{max} 之间；手机照片可能是旋转后显示的',
        en: 'The photo ratio is {ratio} (width {width} × height {height}); {min}–{max} is needed; a phone photo may only look upright because it is rotated on display',
      },
    },
  },
  (facts: PhotoFacts, plan, say) => {
    const { width, height } = facts;
    if (width === undefined || height === undefined || height <= 0) return [];
    const { ratioMin, ratioMax } = plan.photo;
    const ratio = width / height;
    if (ratio >= ratioMin && ratio <= ratioMax) return [];
    const data = {
      ratio: formatRatio(ratio, ratioMin, ratioMax),
      width,
      height,
      min: ratioMin.toFixed(2),
      max: ratioMax.toFixed(2),
      typical: plan.photo.fix.targetRatio.toFixed(2),
    };
    return [say(width > height ? 'landscape' : 'outOfRange', { data, target: 'photo' })];
  },
);

export const photoOrientation = defineRule(
  {
    id: 'photo.orientation',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片带有 EXIF 方向标记（2–8）：浏览器显示转正后的画面，服务器读取的却是存储的原图（5–8 宽高互换）。',
      en: 'The photo has an EXIF orientation (2–8): browsers show it turned, the server reads the stored picture (5–8 swap width and height).',
    },
    messages: {
      swapped: {
        zh: '照片带有 EXIF 方向标记 {orientation}（{how}）：电脑上显示为 {shownWidth} × {shownHeight}，但服务器按存储的 {width} × {height} 读取（宽高互换）；需把方向写入像素（修正照片）',
        en: 'The photo has EXIF orientation {orientation} ({howEn}): it shows as {shownWidth} × {shownHeight}, but the server reads the stored {width} × {height} (width and height swapped); the rotation must be baked into the pixels (fix the photo)',
      },
      transformed: {
        zh: '照片带有 EXIF 方向标记 {orientation}（{how}）：电脑上显示的是转正后的画面，服务器读取的却是未转正的原图；需把方向写入像素（修正照片）',
        en: 'The photo has EXIF orientation {orientation} ({howEn}): it shows turned on screen, but the server reads the unturned stored picture; the orientation must be baked into the pixels (fix the photo)',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    const orientation = facts.orientation;
    if (orientation === undefined) return [];
    const how = ORIENTATION_TURNS[orientation];
    if (how === undefined) return []; // 1 = as stored; other values are not orientations
    const data: Record<string, string | number> = { orientation, how: how.zh, howEn: how.en };
    const { width, height } = facts;
    if (orientation >= 5 && width !== undefined && height !== undefined) {
      Object.assign(data, { width, height, shownWidth: height, shownHeight: width });
      return [say('swapped', { data, target: 'photo' })];
    }
    return [say('transformed', { data, target: 'photo' })];
  },
);

export const photoColorspace = defineRule(
  {
    id: 'photo.colorspace',
    level: 'error',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片是 CMYK/YCCK（4 通道）JPEG：常见的 Java 读图程序无法读取。',
      en: 'The photo is a CMYK/YCCK (4-component) JPEG, which common Java readers cannot read.',
    },
    messages: {
      cmyk: {
        zh: '照片是 CMYK 色彩的 JPEG（{components} 个通道），常见的 Java 读图程序无法读取；需为 RGB（3 通道）JPG（修正照片可转换）',
        en: 'The photo is a CMYK JPEG ({components} components), which common Java readers cannot read; an RGB (3-component) JPG is needed (fix the photo)',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    if (facts.components !== 4) return [];
    return [say('cmyk', { data: { components: facts.components }, target: 'photo' })];
  },
);

export const photoColor = defineRule(
  {
    id: 'photo.color',
    level: 'warn',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片是黑白的（单通道灰度 JPEG，或画面中没有任何彩色）。',
      en: 'The photo is black and white (a 1-component JPEG, or no colour anywhere).',
    },
    messages: {
      oneComponent: {
        zh: '照片是单通道灰度 JPEG（黑白照片），需为彩色证件照；修正照片无法补回颜色',
        en: 'The photo is a 1-component greyscale JPEG (black and white); a colour ID photo is needed, and fixing cannot add colour',
      },
      noColour: {
        zh: '照片中没有任何彩色（黑白照片），需为彩色证件照；修正照片无法补回颜色',
        en: 'The photo has no colour anywhere (black and white); a colour ID photo is needed, and fixing cannot add colour',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    if (facts.components === 1) return [say('oneComponent', { target: 'photo' })];
    if (facts.grayscale === true) return [say('noColour', { target: 'photo' })];
    return [];
  },
);

export const photoBackground = defineRule(
  {
    id: 'photo.background',
    level: 'warn',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '白底证件照：背景取样中白色像素（min(R,G,B) ≥ 235 且 max−min ≤ 24）至少占 92 %；否则按取样说明是背景偏灰还是有颜色（如蓝色背景）。',
      en: 'White-background ID photo: at least 92 % of the background samples are white (min(R,G,B) ≥ 235, max−min ≤ 24); otherwise say whether it is grey or which colour it is (e.g. blue).',
    },
    messages: {
      grey: {
        zh: '照片背景偏灰：背景中白色像素只占 {white}%，需至少 {need}%；请换白底证件照（修正照片无法更换背景）',
        en: 'The photo background is greyish: only {white}% of it is white, at least {need}% is needed; use a white-background ID photo (fixing cannot change the background)',
      },
      colour: {
        zh: '检测到{colour}背景（平均颜色 RGB {r}, {g}, {b}）：白色像素只占 {white}%，需至少 {need}%；请换白底证件照（修正照片无法更换背景）',
        en: 'A {colourEn} background was found (mean RGB {r}, {g}, {b}): only {white}% is white, at least {need}% is needed; use a white-background ID photo (fixing cannot change the background)',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    const background = facts.background;
    if (background === undefined || background.whiteShare >= WHITE_SHARE_PASS) return [];
    const white = formatPercentDown(background.whiteShare);
    const need = Math.round(WHITE_SHARE_PASS * 100);
    if (background.lightNeutralShare >= WHITE_SHARE_PASS) {
      return [say('grey', { data: { white, need }, target: 'photo' })];
    }
    const [r, g, b] = background.meanRgb.map((v) => Math.round(v)) as [number, number, number];
    const name = colourName([r, g, b]);
    return [say('colour', { data: { colour: name.zh, colourEn: name.en, r, g, b, white, need }, target: 'photo' })];
  },
);

export const photoMetadata = defineRule(
  {
    id: 'photo.metadata',
    level: 'info',
    family: 'photo',
    scope: 'platform',
    input: 'photo',
    guide: '二.1',
    docs: {
      zh: '照片带有 GPS 等位置信息（隐私）；修正照片会删除。',
      en: 'The photo carries GPS or other location data (privacy); fixing removes it.',
    },
    messages: {
      gps: {
        zh: '照片带有 GPS 位置信息（EXIF），上传后会泄露拍摄地点；修正照片会删除这些信息',
        en: 'The photo carries GPS location data (EXIF) that reveals where it was taken; fixing the photo removes it',
      },
    },
  },
  (facts: PhotoFacts, _plan, say) => {
    return facts.gps === true ? [say('gps', { target: 'photo' })] : [];
  },
);

export const PHOTO_RULES = [
  photoFormat,
  photoCorrupt,
  photoFilesize,
  photoPixels,
  photoRatio,
  photoOrientation,
  photoColorspace,
  photoColor,
  photoBackground,
  photoMetadata,
] as const;
