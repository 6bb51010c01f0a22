/**
 * An editable list of rows (学历, 工作经历, 考核, 继续教育, 业绩): each row
 * is a fieldset with its fields and a 删除 button; 添加 appends a row.
 * Every change goes out as a patch op at the row's path.
 */
import type { PatchOp } from '../../lib/messaging';
import { FIELD_LABELS, SECTION_LABELS } from '../../lib/profile/field-names';
import type { FieldProblem } from '../../lib/profile/schema';
import { Field } from './Field';
import type { FieldSpec } from './sections';

export type ListKey = 'education' | 'history' | 'assessments' | 'continuingEducation' | 'achievements';

export interface ListSectionProps {
  section: ListKey;
  rows: readonly Record<string, unknown>[];
  fields: readonly FieldSpec[];
  problemsAt: (path: readonly (string | number)[]) => FieldProblem[];
  onOp: (op: PatchOp) => void;
  newRow: () => Record<string, unknown>;
  /** A short name of a row for its legend, e.g. the school or the year. */
  rowTitle: (row: Record<string, unknown>) => string;
}

export function ListSection({ section, rows, fields, problemsAt, onOp, newRow, rowTitle }: ListSectionProps) {
  const name = SECTION_LABELS[section].zh;
  const labels = FIELD_LABELS[section] as Record<string, { zh: string }>;
  return (
    <div class="list">
      {rows.length === 0 && <p class="empty">尚无{name}记录。</p>}
      {rows.map((row, index) => {
        const title = rowTitle(row);
        return (
          <fieldset class="row" key={index}>
            <legend>
              第 {index + 1} 条{title ? ` · ${title}` : ''}
            </legend>
            <div class="grid">
              {fields.map((spec) => {
                const path = [section, index, spec.key];
                return (
                  <Field
                    key={spec.key}
                    id={`f-${section}-${index}-${spec.key}`}
                    label={labels[spec.key]?.zh ?? spec.key}
                    spec={spec}
                    value={row[spec.key]}
                    problems={problemsAt(path)}
                    onChange={(value) => onOp(value === undefined ? { op: 'unset', path } : { op: 'set', path, value })}
                  />
                );
              })}
            </div>
            <button
              type="button"
              class="remove"
              aria-label={`删除第 ${index + 1} 条${name}${title ? `（${title}）` : ''}`}
              onClick={() => onOp({ op: 'remove', path: [section, index] })}
            >
              删除此条
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="add" onClick={() => onOp({ op: 'push', path: [section], value: newRow() })}>
        ＋ 添加{name}
      </button>
    </div>
  );
}
