/**
 * One field per meaning, for checks and for filling: an editable field over a
 * disabled one (a 受理点地址 display beside the 受理点 it shows), then the
 * surest label, then the first on the page. Fields in repeated rows are items
 * of a list, never the page's one field of a meaning. Type-only imports: the
 * step bundle uses this without the scan.
 */
import type { Meaning } from '../meanings';
import type { Field } from './fields';

export function ownersByMeaning(fields: readonly Field[], accept: (field: Field) => boolean = () => true): Map<Meaning, Field> {
  const owners = new Map<Meaning, Field>();
  for (const field of fields) {
    if (!field.meaning || field.record || !accept(field)) continue;
    const known = owners.get(field.meaning);
    if (!known || rank(field) > rank(known)) owners.set(field.meaning, field);
  }
  return owners;
}

function rank(field: Field): number {
  return field.confidence + (field.disabled ? 0 : 10);
}
