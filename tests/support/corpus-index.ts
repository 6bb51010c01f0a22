/** The shape of tests/site/public/corpus/index.json. */
export interface CorpusPage {
  /** Absolute path on the platform host, with query and hash route. */
  path: string;
  /** The markup style, for the report. */
  style: string;
}

export interface ExpectedFailure {
  path: string;
  /** The start of the control's description in the report (e.g. 'input[name=x]'). */
  control: string;
  /** Only this runner fails (layout-dependent reading); both when absent. */
  runner?: 'happy-dom' | 'chromium';
  reason: string;
}

export interface CorpusIndex {
  pages: CorpusPage[];
  excluded: Array<{ path: string; reason: string }>;
  expectedFailures: ExpectedFailure[];
}
