/**
 * Reading plan names (评审申报计划) from page text:
 * `2026年度杭州市制造业专业工程师资格评审申报计划` → year 2026, city 杭州市,
 * field 制造业, title 工程师. Widths and spaces vary on real pages; the text
 * is compared after NFKC with spaces removed. Pure.
 */
import { nfkc } from '../helpers/text';
import type { PlanName } from './types';
import { FIELD_NOISE, PLAN_CITIES, PLAN_TITLES } from './vocabulary';

/**
 * A year, an optional 年度, a middle part of Chinese text, then the suffix.
 * The middle is matched lazily so the suffix words (资格评审申报) stay out of it.
 */
const NAME = /((?:19|20|21)\d{2})年度?([\u4e00-\u9fff()（）·]{2,40}?)(资格)?(评审|评价|认定)?(申报)?计划/gu;
/** A city written before the year: 杭州市2026年度… */
const CITY_FIRST = /([\u4e00-\u9fff]{2,3}[市省])$/u;

/** The comparable form of a page's text: NFKC, no whitespace. */
export function compactText(text: string): string {
  return nfkc(text).replace(/\s+/gu, '');
}

/** Every distinct plan name in the text, in order of appearance. */
export function findPlanNames(text: string): PlanName[] {
  const compact = compactText(text);
  const seen = new Set<string>();
  const names: PlanName[] = [];
  for (const match of compact.matchAll(NAME)) {
    const cityBefore = CITY_FIRST.exec(compact.slice(Math.max(0, (match.index ?? 0) - 4), match.index))?.[1];
    const name = readName(match, cityBefore);
    if (name && !seen.has(name.text)) {
      seen.add(name.text);
      names.push(name);
    }
  }
  return names;
}

/** The first plan name in the text, or undefined. */
export function parsePlanName(text: string): PlanName | undefined {
  return findPlanNames(text)[0];
}

function readName(match: RegExpMatchArray, cityBefore: string | undefined): PlanName | undefined {
  const year = Number(match[1]);
  let middle = (match[2] ?? '').replace(/[()（）]/gu, '');
  const qualified = match[3] !== undefined || match[4] !== undefined;
  let city = cityBefore ? (cityOf(cityBefore) ?? '') : '';
  const inMiddle = leadingCity(middle);
  if (inMiddle) {
    city = inMiddle.city;
    middle = middle.slice(inMiddle.length);
  }
  const title = PLAN_TITLES.find((t) => middle.endsWith(t)) ?? '';
  // A plain 工作计划 is not a title plan: it needs a title or 资格/评审/认定 in its suffix.
  if (!title && !qualified) return undefined;
  const field = canonicalField(title ? middle.slice(0, middle.length - title.length) : middle);
  return { year, city, field, title, text: match[0] };
}

function cityOf(text: string): string | undefined {
  return PLAN_CITIES.find((c) => c === text || c.slice(0, -1) === text);
}

/** The city at the start of the middle part, with or without 市; 省 alone stands for 浙江省. */
function leadingCity(middle: string): { city: string; length: number } | undefined {
  for (const city of PLAN_CITIES) {
    if (middle.startsWith(city)) return { city, length: city.length };
    const short = city.slice(0, -1);
    if (middle.startsWith(short)) return { city, length: short.length };
  }
  if (middle.startsWith('省')) return { city: '浙江省', length: 1 };
  return undefined;
}

/** The field without words that say nothing about the series: 制造业专业 → 制造业. */
export function canonicalField(field: string): string {
  let out = field;
  for (const noise of FIELD_NOISE) out = out.split(noise).join('');
  return out;
}
