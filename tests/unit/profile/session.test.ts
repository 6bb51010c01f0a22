import { describe, expect, it } from 'vitest';
import { memorySessionArea, SessionFindings, SESSION_LIMITS, type SessionArea } from '../../../lib/profile/session';
import type { Finding } from '../../../lib/rules/types';

const finding = (i: number, message = `问题 ${i}`): Finding => ({
  ruleId: 'report.length',
  messageId: 'over',
  level: 'error',
  message,
  messageEn: message,
});

/** A memory area that counts the keys it holds. */
function countingArea(): SessionArea & { keys(): string[] } {
  const inner = memorySessionArea();
  const keys = new Set<string>();
  return {
    get: (key) => inner.get(key),
    set: async (key, value) => {
      keys.add(key);
      await inner.set(key, value);
    },
    remove: async (key) => {
      keys.delete(key);
      await inner.remove(key);
    },
    keys: () => [...keys],
  };
}

describe('per-tab session data is bounded', () => {
  it('keeps the most recent tabs only', async () => {
    const area = countingArea();
    const session = new SessionFindings(area, { ...SESSION_LIMITS, tabs: 3 });
    for (let tab = 1; tab <= 10; tab++) await session.set(tab, 'photo', [finding(tab)]);
    await session.set(8, 'declaration', []); // 8 is recent again
    expect(await session.tabs()).toEqual([9, 10, 8]);
    expect(
      area
        .keys()
        .filter((k) => k.startsWith('findings:') && k !== 'findings:tabs')
        .sort(),
    ).toEqual(['findings:10', 'findings:8', 'findings:9']);
    expect(await session.get(1)).toEqual({ steps: {} });
    expect((await session.get(10)).steps.photo).toEqual([finding(10)]);
  });

  it('caps findings per step and the length of each message', async () => {
    const session = new SessionFindings(memorySessionArea());
    const many = Array.from({ length: 1000 }, (_, i) => finding(i, '长'.repeat(5000)));
    await session.set(1, 'declaration', many);
    const kept = (await session.get(1)).steps.declaration ?? [];
    expect(kept).toHaveLength(SESSION_LIMITS.findingsPerStep);
    expect(kept.every((f) => f.message.length === SESSION_LIMITS.messageChars)).toBe(true);
  });

  it('a closed tab leaves nothing behind', async () => {
    const area = countingArea();
    const session = new SessionFindings(area);
    await session.set(4, 'photo', [finding(1)]);
    await session.setApplicationType(4, '破格申报');
    await session.clear(4);
    expect(await session.tabs()).toEqual([]);
    expect(area.keys()).toEqual(['findings:tabs']);
  });
});
