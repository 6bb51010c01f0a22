/** Building Field objects by hand, as lib/page/fields.ts would describe them. */
import { emptyProfile as newProfile } from '../../../lib/profile/schema';
import type { Field, FieldKind } from '../../../lib/page/fields';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Meaning } from '../../../lib/meanings';
import type { Profile } from '../../../lib/profile/types';

/** tests/fixtures/profile.sample.json's profile (张伟). */
export function sampleProfile(): Profile {
  const file = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/profile.sample.json'), 'utf8')) as {
    profiles: Profile[];
  };
  return file.profiles[0] as Profile;
}

export const emptyProfile: Profile = { ...newProfile('空'), id: 'e' };

export function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

export function $<T extends Element = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

export function field(el: HTMLElement, kind: FieldKind, extra: Partial<Field> & { meaning?: Meaning } = {}): Field {
  return { el, kind, members: [], label: '', labelSource: 'cell', confidence: 0.9, anchor: el, options: [], ...extra };
}

/** A radio/checkbox group field: members by name, labels as the scan gives them. */
export function group(name: string, kind: 'radio' | 'checkbox', extra: Partial<Field> = {}): Field {
  const members = Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));
  const options = members.map((m) => (m.closest('label')?.textContent ?? '').trim());
  return field(members[0] as HTMLInputElement, kind, { members, options, labelSource: 'group', ...extra });
}

/** Records the events a page would see, in order, as "type:id". */
export function recordEvents(types: readonly string[] = ['input', 'change', 'click']): string[] {
  const log: string[] = [];
  for (const type of types) {
    document.addEventListener(
      type,
      (e) => {
        const target = e.target as HTMLElement;
        log.push(`${type}:${target.id || target.getAttribute('name') || target.tagName.toLowerCase()}`);
      },
      true,
    );
  }
  return log;
}
