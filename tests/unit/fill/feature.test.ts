// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Bridge } from '../../../lib/assistant/bridge';
import type { StepContext } from '../../../lib/assistant/feature';
import { Panel } from '../../../lib/assistant/panel';
import { createFillFeature, RELOAD_GAP_MS, TAMPERED, TITLES, type MappingStore } from '../../../lib/features/fill';
import type { LearnedMapping } from '../../../lib/messaging';
import { collectFields, fieldFor, readChoices, readValue } from '../../../lib/page/fields';
import type { Profile } from '../../../lib/profile/types';
import { getPlan } from '../../../lib/rules/plans';
import type { Step } from '../../../lib/steps';
import { $, emptyProfile, html, sampleProfile } from './helpers';
import { userChoose, userClick } from '../support/user';

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A small 个人基本信息: a label cell left of each field; choosing a title enables its date, as the platform does. */
function page(): void {
  html(`<table>
    <tr><td>姓名：</td><td><input id="name"></td></tr>
    <tr><td>手机号码：</td><td><input id="mobile" value="13900000000"></td></tr>
    <tr><td>现专业技术资格：</td><td><select id="title"><option value="">请选择</option><option value="414">助理工程师</option></select></td></tr>
    <tr><td>取得资格时间：</td><td><input id="titleDate" disabled placeholder="yyyy-MM-dd"></td></tr>
    <tr><td>紧急联系备注：</td><td><input id="odd"></td></tr>
  </table>`);
  const title = $<HTMLSelectElement>('#title');
  title.addEventListener('change', () => {
    $<HTMLInputElement>('#titleDate').disabled = title.value === '';
    if (title.value === '') $<HTMLInputElement>('#titleDate').value = '';
  });
}

interface Harness {
  panel: Panel;
  bridge: Bridge;
  store: MappingStore & { saved: LearnedMapping[] };
  rescan(): void;
  abort(): void;
}

function start(profile: Profile | undefined, step: Step = 'basicInfo', learned: LearnedMapping[] = []): Harness {
  const panel = new Panel(document, { collapsed: false, onCollapsedChange: () => undefined });
  panel.attach();
  const rescans: Array<() => void> = [];
  const saved: LearnedMapping[] = [];
  const store = {
    saved,
    list: vi.fn(async () => [...learned, ...saved]),
    save: vi.fn(async (m: LearnedMapping) => void saved.push(m)),
  };
  const bridge = { activeProfile: vi.fn(async () => profile) } as unknown as Bridge;
  const ctx: StepContext = {
    doc: document,
    step,
    plan: getPlan(),
    bridge,
    panel,
    page: { rescan: () => collectFields(document), fieldFor, readValue, readChoices },
    fields: () => collectFields(document),
    field: () => undefined,
    touched: () => false,
    report: () => undefined,
    onFieldEvent: () => undefined,
    onRescan: (listener) => rescans.push(listener),
  };
  const controller = new AbortController();
  void createFillFeature(store).init(ctx, controller.signal);
  return { panel, store, bridge, rescan: () => rescans.forEach((l) => l()), abort: () => controller.abort() };
}

const rows = (panel: Panel) => [...panel.extra.querySelectorAll<HTMLTableRowElement>('.fill-preview tbody tr')];
const row = (panel: Panel, label: string) => rows(panel).find((r) => r.dataset.label === label);
/** Writing goes through widgets one after the other: wait until the panel shows the outcome. */
const written = (panel: Panel, text = '已填写') =>
  vi.waitFor(
    () => {
      if (!(panel.extra.querySelector('.fill-summary')?.textContent ?? '').includes(text)) throw new Error('still writing');
    },
    { timeout: 4000 },
  );
const buttonIn = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

