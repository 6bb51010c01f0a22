/** Naming a measured background colour for the applicant (蓝色背景, 红色背景 …). */
import type { Text } from '../types';

/**
 * A plain colour name for a mean RGB: black and greys by lightness, the
 * rest by HSV hue. Coarse on purpose: it only has to tell a blue or red
 * 证件照 backdrop from a white one.
 */
export function colourName([r, g, b]: readonly [number, number, number]): Text {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  if (max < 64) return { zh: '黑色', en: 'black' };
  if (chroma <= 24) return max >= 200 ? { zh: '浅灰色', en: 'light grey' } : { zh: '灰色', en: 'grey' };

  let hue: number;
  if (max === r) hue = (((g - b) / chroma) % 6) * 60;
  else if (max === g) hue = ((b - r) / chroma + 2) * 60;
  else hue = ((r - g) / chroma + 4) * 60;
  if (hue < 0) hue += 360;

  if (hue < 15 || hue >= 345) return min >= 150 ? { zh: '粉色', en: 'pink' } : { zh: '红色', en: 'red' };
  if (hue < 45) return max < 150 ? { zh: '棕色', en: 'brown' } : { zh: '橙色', en: 'orange' };
  if (hue < 70) return { zh: '黄色', en: 'yellow' };
  if (hue < 160) return { zh: '绿色', en: 'green' };
  if (hue < 200) return { zh: '青色', en: 'cyan' };
  if (hue < 260) return { zh: '蓝色', en: 'blue' };
  if (hue < 290) return { zh: '紫色', en: 'purple' };
  return { zh: '紫红色', en: 'magenta' };
}
