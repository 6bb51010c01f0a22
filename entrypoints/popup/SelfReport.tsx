/**
 * 本人述职 with the live counter "已输入 N / 1000 字". The limit and the
 * message come from the plan and the report.length rule of lib/rules.
 */
import { checkDeclaration, countChars, getPlan } from '../../lib/rules';

export interface SelfReportProps {
  value: string;
  onChange: (value: string | undefined) => void;
}

export function SelfReport({ value, onChange }: SelfReportProps) {
  const plan = getPlan();
  const count = countChars(value);
  const finding = checkDeclaration({ selfReport: value }, plan).find((f) => f.ruleId === 'report.length');
  const level = finding?.level;
  return (
    <div class="field wide">
      <label for="f-declaration-selfReport">本人述职</label>
      <textarea
        id="f-declaration-selfReport"
        rows={8}
        value={value}
        aria-describedby="self-report-counter self-report-msg"
        aria-invalid={level === 'error' ? 'true' : undefined}
        onInput={(e) => onChange(e.currentTarget.value || undefined)}
      />
      <p id="self-report-counter" class={`counter${level ? ` ${level}` : ''}`}>
        已输入 {count} / {plan.reportLimit} 字
      </p>
      <div id="self-report-msg" class="field-msg">
        {finding && (
          <p data-rule={finding.ruleId} data-level={finding.level}>
            {finding.message}
          </p>
        )}
      </div>
    </div>
  );
}