beforeEach(() => {
  setUrl('https://zcps.rlsbt.zj.gov.cn/028/client/person/baseInfo.jsp');
  page();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the 一键填写 button', () => {
  test.each<[string, Profile | undefined, string, boolean]>([
    // Usable without a profile: a click looks again and says what to do.
    ['no profile', undefined, TITLES.noProfile, true],
    ['an empty profile', emptyProfile, TITLES.noProfile, true],
    ['the sample profile', sampleProfile(), TITLES.ready, true],
  ])('%s', async (_name, profile, title, enabled) => {
    const { panel } = start(profile);
    expect(panel.fillButton.disabled).toBe(true);
    expect(panel.fillButton.title).toBe(TITLES.loading);
    await flush();
    expect(panel.fillButton.title).toBe(title);
    expect(panel.fillButton.disabled).toBe(!enabled);
  });

  test('without a profile a click explains where to get one', async () => {
    const { panel } = start(undefined);
    await flush();
    userClick(panel.fillButton);
    await flush();
    expect(panel.extra.querySelector('.fill-notice[role=status]')?.textContent).toContain('导入档案');
    expect(panel.extra.querySelector('.fill-preview')).toBeNull();
  });

  test('another host: never', async () => {
    setUrl('http://example.com/baseInfo.jsp');
    const { panel } = start(sampleProfile());
    await flush();
    expect(panel.fillButton.disabled).toBe(true);
    expect(panel.fillButton.title).toBe(TITLES.frame);
  });

  test('我的业绩档案 with its form closed asks to open it', async () => {
    html('<p>我的业绩档案</p>');
    const { panel } = start(sampleProfile(), 'archive');
    await flush();
    expect(panel.fillButton.title).toBe(TITLES.archiveClosed);
  });
});

describe('preview, fill, follow-up, undo', () => {
  test('the whole round', async () => {
    const { panel, store } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();

    expect(row(panel, '姓名')?.dataset.action).toBe('fill');
    expect(row(panel, '手机号码')?.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked).toBe(false);
    expect(row(panel, '取得资格时间')?.textContent).toContain('已禁用');
    const odd = row(panel, '紧急联系备注');
    expect(odd?.textContent).toContain('未识别的字段');

    // The applicant says what the unknown field is: stored for next time and used now.
    const map = odd?.querySelector('select') as HTMLSelectElement;
    userChoose(map, 'email');
    userClick(buttonIn(odd as HTMLElement, '使用'));
    expect(store.save).toHaveBeenCalledWith({ step: 'basicInfo', label: '紧急联系备注', meaning: 'email' });
    expect(row(panel, '紧急联系备注')?.dataset.action).toBe('fill');

    userClick(buttonIn(panel.extra, '确认填写'));
    await written(panel);
    expect($<HTMLInputElement>('#name').value).toBe('张伟');
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
    expect($<HTMLSelectElement>('#title').value).toBe('414');
    expect($<HTMLInputElement>('#odd').value).toBe('zhangwei@example.com');
    expect(panel.extra.querySelector('.fill-summary')?.textContent).toContain('已填写 3 项，跳过 2 项');

    // The choice enabled 取得资格时间: offered next, written on 确认填写.
    const followUp = panel.extra.querySelector('.fill-preview') as HTMLElement;
    expect(followUp.textContent).toContain('填写后又有 1 项可以填写');
    userClick(buttonIn(followUp, '确认填写'));
    await written(panel, '已填写 4 项');
    expect($<HTMLInputElement>('#titleDate').value).toBe('2016-12-20');
    expect(panel.extra.querySelector('.fill-summary')?.textContent).toContain('已填写 4 项，跳过 1 项');

    userClick(buttonIn(panel.extra, '撤销'));
    await written(panel, '已撤销');
    expect($<HTMLInputElement>('#name').value).toBe('');
    expect($<HTMLInputElement>('#odd').value).toBe('');
    expect($<HTMLSelectElement>('#title').value).toBe('');
    expect($<HTMLInputElement>('#titleDate').disabled).toBe(true);
    expect($<HTMLInputElement>('#titleDate').value).toBe('');
    expect(panel.extra.textContent).toContain('已撤销');

    userClick(buttonIn(panel.extra, '关闭'));
    expect(panel.extra.childElementCount).toBe(0);
  });

  test('a learned mapping applies the next time; 取消 writes nothing', async () => {
    const { panel } = start(sampleProfile(), 'basicInfo', [{ step: 'basicInfo', label: '紧急联系备注', meaning: 'mobile' }]);
    await flush();
    userClick(panel.fillButton);
    await flush();
    expect(row(panel, '紧急联系备注')?.textContent).toContain('13812345678');
    userClick(buttonIn(panel.extra, '取消'));
    expect(panel.extra.childElementCount).toBe(0);
    expect($<HTMLInputElement>('#name').value).toBe('');
  });

  test('the applicant’s ticks survive a rescan of the page', async () => {
    const { panel, rescan } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    const box = row(panel, '手机号码')?.querySelector('input[type=checkbox]') as HTMLInputElement;
    userClick(box);
    rescan();
    expect(row(panel, '手机号码')?.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked).toBe(true);
    userClick(buttonIn(panel.extra, '确认填写'));
    await written(panel);
    expect($<HTMLInputElement>('#mobile').value).toBe('13812345678');
  });

  test('a value typed while the preview was open is kept and named in the summary', async () => {
    const { panel } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    $<HTMLInputElement>('#name').value = '李四';
    userClick(buttonIn(panel.extra, '确认填写'));
    await written(panel);
    expect($<HTMLInputElement>('#name').value).toBe('李四');
    expect(panel.extra.querySelector('.fill-summary')?.textContent).toContain('“姓名”');
  });

  test('leaving the step clears the preview', async () => {
    const { panel, abort } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    expect(panel.extra.childElementCount).toBe(1);
    abort();
    expect(panel.extra.childElementCount).toBe(0);
  });
});

