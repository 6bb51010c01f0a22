/**
 * A declaration plan (评审申报计划) as data. Every number a rule compares
 * against comes from here, so a new year or a new plan is a new object,
 * never a code change.
 */
export interface PhotoFix {
  /** Width / height the fix crops to when the ratio is out of range (1-inch/2-inch ≈ 5/7). */
  targetRatio: number;
  /** The fix scales down (never up) to at most this size. */
  maxWidth: number;
  maxHeight: number;
  /** The fix searches the JPEG quality until the file lands in this range (inclusive). */
  bytesMin: number;
  bytesMax: number;
}

export interface PhotoLimits {
  /** Passes when bytesPassMin < bytes < bytesPassMax (safe under K = 1000 and K = 1024). */
  bytesPassMin: number;
  bytesPassMax: number;
  /** Error when bytes ≤ bytesErrorAtOrBelow or bytes ≥ bytesErrorAtOrAbove; warn in between. */
  bytesErrorAtOrBelow: number;
  bytesErrorAtOrAbove: number;
  /** The guide says 大于 215*300: pass above, warn at exactly, error below. */
  minWidth: number;
  minHeight: number;
  /** Inclusive: 0.65 ≤ width / height ≤ 0.8. */
  ratioMin: number;
  ratioMax: number;
  fix: PhotoFix;
}

export interface Plan {
  id: string;
  /** The plan's Chinese name as the platform lists it. */
  name: string;
  year: number;
  /** 专业工作年限 is counted up to this date (三.2), YYYY-MM-DD. */
  workYearsCutoff: string;
  /** 近三年 考核 years (二.5(7), 三.3), in order. */
  assessmentYears: readonly number[];
  /** 近N年 专业技术职务资格聘书 (二.5(2)). */
  appointmentYears: number;
  /** Paper forms reach the 中评委办公室 by this date (二.8), YYYY-MM-DD. */
  paperDeadline: string;
  /** 本人述职 limit in characters (二.3), and the count above which we warn. */
  reportLimit: number;
  reportWarnAbove: number;
  /** More selected achievements than this gets a warning (二.4 不宜过多过杂). */
  achievementsHint: number;
  photo: PhotoLimits;
  /** 可评审专业 when known; empty or absent = only the page's own options are used. */
  majors?: readonly string[];
}
