/**
 * Label text → field meaning, by the synonym table in ./synonyms.ts.
 * The most specific (longest) matching pattern wins, then the higher confidence.
 */
import type { Meaning } from '../meanings';
import { nfkc, normalizeLabel } from './text';
import { FILE_MEANINGS, SYNONYMS, type Pattern, type Synonym } from './synonyms';

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

const COMPILED: readonly Compiled[] = SYNONYMS.map((synonym) => ({
  synonym,
  patterns: synonym.patterns.map(compilePattern),
  exclude: (synonym.exclude ?? []).map(compilePattern),
}));

/** Length of the text the pattern matches in key, or 0. */
function matchLength(key: string, pattern: Pattern): number {
  if (typeof pattern === 'string') return pattern !== '' && key.includes(pattern) ? pattern.length : 0;
  pattern.lastIndex = 0;
  const m = pattern.exec(key);
  return m ? Math.max(1, m[0].length) : 0;
}

function accepts(meaning: Meaning, uploads: boolean | undefined): boolean {
  return uploads === undefined || FILE_MEANINGS.has(meaning) === uploads;
}

/**
 * String patterns indexed by their first character: a label is read once,
 * position by position, instead of once per pattern (about 300 of them).
 */
const BY_FIRST_CHAR = new Map<string, Array<{ entry: number; pattern: string }>>();
const REGEX_PATTERNS: Array<{ entry: number; pattern: RegExp }> = [];
COMPILED.forEach((compiled, entry) => {
  for (const pattern of compiled.patterns) {
    if (typeof pattern !== 'string') REGEX_PATTERNS.push({ entry, pattern });
    else if (pattern !== '') {
      const first = pattern[0]!;
      let list = BY_FIRST_CHAR.get(first);
      if (!list) BY_FIRST_CHAR.set(first, (list = []));
      list.push({ entry, pattern });
    }
  }
});

function bestMatch(key: string, uploads?: boolean): MeaningMatch | undefined {
  // The longest pattern of each entry that the key contains.
  const lengths = new Map<number, number>();
  const note = (entry: number, length: number) => {
    if (length > (lengths.get(entry) ?? 0)) lengths.set(entry, length);
  };
  for (let i = 0; i < key.length; i += 1) {
    for (const { entry, pattern } of BY_FIRST_CHAR.get(key[i]!) ?? []) {
      if (key.startsWith(pattern, i)) note(entry, pattern.length);
    }
  }
  for (const { entry, pattern } of REGEX_PATTERNS) note(entry, matchLength(key, pattern));
  if (lengths.size === 0) return undefined;

  let best: MeaningMatch | undefined;
  let bestLength = 0;
  // Only the entries that matched, in table order (ties go to the earlier entry).
  for (const index of [...lengths.keys()].sort((a, b) => a - b)) {
    const entry = COMPILED[index]!;
    const length = lengths.get(index)!;
    if (!accepts(entry.synonym.meaning, uploads)) continue;
    if (entry.exclude.some((p) => matchLength(key, p) > 0)) continue;
    const better =
      length > bestLength || (length === bestLength && best !== undefined && entry.synonym.confidence > best.confidence);
    if (better) {
      best = Object.freeze({ meaning: entry.synonym.meaning, confidence: entry.synonym.confidence });
      bestLength = length;
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