describe('only the applicant drives it (page scripts click in the open shadow root)', () => {
  test('a scripted click on 一键填写, 确认填写 or 撤销 does nothing', async () => {
    const { panel } = start(sampleProfile());
    await flush();
    panel.fillButton.click();
    panel.fillButton.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(panel.extra.querySelector('.fill-preview')).toBeNull();

    userClick(panel.fillButton);
    await flush();
    buttonIn(panel.extra, '确认填写').click();
    await flush();
    expect($<HTMLInputElement>('#name').value).toBe('');
    expect(panel.extra.querySelector('.fill-summary')).toBeNull();

    userClick(buttonIn(panel.extra, '确认填写'));
    await written(panel);
    expect($<HTMLInputElement>('#name').value).toBe('张伟');
    buttonIn(panel.extra, '撤销').click();
    await flush();
    expect($<HTMLInputElement>('#name').value).toBe('张伟');
    expect(panel.extra.textContent).not.toContain('已撤销');
  });

  test('a scripted mapping choice is neither learned nor used', async () => {
    const { panel, store } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    const odd = row(panel, '紧急联系备注') as HTMLElement;
    const map = odd.querySelector('select') as HTMLSelectElement;
    map.value = 'idNumber';
    map.dispatchEvent(new Event('change', { bubbles: true }));
    buttonIn(odd, '使用').click();
    userClick(buttonIn(odd, '使用'));
    expect(store.save).not.toHaveBeenCalled();
    expect(row(panel, '紧急联系备注')?.dataset.action).toBe('skip');
    // Chosen by the applicant, then changed by a script before 使用: still nothing.
    userChoose(map, 'email');
    map.value = 'idNumber';
    userClick(buttonIn(odd, '使用'));
    expect(store.save).not.toHaveBeenCalled();
  });

  test('a box ticked by a script is put back; one ticked silently stops 确认填写', async () => {
    const { panel } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    const box = () => row(panel, '手机号码')?.querySelector('input[type=checkbox]') as HTMLInputElement;
    box().click(); // toggles, then an untrusted change: put back
    expect(box().checked).toBe(false);
    box().checked = true; // no event at all
    userClick(buttonIn(panel.extra, '确认填写'));
    expect($<HTMLInputElement>('#name').value).toBe('');
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
    expect(panel.extra.querySelector('.fill-notice[role=alert]')?.textContent).toBe(TAMPERED);
    expect(box().checked).toBe(false);
    // The applicant's own confirm now fills what they ticked, not the script's tick.
    userClick(buttonIn(panel.extra, '确认填写'));
    expect($<HTMLInputElement>('#name').value).toBe('张伟');
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
  });

  test('the preview shows the ID number masked', async () => {
    html('<table><tr><td>身份证号：</td><td><input id="id"></td></tr></table>');
    const { panel } = start(sampleProfile());
    await flush();
    userClick(panel.fillButton);
    await flush();
    const shown = row(panel, '身份证号')?.querySelector('.fill-value')?.textContent ?? '';
    const id = sampleProfile().basic.idNumber as string;
    expect(shown).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(panel.extra.textContent).not.toContain(id);
    userClick(buttonIn(panel.extra, '确认填写'));
    expect($<HTMLInputElement>('#id').value).toBe(id);
  });
});

describe('reading the profile again on return to the page', () => {
  test('at most once in RELOAD_GAP_MS, however often the page fires focus', async () => {
    const { bridge } = start(sampleProfile());
    await flush();
    const reads = (bridge.activeProfile as unknown as { mock: { calls: unknown[] } }).mock.calls;
    const first = reads.length;
    for (let i = 0; i < 20; i++) {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await flush();
    expect(reads.length).toBe(first + 1);
    const realNow = Date.now;
    Date.now = () => realNow() + RELOAD_GAP_MS + 1;
    try {
      window.dispatchEvent(new Event('focus'));
      await flush();
      expect(reads.length).toBe(first + 2);
    } finally {
      Date.now = realNow;
    }
  });
});
