/**
 * Label text → field meaning, by the synonym table in ./synonyms.ts.
 * The most specific (longest) matching pattern wins, then the higher confidence.
 */
import type { Meaning } from '../meanings';
import { nfkc, normalizeLabel } from './text';
import { FILE_MEANINGS, HEAD_NOUNS, OTHER_OWNERS, PERSONAL_MEANINGS, SYNONYMS, type Pattern, type Synonym } from './synonyms';

export interface MeaningMatch {
  meaning: Meaning;
  confidence: number;
}

/** The comparable form of a label or pattern: normalised, lower case, no spaces ('姓　　名' → '姓名'). */
export function matchKey(text: string): string {
  return normalizeLabel(text).toLowerCase().replace(/\s+/g, '');
}

interface Compiled {
  synonym: Synonym;
  patterns: Pattern[];
  exclude: Pattern[];
}

function compilePattern(p: Pattern): Pattern {
  if (typeof p !== 'string') return p;
  return nfkc(p).toLowerCase().replace(/\s+/g, '');
}

/** Length of the text the pattern matches in key, or 0. */
function matchLength(key: string, pattern: Pattern): number {
  if (typeof pattern === 'string') return pattern !== '' && key.includes(pattern) ? pattern.length : 0;
  pattern.lastIndex = 0;
  const m = pattern.exec(key);
  return m ? Math.max(1, m[0].length) : 0;
}

