/**
 * The profile editor: one <section> per part of the profile, in the order of
 * SECTION_ORDER, with jump links on top. It only renders and emits patch ops;
 * App applies and saves them.
 */
import type { PatchOp } from '../../lib/messaging';
import { FIELD_LABELS, SECTION_LABELS, type SectionKey } from '../../lib/profile/field-names';
import { newId, type FieldProblem } from '../../lib/profile/schema';
import type { Profile } from '../../lib/profile/types';
import { Field } from './Field';
import { ListSection, type ListKey, type ListSectionProps } from './ListSection';
import { SelfReport } from './SelfReport';
import {
  ACHIEVEMENT_FIELDS,
  ASSESSMENT_FIELDS,
  BASIC_FIELDS,
  CONTINUING_EDUCATION_FIELDS,
  DECLARATION_FIELDS,
  EDUCATION_FIELDS,
  EXCEPTIONAL_FIELD,
  HISTORY_FIELDS,
  SECTION_ORDER,
  WORK_FIELDS,
  type FieldSpec,
} from './sections';

export interface EditorProps {
  profile: Profile;
  problems: readonly FieldProblem[];
  onOp: (op: PatchOp) => void;
  /** The current year, for the default year of a new 考核 / 继续教育 row. */
  year: number;
}

type ObjectSection = 'basic' | 'work' | 'declaration';

export function Editor({ profile, problems, onOp, year }: EditorProps) {
  const byPath = new Map<string, FieldProblem[]>();
  for (const problem of problems) {
    const key = problem.path.join('.');
    byPath.set(key, [...(byPath.get(key) ?? []), problem]);
  }
  const problemsAt = (path: readonly (string | number)[]) => byPath.get(path.join('.')) ?? [];
  const countIn = (section: SectionKey) => problems.filter((p) => p.path[0] === section).length;

  const objectFields = (section: ObjectSection, fields: readonly FieldSpec[]) => {
    const values = profile[section] as Record<string, unknown>;
    const labels = FIELD_LABELS[section] as Record<string, { zh: string }>;
    return fields.map((spec) => {
      const path = [section, spec.key];
      return (
        <Field
          key={spec.key}
          id={`f-${section}-${spec.key}`}
          label={labels[spec.key]?.zh ?? spec.key}
          spec={spec}
          value={values[spec.key]}
          problems={problemsAt(path)}
          onChange={(value) => onOp(value === undefined ? { op: 'unset', path } : { op: 'set', path, value })}
        />
      );
    });
  };

  const nextYear = (rows: readonly { year: number }[]) => (rows.length > 0 ? Math.max(...rows.map((r) => r.year)) + 1 : year - 3);

  /** A list section: its rows, the fields of a row, what a new row holds and a row's title. */
  const list = (
    section: ListKey,
    fields: readonly FieldSpec[],
    newRow: ListSectionProps['newRow'],
    rowTitle: ListSectionProps['rowTitle'],
  ) => (
    <ListSection
      section={section}
      rows={profile[section]}
      fields={fields}
      problemsAt={problemsAt}
      onOp={onOp}
      newRow={newRow}
      rowTitle={rowTitle}
    />
  );

  const bodies: Record<SectionKey, preact.JSX.Element> = {
    basic: <div class="grid">{objectFields('basic', BASIC_FIELDS)}</div>,
    education: list(
      'education',
      EDUCATION_FIELDS,
      () => ({ fullTime: true, highest: profile.education.length === 0 }),
      (row) => [row.level, row.school].filter((v) => typeof v === 'string' && v !== '').join(' '),
    ),
    work: <div class="grid">{objectFields('work', WORK_FIELDS)}</div>,
    history: list(
      'history',
      HISTORY_FIELDS,
      () => ({ start: '', end: '', employer: '', position: '' }),
      (row) => (typeof row.employer === 'string' ? row.employer : ''),
    ),
    assessments: list(
      'assessments',
      ASSESSMENT_FIELDS,
      () => ({ year: nextYear(profile.assessments), result: '称职' }),
      (row) => `${String(row.year)}年 ${String(row.result)}`,
    ),
    continuingEducation: list(
      'continuingEducation',
      CONTINUING_EDUCATION_FIELDS,
      () => ({ year: nextYear(profile.continuingEducation), hours: 0 }),
      (row) => `${String(row.year)}年 ${String(row.hours)} 学时`,
    ),
    declaration: (
      <div class="grid">
        {objectFields('declaration', DECLARATION_FIELDS)}
        <SelfReport
          value={typeof profile.declaration.selfReport === 'string' ? profile.declaration.selfReport : ''}
          onChange={(value) =>
            onOp(
              value === undefined
                ? { op: 'unset', path: ['declaration', 'selfReport'] }
                : { op: 'set', path: ['declaration', 'selfReport'], value },
            )
          }
        />
        {(profile.declaration.type === '破格申报' || profile.declaration.exceptionalDetail) &&
          objectFields('declaration', [EXCEPTIONAL_FIELD])}
      </div>
    ),
    achievements: list(
      'achievements',
      ACHIEVEMENT_FIELDS,
      () => ({ id: newId(), kind: '论文', title: '', rank: 1, collective: false, representative: false }),
      (row) => (typeof row.title === 'string' ? row.title : ''),
    ),
  };

  return (
    <div class="editor">
      <nav class="jump" aria-label="档案各部分">
        {SECTION_ORDER.map((section) => {
          const count = countIn(section);
          return (
            <a key={section} href={`#s-${section}`}>
              {SECTION_LABELS[section].zh}
              {count > 0 && (
                <span class="badge" aria-label={`${count} 处问题`}>
                  {count}
                </span>
              )}
            </a>
          );
        })}
      </nav>
      {SECTION_ORDER.map((section) => (
        <section key={section} id={`s-${section}`} aria-labelledby={`h-${section}`}>
          <h2 id={`h-${section}`}>{SECTION_LABELS[section].zh}</h2>
          {bodies[section]}
        </section>
      ))}
    </div>
  );
}
