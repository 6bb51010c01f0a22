/**
 * 考核情况 (三.3): one "YYYY年<result>" per year, e.g.
 * "2021年称职（或合格）、2022年优秀、2023年称职（或合格）".
 *
 * The canonical separator is the enumeration comma 、 (顿号): GB/T 15834-2011
 * uses it between coordinate items of a list, and U+3001 has no NFKC
 * compatibility form, so the canonical text is the same before and after the
 * normalisation every comparison here applies (， and ； become , and ; ).
 * On input every separator the rule accepts is read: ，、； space line break,
 * full- and half-width.
 */
import { clip, collectProblems, nfkc } from './text';

/** The results the rule accepts; 称职（或合格） is the guide's own wording. */
export const ASSESSMENT_RESULTS = ['优秀', '称职', '合格', '基本称职', '基本合格', '不称职', '不合格', '称职（或合格）'] as const;

export const ASSESSMENT_SEPARATOR = '、';

export interface AssessmentEntry {
  year: number;
  result: string;
}

export interface AssessmentParse {
  /** The "YYYY年<result>" entries recognised, in the order written. */
  entries: AssessmentEntry[];
  /** Every year written as "YYYY年", recognised result or not, in order. */
  years: number[];
  /** What deviates from the format, in Chinese (empty = the text is well-formed). */
  problems: string[];
  /** The same problems in English. */
  problemsEn: string[];
  /** Every year found has a recognised result: the entries say all the text says. */
  complete: boolean;
}

const YEAR = /(?<!\d)(\d{4})\s*年(度)?/gu;
/** Separators after NFKC: ，→, ；→; U+3000→space; 、 stays. */
const TRAILING_SEPARATORS = /[\s,、;]*$/u;
const ONLY_SEPARATORS = /^[\s,、;]*$/u;

/** 称职(或合格) in any width and spacing → the guide's 称职（或合格）; other results as they are. */
function canonicalResult(text: string): string | undefined {
  const compact = nfkc(text).replace(/\s+/gu, '');
  const known = ASSESSMENT_RESULTS.find((result) => nfkc(result) === compact);
  return known;
}

export function parseAssessment(text: string): AssessmentParse {
  const { problems, problemsEn, problem } = collectProblems();
  const entries: AssessmentEntry[] = [];
  const years: number[] = [];
  let complete = true;

  let source = nfkc(text).trim();
  if (source === '') {
    problem('考核情况为空', 'the assessment is empty');
    return { entries, years, problems, problemsEn, complete: false };
  }
  const trailingStop = /[。.]+$/u.exec(source);
  if (trailingStop) {
    problem(`末尾多出“${trailingStop[0]}”`, `remove the trailing "${trailingStop[0]}"`);
    source = source.slice(0, trailingStop.index).trim();
  }

  const marks = [...source.matchAll(YEAR)];
  if (marks.length === 0) {
    problem(`未找到“YYYY年”形式的年份（填写的是“${clip(source)}”）`, `no year written as "YYYY年" (found "${clip(source)}")`);
    return { entries, years, problems, problemsEn, complete: false };
  }

  const first = marks[0] as RegExpMatchArray;
  const prefix = source.slice(0, first.index);
  if (!ONLY_SEPARATORS.test(prefix)) {
    problem(`第一个年份前多出“${clip(prefix.trim())}”`, `unexpected "${clip(prefix.trim())}" before the first year`);
  }

  marks.forEach((match, i) => {
    const year = Number(match[1]);
    years.push(year);
    const start = (match.index ?? 0) + match[0].length;
    const next = marks[i + 1];
    const end = next?.index ?? source.length;
    let segment = source.slice(start, end);

    if (match[2] !== undefined) {
      problem(`“${year}年度”应写作“${year}年”`, `write "${year}年", not "${year}年度"`);
    }
    const colon = /^\s*:\s*/u.exec(segment);
    if (colon) {
      problem(`“${year}年”后不需要冒号`, `no colon after "${year}年"`);
      segment = segment.slice(colon[0].length);
    }
    const separator = TRAILING_SEPARATORS.exec(segment)?.[0] ?? '';
    const resultText = segment.slice(0, segment.length - separator.length);
    const result = canonicalResult(resultText);

    if (resultText.trim() === '') {
      complete = false;
      problem(`“${year}年”后缺少考核结果`, `no result after "${year}年"`);
    } else if (result === undefined) {
      complete = false;
      const shown = clip(resultText.trim());
      problem(
        `${year}年的考核结果“${shown}”无法识别，可填：${ASSESSMENT_RESULTS.join('、')}`,
        `the result "${shown}" of ${year} is not one of ${ASSESSMENT_RESULTS.join(', ')}`,
      );
    } else {
      entries.push({ year, result });
    }
    if (next !== undefined && separator === '') {
      problem(`“${year}年${clip(resultText.trim())}”与下一年之间缺少分隔符（、，；空格或换行）`, `no separator after the ${year} entry`);
    }
  });

  return { entries, years, problems, problemsEn, complete };
}

/** The canonical text of entries, in the order given: "2021年称职（或合格）、2022年优秀". */
export function formatAssessment(entries: readonly AssessmentEntry[]): string {
  return entries.map((entry) => `${entry.year}年${canonicalResult(entry.result) ?? entry.result.trim()}`).join(ASSESSMENT_SEPARATOR);
}