/** The label's phrase around a match ends at brackets and punctuation: '(限1000字)' or '，请…' say nothing about the head. */
const PHRASE_END = /[(:;,，。；、|/?？!！"“”'‘’<>《》[\]{}]/;

/** The words of the phrase after the match, up to the phrase's end. */
function after(key: string, end: number): string {
  const rest = key.slice(end);
  const stop = rest.search(PHRASE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The words of the phrase before the match, back to the phrase's start. */
function before(key: string, start: number): string {
  const head = key.slice(0, start);
  for (let i = head.length - 1; i >= 0; i -= 1) if (PHRASE_END.test(head[i]!)) return head.slice(i + 1);
  return head;
}

/**
 * Whether the words around a match keep its meaning: no head noun after it
 * (受理点地址 is no 受理点) for value fields, no other person before a
 * personal item or in brackets after it (单位联系电话 and 联系电话（单位） are
 * not the applicant's).
 */
function keepsMeaning(key: string, start: number, end: number, meaning: Meaning): boolean {
  if (!FILE_MEANINGS.has(meaning)) {
    const tail = after(key, end);
    if (tail !== '' && HEAD_NOUNS.some((noun) => tail.includes(noun))) return false;
  }
  if (PERSONAL_MEANINGS.has(meaning)) {
    const head = before(key, start);
    if (head !== '' && OTHER_OWNERS.some((owner) => head.includes(owner))) return false;
    const note = bracketAfter(key, end);
    if (note !== '' && OTHER_OWNERS.some((owner) => note.includes(owner))) return false;
  }
  return true;
}

/** The words in brackets right after a match: 联系电话(单位). */
function bracketAfter(key: string, end: number): string {
  if (key[end] !== '(') return '';
  const close = key.indexOf(')', end);
  return close < 0 ? key.slice(end + 1) : key.slice(end + 1, close);
}

function accepts(meaning: Meaning, uploads: boolean | undefined): boolean {
  return uploads === undefined || FILE_MEANINGS.has(meaning) === uploads;
}

/**
 * The synonym table compiled for matching, with its string patterns indexed
 * by their first character: a label is read once, position by position,
 * instead of once per pattern (about 300 of them). Built at the first match,
 * not when the content script loads: most frames of the platform hold no field.
 */
interface Index {
  compiled: readonly Compiled[];
  /** Keyed by the first character's code: reading a label's characters as strings would make one string each. */
  byFirstChar: Map<number, Array<{ entry: number; pattern: string }>>;
  regexPatterns: Array<{ entry: number; pattern: RegExp }>;
}

let index: Index | undefined;

function synonymIndex(): Index {
  if (index) return index;
  const compiled: readonly Compiled[] = SYNONYMS.map((synonym) => ({
    synonym,
    patterns: synonym.patterns.map(compilePattern),
    exclude: (synonym.exclude ?? []).map(compilePattern),
  }));
  const byFirstChar = new Map<number, Array<{ entry: number; pattern: string }>>();
  const regexPatterns: Array<{ entry: number; pattern: RegExp }> = [];
  compiled.forEach((entry, at) => {
    for (const pattern of entry.patterns) {
      if (typeof pattern !== 'string') regexPatterns.push({ entry: at, pattern });
      else if (pattern !== '') {
        const first = pattern.charCodeAt(0);
        let list = byFirstChar.get(first);
        if (!list) byFirstChar.set(first, (list = []));
        list.push({ entry: at, pattern });
      }
    }
  });
  return (index = { compiled, byFirstChar, regexPatterns });
}

function bestMatch(key: string, uploads?: boolean): MeaningMatch | undefined {
  const { compiled, byFirstChar, regexPatterns } = synonymIndex();
  // The longest pattern of each entry that the key contains, and where it ends; most labels match nothing, so made at the first match.
  let found: Map<number, { length: number; end: number }> | undefined;
  const note = (entry: number, length: number, end: number) => {
    found ??= new Map();
    const known = found.get(entry);
    if (!known || length > known.length || (length === known.length && end > known.end)) found.set(entry, { length, end });
  };
  for (let i = 0; i < key.length; i += 1) {
    const candidates = byFirstChar.get(key.charCodeAt(i));
    if (!candidates) continue;
    for (const { entry, pattern } of candidates) {
      if (key.startsWith(pattern, i) && keepsMeaning(key, i, i + pattern.length, compiled[entry]!.synonym.meaning))
        note(entry, pattern.length, i + pattern.length);
    }
  }
  for (const { entry, pattern } of regexPatterns) {
    pattern.lastIndex = 0;
    const m = pattern.exec(key);
    if (m && keepsMeaning(key, m.index, m.index + m[0].length, compiled[entry]!.synonym.meaning))
      note(entry, Math.max(1, m[0].length), m.index + m[0].length);
  }
  if (!found) return undefined;

  let best: MeaningMatch | undefined;
  let bestLength = 0;
  let bestEnd = 0;
  // Only the entries that matched, in table order. Of two matches as long, the later one names the
  // thing (Chinese puts the head of a phrase last: 最高学历毕业院校 is a school), then the surer one.
  for (const index of [...found.keys()].sort((a, b) => a - b)) {
    const entry = compiled[index]!;
    const { length, end } = found.get(index)!;
    if (!accepts(entry.synonym.meaning, uploads)) continue;
    if (entry.exclude.some((p) => matchLength(key, p) > 0)) continue;
    const better =
      length > bestLength ||
      (length === bestLength && best !== undefined && (end > bestEnd || (end === bestEnd && entry.synonym.confidence > best.confidence)));
    if (better) {
      best = Object.freeze({ meaning: entry.synonym.meaning, confidence: entry.synonym.confidence });
      bestLength = length;
      bestEnd = end;
    }
  }
  return best;
}

// Labels repeat (every row of a table): remember answers, bounded.
const cache = new Map<string, MeaningMatch | null>();
const CACHE_MAX = 4000;

function cachedMatch(label: string, uploads: boolean | undefined): MeaningMatch | undefined {
  try {
    // Keyed by the label as given: a repeated label costs one lookup, not a normalisation.
    const cacheKey = `${uploads === undefined ? 'a' : uploads ? 'f' : 'v'}|${label}`;
    const known = cache.get(cacheKey);
    if (known !== undefined) return known ?? undefined;
    const key = matchKey(label);
    const found = key === '' ? undefined : bestMatch(key, uploads);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(cacheKey, found ?? null);
    return found;
  } catch {
    return undefined;
  }
}

/** The meaning of a label, or undefined when no synonym matches. Never throws. */
export function matchMeaning(label: string): MeaningMatch | undefined {
  return cachedMatch(label, undefined);
}

/**
 * As matchMeaning for a control of a known sort: an upload (file input) can
 * only mean an upload slot, any other control only a value.
 */
export function matchMeaningFor(label: string, upload: boolean): MeaningMatch | undefined {
  return cachedMatch(label, upload);
}

const listTables = new Map<string, readonly Compiled[]>();

/**
 * The meaning of a label in a small table of its own (a list's column
 * captions): the longest pattern the label contains wins, with the same
 * rules for the words around it. Tables are compiled once per name.
 */
export function matchIn(name: string, synonyms: readonly Synonym[], label: string): MeaningMatch | undefined {
  let table = listTables.get(name);
  if (!table) {
    table = synonyms.map((synonym) => ({
      synonym,
      patterns: synonym.patterns.map(compilePattern),
      exclude: (synonym.exclude ?? []).map(compilePattern),
    }));
    listTables.set(name, table);
  }
  const key = matchKey(label);
  if (key === '') return undefined;
  let best: MeaningMatch | undefined;
  let bestLength = 0;
  for (const entry of table) {
    if (entry.exclude.some((p) => matchLength(key, p) > 0)) continue;
    for (const pattern of entry.patterns) {
      const length = occurrence(key, pattern, entry.synonym.meaning);
      if (length > bestLength) {
        best = { meaning: entry.synonym.meaning, confidence: entry.synonym.confidence };
        bestLength = length;
      }
    }
  }
  return best;
}

/** Length of the first occurrence of the pattern that keeps its meaning, or 0. */
function occurrence(key: string, pattern: Pattern, meaning: Meaning): number {
  if (typeof pattern !== 'string') {
    pattern.lastIndex = 0;
    const m = pattern.exec(key);
    return m && keepsMeaning(key, m.index, m.index + m[0].length, meaning) ? Math.max(1, m[0].length) : 0;
  }
  if (pattern === '') return 0;
  for (let at = key.indexOf(pattern); at >= 0; at = key.indexOf(pattern, at + 1)) {
    if (pattern.length === 1 && !standsAlone(key, at)) continue;
    if (keepsMeaning(key, at, at + pattern.length, meaning)) return pattern.length;
  }
  return 0;
}

/** What may follow a one-character caption word: 自何年月, 至年月, 起时间. */
const TIME_WORD = /^(?:何年|年|月|日|时间|日期)/;

/**
 * A one-character pattern (起, 自, 至, 止) is a word of a caption only as
 * its last character or before a time word: the 从 of 从事何种专业技术工作
 * is no start date.
 */
function standsAlone(key: string, at: number): boolean {
  return at + 1 === key.length || TIME_WORD.test(key.slice(at + 1));
}
