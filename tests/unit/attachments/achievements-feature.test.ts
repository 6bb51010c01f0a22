// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAchievementTable, readSelected } from '../../../lib/features/achievements';
import { featureNamed } from '../../../lib/features';
import { hints, mount, replicaBody, settle, type Mounted } from './harness';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.stop();
  mounted = undefined;
  document.body.innerHTML = '';
});

function tick(...ids: string[]): void {
  for (const id of ids) {
    const box = document.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

describe('reading the achievements table', () => {
  beforeEach(() => {
    document.body.innerHTML = replicaBody('declare/achieve.jsp');
  });

  it('finds the table and reads only ticked rows by their column captions', () => {
    const table = findAchievementTable(document)!;
    expect(table.id).toBe('achieveTable');
    expect(readSelected(table)).toEqual([]);
    tick('A1001', 'A1003');
    expect(readSelected(table)).toEqual([
      { title: '基于PLC的数控机床主轴热变形补偿控制研究', rank: 1, collective: false },
      { title: '一种用于注塑模具的快速冷却装置', rank: 2, collective: true },
    ]);
  });

  it.each<[string, string, object]>([
    ['an author count', '<th>作者人数</th>', { authors: 3 }],
    ['an author list', '<th>完成人</th>', { authors: 3 }],
  ])('reads %s', (_what, header, expected) => {
    const value = header.includes('人数') ? '3人' : '张三、李四，王五';
    document.body.innerHTML = `<table><tr><th></th><th>成果名称</th><th>排名</th>${header}</tr>
      <tr><td><input type="checkbox" checked></td><td>项目甲</td><td>第1名</td><td>${value}</td></tr></table>`;
    expect(readSelected(findAchievementTable(document)!)).toEqual([{ title: '项目甲', rank: 1, ...expected }]);
  });

  it('reads "2/5" in a rank column as rank 2 of 5 authors, and names a row by its longest cell without a 名称 column', () => {
    document.body.innerHTML = `<table><tr><th>选择</th><th>内容</th><th>排名</th></tr>
      <tr><td><input type="checkbox" checked></td><td>一项很长的技术改造项目</td><td>2/5</td></tr></table>`;
    expect(readSelected(findAchievementTable(document)!)).toEqual([{ title: '一项很长的技术改造项目', rank: 2, authors: 5 }]);
  });

  it('no table with tick boxes: nothing to read', () => {
    document.body.innerHTML = '<table><tr><td>无数据</td></tr></table>';
    expect(findAchievementTable(document)).toBeUndefined();
  });
});

describe('选择相关业绩 feature', () => {
  beforeEach(() => {
    document.body.innerHTML = replicaBody('declare/achieve.jsp');
  });

  it('none ticked: achievement.required in the panel, inline after the first input, after the table', async () => {
    mounted = await mount([featureNamed('achievements')]);
    const panel = document.getElementById('zcps-assistant-panel')!.shadowRoot!;
    expect(panel.querySelector('[data-finding-rule="achievement.required"]')).not.toBeNull();
    expect(hints('achievement.required')).toHaveLength(0);
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(20);
    expect(hints('achievement.required')[0]?.previousElementSibling?.id).toBe('achieveTable');
  });

  it('each ticked team project gets its own hint; too many rows a count warning', async () => {
    mounted = await mount([featureNamed('achievements')]);
    tick('A1002', 'A1003');
    await settle(20);
    const collective = hints('achievement.collective');
    expect(collective.map((h) => h.textContent)).toEqual([
      expect.stringContaining('年产5万台伺服电机'),
      expect.stringContaining('一种用于注塑模具'),
    ]);
    expect(collective[0]?.textContent).toContain('本人排名第 3');
    expect(collective.every((h) => h.getAttribute('data-level') === 'warn')).toBe(true);
    expect(hints('achievement.required')).toHaveLength(0);
    tick('A1001', 'A1004', 'A1005', 'A1006');
    await settle(20);
    expect(hints('achievement.count')[0]?.textContent).toContain('已选择 6 项');
    // A1005 (是, 4th) and A1006 (否 but ranked 2nd) are team works too
    expect(hints('achievement.collective')).toHaveLength(4);
    const box = document.querySelector<HTMLInputElement>('input[value="A1002"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(hints('achievement.collective')).toHaveLength(3);
    expect(hints('achievement.collective').map((h) => h.textContent)).not.toContainEqual(expect.stringContaining('伺服电机'));
    expect(hints('achievement.count')).toHaveLength(0);
  });
});
