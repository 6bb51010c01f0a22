/** What each EXIF orientation value (2–8) asks a viewer to do with the stored picture. */
import type { Text } from '../types';

export const ORIENTATION_TURNS: Readonly<Record<number, Text>> = {
  2: { zh: '水平翻转', en: 'mirrored horizontally' },
  3: { zh: '旋转 180°', en: 'rotated 180°' },
  4: { zh: '垂直翻转', en: 'mirrored vertically' },
  5: { zh: '翻转并逆时针旋转 90°', en: 'mirrored and rotated 90° anticlockwise' },
  6: { zh: '顺时针旋转 90°', en: 'rotated 90° clockwise' },
  7: { zh: '翻转并顺时针旋转 90°', en: 'mirrored and rotated 90° clockwise' },
  8: { zh: '逆时针旋转 90°', en: 'rotated 90° anticlockwise' },
};
