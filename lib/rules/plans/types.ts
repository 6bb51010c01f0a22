/**
 * A declaration plan (评审申报计划) as data. Every number a rule compares
 * against comes from here, so a new year or a new plan is a new object,
 * never a code change. A parameter that is not known (a plan of a series
 * nobody put in data, whose page does not state it) is absent, and the rules
 * that need it stay silent.
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

/** What a plan's name says: `2026年度杭州市制造业专业工程师资格评审申报计划`. */
export interface PlanName {
  year: number;
  /** 杭州市, 宁波市, 浙江省 …; '' when the name has none. */
  city: string;
  /** The industry or speciality between the city and the title: 制造业, 建设工程 …; '' when none. */
  field: string;
  /** The title the plan awards: 工程师, 高级工程师, 经济师 …; '' when not recognised. */
  title: string;
  /** The name as the page writes it, spaces removed and widths normalised. */
  text: string;
}

/** The year-dependent and countable parameters: what data, derivation or the page can give. */
export interface PlanParams {
  /** 专业工作年限 is counted up to this date (三.2), YYYY-MM-DD. */
  workYearsCutoff?: string;
  /** 近三年 考核 years (二.5(7), 三.3), in order. */
  assessmentYears?: readonly number[];
  /** 近N年 专业技术职务资格聘书 (二.5(2)). */
  appointmentYears?: number;
  /** Paper forms reach the 中评委办公室 by this date (二.8), YYYY-MM-DD. */
  paperDeadline?: string;
  /** 本人述职 limit in characters (二.3), and the count above which we warn. */
  reportLimit?: number;
  reportWarnAbove?: number;
  /** More selected achievements than this gets a warning (二.4 不宜过多过杂). */
  achievementsHint?: number;
  /** 可评审专业 when known; empty or absent = only the page's own options are used. */
  majors?: readonly string[];
}

export type PlanParam = keyof PlanParams;

/**
 * Where a plan's parameters come from:
 * - data: a plan object in this folder;
 * - derived: a known series in a year nobody put in data, its dates moved from the nearest known plan;
 * - other: a plan of a series or city the guide is not about: only platform-wide rules run;
 * - assumed: no plan name seen anywhere; the guide's own plan is used, and the panel says so.
 */
export type PlanBasis = 'data' | 'derived' | 'other' | 'assumed';

export interface Plan extends PlanParams {
  id: string;
  /** The plan's Chinese name as the platform lists it. */
  name: string;
  year: number;
  basis: PlanBasis;
  /** The applicant guide's own requirements apply (its series and city); false: platform-wide rules only. */
  followsGuide: boolean;
  /** For a derived plan: the known plan its dates were moved from. */
  derivedFrom?: { id: string; year: number };
  /** Parameters read from the page, which win over data. */
  stated?: readonly PlanParam[];
  photo: PhotoLimits;
}

/** A series of plans the guide is about (city, field and title), with the plans known as data. */
export interface PlanSeries {
  id: string;
  city: string;
  field: string;
  title: string;
  plans: readonly Plan[];
}
