/**
 * 18-character resident ID numbers (GB 11643-1999): 6-digit region, 8-digit
 * birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check digit.
 */
import { daysInMonth } from './dates';
import { collectProblems, nfkc } from './text';

export interface IdNumberParse {
  valid: boolean;
  /** What is wrong, in Chinese (empty when valid). */
  problems: string[];
  /** The same problems in English. */
  problemsEn: string[];
  /** YYYY-MM-DD encoded in the number, when those digits are a real date. */
  birthDate?: string;
  /** From the 17th digit: odd = 男, even = 女. */
  gender?: '男' | '女';
  /** The check digit the first 17 digits require. */
  expectedCheck?: string;
}

/**
 * First two digits: the province-level codes of GB/T 2260, plus 81/82/83 of
 * the Hong Kong, Macao and Taiwan residents' residence permits.
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The MOD 11-2 check character of 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** The region is a known province, or 9 + a province code (foreigners' permanent residence ID, 2023). */
function knownRegion(digits: string): boolean {
  if (PROVINCES.has(digits.slice(0, 2))) return true;
  return digits[0] === '9' && PROVINCES.has(digits.slice(1, 3));
}

export function parseIdNumber(id: string): IdNumberParse {
  const { problems, problemsEn, problem } = collectProblems();
  const text = nfkc(id).trim().toUpperCase();

  if (/^\d{15}$/u.test(text)) {
    problem('这是 15 位旧身份证号，需填写 18 位号码', 'this is an old 15-digit number; 18 characters are needed');
    return { valid: false, problems, problemsEn };
  }
  if (!/^\d{17}[\dX]$/u.test(text)) {
    problem(
      `共 ${text.length} 个字符，需为 17 位数字加 1 位数字或 X`,
      `${text.length} characters; 17 digits and a final digit or X are needed`,
    );
    return { valid: false, problems, problemsEn };
  }

  const result: IdNumberParse = { valid: false, problems, problemsEn };
  if (!knownRegion(text)) {
    problem(`前两位 ${text.slice(0, 2)} 不是有效的省级行政区划代码`, `the first two digits ${text.slice(0, 2)} are not a province code`);
  }

  const year = Number(text.slice(6, 10));
  const month = Number(text.slice(10, 12));
  const day = Number(text.slice(12, 14));
  if (year >= 1800 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
    result.birthDate = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  } else {
    problem(`第 7–14 位 ${text.slice(6, 14)} 不是有效的出生日期`, `digits 7–14 (${text.slice(6, 14)}) are not a valid birth date`);
  }

  result.gender = Number(text[16]) % 2 === 1 ? '男' : '女';
  const expected = idCheckDigit(text.slice(0, 17));
  result.expectedCheck = expected;
  if (text[17] !== expected) {
    problem(
      `校验位为 ${text[17]}，按前 17 位计算应为 ${expected}`,
      `the check character is ${text[17]}; the first 17 digits require ${expected}`,
    );
  }

  result.valid = problems.length === 0;
  return result;
}
