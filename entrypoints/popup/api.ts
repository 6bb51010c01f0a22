/** How the popup talks to the background; the tests pass their own. */
import type { RequestOf, RequestType, ResponseOf } from '../../lib/messaging';

export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<ResponseOf<T>>;

/** Local date YYYY-MM-DD (the profile date rules compare with it). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** HH:MM:SS of the saved state. */
export function clockTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
