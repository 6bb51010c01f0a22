// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { canFillIn } from '../../../lib/fill/frame';
import type { FillEntry } from '../../../lib/fill/plan';
import { buildPreview, buildSummary, maskIdNumber } from '../../../lib/fill/preview';
import { userChoose, userClick } from '../support/user';
import { $, field, html } from './helpers';

function entries(): FillEntry[] {
  html('<input id="a"><input id="b" value="旧值"><input id="c" readonly><input id="d">');
  return [
    { field: field($('#a'), 'text'), meaning: 'name', label: '姓名', value: '张伟', current: '', action: 'fill', ticked: true },
    {
      field: field($('#b'), 'text'),
      meaning: 'mobile',
      label: '手机号码',
      value: '13812345678',
      current: '旧值',
      action: 'fill',
      ticked: false,
      reason: '页面已有“旧值”，勾选后才会覆盖',
    },
    {
      field: field($('#c'), 'text'),
      meaning: 'employer',
      label: '现工作单位名称',
      current: 'X',
      action: 'skip',
      ticked: false,
      reason: '只读',
    },
    {
      field: field($('#d'), 'text'),
      label: '起止时间',
      current: '',
      action: 'skip',
      ticked: false,
      reason: '未识别的字段',
      unmatched: true,
    },
  ];
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('preview', () => {
  test('a row per field: ticks per plan, reasons, a mapping choice for the unknown field', () => {
    const list = entries();
    const view = buildPreview(
      document,
      { title: '一键填写预览', entries: list, mappingChoices: [{ value: 'workStart', label: '参加工作时间' }] },
      {
        onConfirm: vi.fn(),
        onCancel: vi.fn(),
      },
    );
    const rows = [...view.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    expect(rows.map((r) => [r.dataset.label, r.dataset.action])).toEqual([
      ['姓名', 'fill'],
      ['手机号码', 'fill'],
      ['现工作单位名称', 'skip'],
      ['起止时间', 'skip'],
    ]);
    const boxes = rows.map((r) => r.querySelector<HTMLInputElement>('input[type=checkbox]'));
    expect(boxes.map((b) => b?.checked ?? null)).toEqual([true, false, null, null]);
    expect(rows[2]?.textContent).toContain('只读');
    expect(rows[1]?.textContent).toContain('勾选后才会覆盖');
    const map = rows[3]?.querySelector('select') as HTMLSelectElement;
    expect([...map.options].map((o) => o.text)).toEqual(['对应档案项…', '参加工作时间']);
    expect(view.querySelector('.fill-count')?.textContent).toBe('将填写勾选的 1 项，跳过 3 项');
  });

  test('确认填写 hands over the applicant’s ticks; 取消 cancels', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const view = buildPreview(document, { title: 't', entries: entries(), mappingChoices: [] }, { onConfirm, onCancel });
    const [first, second] = [...view.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    userClick(first!);
    userClick(second!);
    expect(view.querySelector('.fill-count')?.textContent).toBe('将填写勾选的 1 项，跳过 3 项');
    const [confirm, cancel] = [...view.querySelectorAll('button')];
    expect([confirm?.textContent, cancel?.textContent]).toEqual(['确认填写', '取消']);
    confirm!.click(); // a page script's click
    expect(onConfirm).not.toHaveBeenCalled();
    userClick(confirm!);
    const handed = onConfirm.mock.calls[0]?.[0] as FillEntry[];
    expect(handed.map((e) => [e.label, e.ticked])).toEqual([
      ['姓名', false],
      ['手机号码', true],
      ['现工作单位名称', false],
      ['起止时间', false],
    ]);
    cancel!.click();
    expect(onCancel).not.toHaveBeenCalled();
    userClick(cancel!);
    expect(onCancel).toHaveBeenCalledOnce();
  });

  test('ticks changed by a script: put back, or (set silently) 确认填写 refuses and says so', () => {
    const onConfirm = vi.fn();
    const onTampered = vi.fn();
    const view = buildPreview(
      document,
      { title: 't', entries: entries(), mappingChoices: [] },
      { onConfirm, onCancel: vi.fn(), onTampered },
    );
    document.body.append(view);
    const [, second] = [...view.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    second!.click();
    expect(second!.checked).toBe(false);
    expect(view.querySelector('.fill-count')?.textContent).toBe('将填写勾选的 1 项，跳过 3 项');
    second!.checked = true;
    userClick(view.querySelector('button')!);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onTampered).toHaveBeenCalledOnce();
    expect(second!.checked).toBe(false);
    userClick(view.querySelector('button')!);
    expect((onConfirm.mock.calls[0]?.[0] as FillEntry[]).map((e) => e.ticked)).toEqual([true, false, false, false]);
  });

  test('choosing a mapping and an achievement calls back', () => {
    const onMap = vi.fn();
    const onAchievement = vi.fn();
    const view = buildPreview(
      document,
      {
        title: 't',
        entries: entries(),
        mappingChoices: [{ value: 'workStart', label: '参加工作时间' }],
        achievements: [
          { value: 'a1', label: '论文：甲' },
          { value: 'a2', label: '项目：乙' },
        ],
        achievementId: 'a1',
      },
      { onConfirm: vi.fn(), onCancel: vi.fn(), onMap, onAchievement },
    );
    const [achievement, mapping] = [...view.querySelectorAll('select')];
    expect(achievement?.value).toBe('a1');
    achievement!.value = 'a2';
    achievement!.dispatchEvent(new Event('change'));
    expect(onAchievement).not.toHaveBeenCalled();
    userChoose(achievement!, 'a2');
    expect(onAchievement).toHaveBeenCalledWith('a2');
    // A mapping is chosen, then confirmed with 使用.
    const use = [...view.querySelectorAll('button')].find((b) => b.textContent === '使用')!;
    mapping!.value = 'workStart';
    mapping!.dispatchEvent(new Event('change'));
    userClick(use);
    expect(onMap).not.toHaveBeenCalled();
    userChoose(mapping!, 'workStart');
    use.click();
    expect(onMap).not.toHaveBeenCalled();
    userClick(use);
    expect(onMap.mock.calls[0]?.[1]).toBe('workStart');
  });

  test('page text stays text', () => {
    const list = entries();
    list[0] = { ...list[0]!, label: '<img src=x onerror=alert(1)>', value: '<b>粗</b>' };
    const view = buildPreview(document, { title: 't', entries: list, mappingChoices: [] }, { onConfirm: vi.fn(), onCancel: vi.fn() });
    expect(view.querySelector('img, b')).toBeNull();
    expect(view.textContent).toContain('<b>粗</b>');
  });

  test('long values are shortened on screen', () => {
    const list = entries();
    list[0] = { ...list[0]!, value: '述'.repeat(300) };
    const view = buildPreview(document, { title: 't', entries: list, mappingChoices: [] }, { onConfirm: vi.fn(), onCancel: vi.fn() });
    expect(view.querySelector('.fill-value')?.textContent).toBe(`${'述'.repeat(40)}…（共 300 字）`);
  });

  test.each([
    ['330106199001012317', '330106********2317'],
    ['33010619900101231x', '330106********231x'],
    ['330106 19900101 2317', '330106********2317'],
    ['330106900101231', '330106*****1231'],
    ['13812345678', '13812345678'],
    ['张伟', '张伟'],
  ])('an ID number is shown masked wherever it appears: %s', (value, expected) => {
    expect(maskIdNumber(value)).toBe(expected);
    const list = entries();
    list[0] = { ...list[0]!, value };
    const view = buildPreview(document, { title: 't', entries: list, mappingChoices: [] }, { onConfirm: vi.fn(), onCancel: vi.fn() });
    expect(view.querySelector('.fill-value')?.textContent).toBe(expected);
  });
});

describe('summary', () => {
  test('counts, failures, 撤销 then 关闭', () => {
    const onUndo = vi.fn();
    const onClose = vi.fn();
    const view = buildSummary(document, { filled: 5, skipped: 2, failed: ['民族'], undone: false }, { onUndo, onClose });
    expect(view.getAttribute('role')).toBe('status');
    expect(view.querySelector('.fill-result')?.textContent).toBe('已填写 5 项，跳过 2 项');
    expect(view.querySelector('.fill-failed')?.textContent).toContain('“民族”');
    const buttons = [...view.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['撤销', '关闭']);
    buttons[0]!.click();
    expect(onUndo).not.toHaveBeenCalled();
    userClick(buttons[0]!);
    expect(onUndo).toHaveBeenCalledOnce();
    const stale = buildSummary(document, { filled: 1, skipped: 0, failed: [], stale: ['姓名'], undone: false }, { onUndo, onClose });
    expect(stale.textContent).toContain('预览后已改动、未覆盖的项：“姓名”');
    const after = buildSummary(document, { filled: 5, skipped: 2, failed: [], undone: true }, { onUndo, onClose });
    expect([...after.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['关闭']);
    expect(after.textContent).toContain('已撤销');
  });
});

describe('frames', () => {
  const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

  test.each([
    ['https://zcps.rlsbt.zj.gov.cn/028/client/person/baseInfo.jsp', true],
    ['https://zcps.rlsbt.zj.gov.cn/028/client/index.jsp', true],
    ['http://zcps.rlsbt.zj.gov.cn/028/client/index.jsp', false],
    ['http://example.com/028/client/index.jsp', false],
    ['https://zcps.rlsbt.zj.gov.cn.evil.example/', false],
  ])('%s → %s', (url, want) => {
    setUrl(url);
    expect(canFillIn(document)).toBe(want);
  });

  /** A frame's document as canFillIn reads it; `ancestors` as location.ancestorOrigins lists them. */
  function frameDoc(options: { origin?: string; frameElement?: Element | null; ancestors?: string[] }): Document {
    const origin = options.origin ?? 'https://zcps.rlsbt.zj.gov.cn';
    const ancestors = options.ancestors ?? [];
    const ancestorOrigins = { length: ancestors.length, item: (i: number) => ancestors[i] ?? null };
    const location = { hostname: 'zcps.rlsbt.zj.gov.cn', protocol: 'https:', ancestorOrigins };
    const win = { origin, frameElement: options.frameElement ?? null, location } as unknown as Window;
    return { defaultView: win, location } as unknown as Document;
  }

  test('an opaque (sandboxed) origin is refused', () => {
    expect(canFillIn(frameDoc({ origin: 'null' }))).toBe(false);
  });

  test('a frame its parent marks sandbox is refused', () => {
    const frameElement = document.createElement('iframe');
    frameElement.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    expect(canFillIn(frameDoc({ frameElement }))).toBe(false);
    frameElement.removeAttribute('sandbox');
    expect(canFillIn(frameDoc({ frameElement }))).toBe(true);
  });

  test('a platform frame embedded by another origin is refused, at any depth', () => {
    expect(canFillIn(frameDoc({ ancestors: ['https://zcps.rlsbt.zj.gov.cn'] }))).toBe(true);
    expect(canFillIn(frameDoc({ ancestors: ['https://elsewhere.example.test'] }))).toBe(false);
    expect(canFillIn(frameDoc({ ancestors: ['https://zcps.rlsbt.zj.gov.cn', 'https://elsewhere.example.test'] }))).toBe(false);
    expect(canFillIn(frameDoc({ ancestors: ['http://zcps.rlsbt.zj.gov.cn'] }))).toBe(false);
  });
});
