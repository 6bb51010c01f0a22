/**
 * One labelled profile field: a real <label for>, the control, and the
 * field's validation messages (aria-describedby / aria-invalid). The value
 * goes out as `undefined` when the field is emptied (the key is removed).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FieldProblem } from '../../lib/profile/schema';
import type { FieldSpec } from './sections';

export interface FieldProps {
  id: string;
  label: string;
  spec: FieldSpec;
  value: unknown;
  problems: readonly FieldProblem[];
  onChange: (value: unknown) => void;
}

export function Field({ id, label, spec, value, problems, onChange }: FieldProps) {
  const [localMessage, setLocalMessage] = useState<string | undefined>(undefined);
  const messages = localMessage === undefined ? problems : [{ path: [], message: localMessage, en: '' }, ...problems];
  const invalid = messages.length > 0;
  const describedBy = invalid ? `${id}-msg` : undefined;
  const listId = spec.suggestions ? `${id}-list` : undefined;
  const common = {
    id,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };

  let control;
  switch (spec.kind) {
    case 'checkbox':
      return (
        <div class={`field field-checkbox${spec.wide ? ' wide' : ''}`}>
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />
          <label for={id}>{label}</label>
          <Messages id={describedBy} problems={messages} />
        </div>
      );
    case 'select':
      control = (
        <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
          {(!spec.required || typeof value !== 'string') && <option value="">请选择</option>}
          {spec.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
      control = (
        <NumberInput
          common={common}
          value={typeof value === 'number' ? value : undefined}
          spec={spec}
          label={label}
          onChange={onChange}
          onLocalMessage={setLocalMessage}
        />
      );
      break;
    case 'textarea':
      control = (
        <textarea
          {...common}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(e.currentTarget.value || undefined)}
        />
      );
      break;
    default:
      control = (
        <input
          {...common}
          type="text"
          value={typeof value === 'string' ? value : ''}
          placeholder={spec.placeholder}
          inputMode={spec.inputMode}
          autoComplete={spec.autoComplete ?? 'off'}
          list={listId}
          spellcheck={false}
          onInput={(e) => onChange(e.currentTarget.value || undefined)}
        />
      );
  }

  return (
    <div class={`field${spec.wide ? ' wide' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      {spec.suggestions && (
        <datalist id={listId}>
          {spec.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <Messages id={describedBy} problems={messages} />
    </div>
  );
}

function Messages({ id, problems }: { id: string | undefined; problems: readonly FieldProblem[] }) {
  if (id === undefined || problems.length === 0) return null;
  return (
    <div id={id} class="field-msg">
      {problems.map((p, i) => (
        <p key={i} data-rule={p.ruleId}>
          {p.message}
        </p>
      ))}
    </div>
  );
}

interface NumberInputProps {
  common: Record<string, string | undefined>;
  value: number | undefined;
  spec: FieldSpec;
  label: string;
  onChange: (value: unknown) => void;
  onLocalMessage: (message: string | undefined) => void;
}

/** Keeps its own text so an empty or half-typed number is not lost or sent. */
function NumberInput({ common, value, spec, label, onChange, onLocalMessage }: NumberInputProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    // A value from outside (another row removed, a reload) replaces the text.
    if (value !== undefined && Number(text) !== value) setText(String(value));
  }, [value]);

  const commit = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (spec.required) {
        onLocalMessage(`请填写${label}（数字）`);
        return;
      }
      onLocalMessage(undefined);
      onChange(undefined);
      return;
    }
    const number = Number(trimmed);
    if (!Number.isFinite(number)) {
      onLocalMessage(`${label}应为数字，现为“${trimmed}”`);
      return;
    }
    onLocalMessage(undefined);
    onChange(number);
  };

  return (
    <input
      {...common}
      type="text"
      inputMode="numeric"
      value={text}
      placeholder={spec.placeholder}
      autoComplete="off"
      onInput={(e) => commit(e.currentTarget.value)}
    />
  );
}
