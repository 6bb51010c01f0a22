/**
 * 填写申报信息 (guide 二.3, 三): 本人述职 length with a live counter, 受理点,
 * 申报类型 and its 破格/技能 material, 从事专业, 专业工作年限 against the
 * plan's cutoff, 考核情况 format and years.
 *
 * Steps: every step.
 * Replica: tests/site/public/028/client/declare/info.jsp
 */
import { checkDeclaration } from '../rules';
import { countChars } from '../rules/helpers/text';
import type { DeclarationInput, Finding } from '../rules/types';
import type { Profile } from '../profile/types';
import type { FeatureDefinition, StepContext } from '../assistant/feature';
import { choicesOf, placeOn, valueOf } from '../assistant/feature';
import { markOwn } from '../assistant/own';
import { LEVEL_COLOURS, PAGE_STYLES, TOKENS, setStyle } from '../assistant/style';
import { STEPS } from '../steps';
import { uploadedFileNames } from '../page/uploads';

export const declarationFeature: FeatureDefinition = {
  // Its rules read fields by meaning and stay silent where a field is absent: any page may carry them.
  steps: STEPS,
  init(ctx, signal) {
    let profile: Profile | undefined;
    const counter = new SelfReportCounter(ctx, signal);
    let lastType = '';
    const run = () => {
      const input = readDeclaration(ctx, profile);
      ctx.report(checkDeclaration(input, ctx.plan).map((finding) => ({ finding, ...placeOn(targetField(ctx, finding)) })));
      counter.update(input.selfReport);
      const type = input.applicationTypes?.length === 1 ? input.applicationTypes[0]! : '';
      if (type && type !== lastType) ctx.bridge.saveApplicationType(type);
      lastType = type;
    };
    ctx.onFieldEvent(run);
    ctx.onRescan(run);
    run();
    // The profile knows the start of professional work (worktime.cutoff); read it again when the
    // applicant comes back from the popup.
    const loadProfile = () =>
      void ctx.bridge.activeProfile().then(
        (p) => {
          const changed = p?.work?.professionalStart !== profile?.work?.professionalStart;
          profile = p;
          if (!signal.aborted && changed) run();
        },
        () => undefined,
      );
    loadProfile();
    ctx.doc.defaultView?.addEventListener('focus', loadProfile, { signal });
    ctx.doc.addEventListener('visibilitychange', loadProfile, { signal });
  },
};

function readDeclaration(ctx: StepContext, profile: Profile | undefined): DeclarationInput {
  const majorField = ctx.field('major');
  const proof = ctx.field('typeProof');
  return {
    selfReport: valueOf(ctx, 'selfReport'),
    office: valueOf(ctx, 'office'),
    applicationTypes: choicesOf(ctx, 'applicationType'),
    typeProofFiles: proof ? uploadedFileNames(proof).length : undefined,
    exceptionalDetail: valueOf(ctx, 'exceptionalDetail'),
    major: valueOf(ctx, 'major'),
    majorOptions: majorField ? majorOptions(majorField.el, majorField.options, ctx) : undefined,
    workYears: valueOf(ctx, 'workYears'),
    assessment: valueOf(ctx, 'assessment'),
    professionalStart: profile?.work?.professionalStart || undefined,
  };
}

/** 可评审专业: the select's own options, a datalist, else the plan's list when known. */
function majorOptions(el: HTMLElement, options: readonly string[], ctx: StepContext): string[] | undefined {
  if (options.length > 0) return [...options];
  const list = el instanceof HTMLInputElement ? el.list : null;
  if (list) return Array.from(list.querySelectorAll('option'), (o) => o.value || o.textContent || '').filter(Boolean);
  return ctx.plan.majors?.length ? [...ctx.plan.majors] : undefined;
}

function targetField(ctx: StepContext, finding: Finding) {
  const target = finding.target;
  if (!target || target === 'page' || target === 'submit' || target === 'achievements') return undefined;
  return ctx.field(target);
}

/** "已输入 N / 1000 字" under 本人述职, as the rule asks; it is not a finding. */
class SelfReportCounter {
  private el: HTMLElement | undefined;

  constructor(
    private readonly ctx: StepContext,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.el?.remove());
  }

  update(text: string | undefined): void {
    const field = this.ctx.field('selfReport');
    if (text === undefined || !field) {
      this.el?.remove();
      this.el = undefined;
      return;
    }
    if (!this.el || !this.el.isConnected) {
      this.el = markOwn(this.ctx.doc.createElement('div'));
      this.el.className = 'zcps-counter';
      this.el.setAttribute('aria-live', 'polite');
      field.el.after(this.el);
    }
    const count = countChars(text);
    const { reportLimit: limit, reportWarnAbove: warnAbove = limit } = this.ctx.plan;
    // Without a known limit the counter still counts.
    this.el.textContent = limit === undefined ? `已输入 ${count} 字` : `已输入 ${count} / ${limit} 字`;
    const level = limit === undefined ? 'none' : count > limit ? 'over' : warnAbove !== undefined && count > warnAbove ? 'near' : 'none';
    const colour = level === 'over' ? LEVEL_COLOURS.error.text : level === 'near' ? LEVEL_COLOURS.warn.text : TOKENS.muted;
    if (this.el.dataset.level !== level) {
      this.el.dataset.level = level;
      setStyle(this.el, PAGE_STYLES.counter, `color:${colour};`);
    }
  }
}
