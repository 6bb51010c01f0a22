// @vitest-environment happy-dom
/**
 * The popup against the real background handler and a fake-indexeddb store:
 * what the user sees and what ends up stored.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSender, type Request } from '../../../lib/messaging';
import { RefusalLog } from '../../../lib/profile/refusals';
import { createHandler } from '../../../lib/profile/handler';
import { memorySessionArea, SessionFindings } from '../../../lib/profile/session';
import { openProfileStore, type ProfileStore } from '../../../lib/profile/store';
import { App } from '../../../entrypoints/popup/App';
import { dbName, SAMPLE_TEXT, sampleProfile, sampleWith, type JsonRecord } from './fixtures';

let store: ProfileStore;
let root: HTMLElement;
const NOW = new Date(2026, 10, 26, 9, 30, 15);

beforeEach(async () => {
  store = await openProfileStore({ name: dbName() });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  store.close();
});

function mount(wide = false, saveDelayMs = 5) {
  const handle = createHandler({
    store: async () => store,
    session: new SessionFindings(memorySessionArea()),
    refusals: new RefusalLog(memorySessionArea()),
    version: '0.1.0',
  });
  const send = createSender((message: Request) => handle(message, { kind: 'extension' }));
  render(<App send={send} wide={wide} tabUrl="popup.html?tab=1" now={() => NOW} saveDelayMs={saveDelayMs} />, root);
}

async function waitFor<T>(probe: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E & HTMLElement>(selector);

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(element: HTMLSelectElement | HTMLInputElement, value?: string) {
  if (value !== undefined) element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function buttonNamed(text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function pickFile(text: string, name = '档案.json') {
  const input = $<HTMLInputElement>('#import-file')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  choose(input);
}

describe('popup', () => {
  it('creates a first profile 本人 and shows every section with labelled fields', async () => {
    mount();
    await waitFor(() => $('#f-basic-name'), 'the editor');
    expect((await store.list()).map((p) => p.label)).toEqual(['本人']);
    const headings = [...root.querySelectorAll('section h2')].map((h) => h.textContent);
    expect(headings).toEqual(['导入与导出', '基本信息', '学历', '工作', '工作经历', '考核', '继续教育', '申报信息', '业绩']);
    for (const input of root.querySelectorAll('input:not([type=file]), select, textarea')) {
      const id = input.id;
      const label = root.querySelector(`label[for="${id}"]`);
      expect(label?.textContent, `label of #${id}`).toBeTruthy();
    }
    expect(root.querySelector('label[for="f-basic-idNumber"]')?.textContent).toBe('身份证号');
    expect($<HTMLAnchorElement>('a.open-tab')?.textContent).toBe('在新标签页中打开');
    expect($<HTMLAnchorElement>('a.open-tab')?.getAttribute('href')).toBe('popup.html?tab=1');
  });

  it('offers 导入档案 (file input) and 导出档案 with the personal-data note', async () => {
    mount();
    const input = await waitFor(() => $<HTMLInputElement>('#import-file'));
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
    expect(input.getAttribute('aria-label')).toBe('导入档案');
    expect(root.querySelector('label[for="import-file"]')?.textContent).toBe('导入档案');
    expect(buttonNamed('导出档案')).toBeTruthy();
    expect(root.textContent).toContain('文件包含身份证号等个人信息，请妥善保管');
  });

  it('autosaves typing as patches and shows 已保存 HH:MM:SS', async () => {
    // A pause long enough that a loaded machine still reads the store before it ends.
    mount(false, 600);
    const name = await waitFor(() => $<HTMLInputElement>('#f-basic-name'));
    type(name, '张伟');
    await waitFor(() => $('.save-status')?.textContent === '保存中…', 'saving');
    expect((await store.getActive())?.basic.name).toBeUndefined(); // not before the pause
    await waitFor(() => $('.save-status')?.textContent === '已保存 09:30:15', 'saved');
    expect((await store.getActive())?.basic.name).toBe('张伟');
    type(name, '');
    await waitFor(() => $('.save-status')?.textContent === '保存中…', 'saving again');
    await waitFor(() => $('.save-status')?.textContent === '已保存 09:30:15', 'saved again');
    expect((await store.getActive())?.basic).toEqual({});
  });

  it('shows Chinese validation messages while typing (schema and profile rules)', async () => {
    mount();
    const mobile = await waitFor(() => $<HTMLInputElement>('#f-basic-mobile'));
    type(mobile, '1381234567');
    const message = await waitFor(() => root.querySelector('#f-basic-mobile-msg [data-rule="profile.mobile"]'), 'mobile message');
    expect(message.textContent).toMatch(/手机号码“1381234567”不正确/);
    expect(mobile.getAttribute('aria-invalid')).toBe('true');
    expect(mobile.getAttribute('aria-describedby')).toBe('f-basic-mobile-msg');
    type(mobile, '13812345678');
    await waitFor(() => !root.querySelector('#f-basic-mobile-msg'), 'message cleared');
    expect(mobile.getAttribute('aria-invalid')).toBeNull();

    const birth = $<HTMLInputElement>('#f-basic-birthDate')!;
    type(birth, '1990/3/15');
    await waitFor(() => root.querySelector('#f-basic-birthDate-msg')?.textContent?.includes('YYYY-MM-DD'), 'date message');
  });

  it('the 本人述职 counter counts live against the plan limit', async () => {
    mount();
    const report = await waitFor(() => $<HTMLTextAreaElement>('#f-declaration-selfReport'));
    expect($('#self-report-counter')?.textContent).toBe('已输入 0 / 1000 字');
    type(report, '本人从事机械设计。\n主持项目两项。');
    await waitFor(() => $('#self-report-counter')?.textContent === '已输入 17 / 1000 字', 'counter');
    type(report, '字'.repeat(1001));
    await waitFor(() => root.querySelector('[data-rule="report.length"]'), 'over limit');
    expect($('#self-report-counter')?.textContent).toBe('已输入 1001 / 1000 字');
  });

  it('adds and removes list rows', async () => {
    mount();
    await waitFor(() => $('#s-assessments'));
    buttonNamed('＋ 添加考核').click();
    await waitFor(() => $('#f-assessments-0-year'), 'row 1');
    buttonNamed('＋ 添加考核').click();
    await waitFor(() => $('#f-assessments-1-year'), 'row 2');
    choose($<HTMLSelectElement>('#f-assessments-1-result')!, '优秀');
    await waitFor(async () => (await store.getActive())?.assessments.length === 2);
    await waitFor(() => $('.save-status')?.textContent?.startsWith('已保存'));
    const stored = await store.getActive();
    expect(stored?.assessments).toEqual([
      { year: 2023, result: '称职' },
      { year: 2024, result: '优秀' },
    ]);
    root.querySelector<HTMLButtonElement>('#s-assessments button[aria-label^="删除第 1 条考核"]')!.click();
    await waitFor(() => !$('#f-assessments-1-year'), 'row removed');
    await waitFor(() => $('.save-status')?.textContent?.startsWith('已保存'));
    await waitFor(async () => (await store.getActive())?.assessments.length === 1);
    expect((await store.getActive())?.assessments).toEqual([{ year: 2024, result: '优秀' }]);
  });

  it('refuses a bad import with role="alert" text and leaves the stored profile untouched', async () => {
    await store.importProfiles([sampleProfile()]);
    mount();
    await waitFor(() => $('#import-file'));
    await pickFile(
      sampleWith((f) => {
        f.profiles[0]!.basic.mobile = '12345';
        f.profiles[0]!.basic.name = '李四';
      }),
    );
    const alert = await waitFor(() => root.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toContain('未导入，现有档案未作任何改动');
    expect(alert.textContent).toContain('$.profiles[0].basic.mobile（手机号码）：手机号码“12345”不正确');
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());

    await pickFile('{ "format": "zcps-assistant/profile", ', 'broken.json');
    await waitFor(() => root.querySelector('[role="alert"]')?.textContent?.includes('不是有效的 JSON'), 'json alert');
    expect(await store.list()).toEqual([sampleProfile()]);
  });

  it('imports a file; an existing id is asked about inline, and 保留两份 keeps both', async () => {
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    mount();
    await waitFor(() => $('#import-file'));
    await pickFile(SAMPLE_TEXT);
    await waitFor(() => root.querySelector('#conflict-question'), 'conflict question');
    expect(root.querySelector('#conflict-question')?.textContent).toContain('“本人”');
    expect((await store.list()).length).toBe(1);
    buttonNamed('保留两份').click();
    await waitFor(() => root.querySelector('.exchange [role="status"].ok'), 'done');
    expect(root.querySelector('.exchange [role="status"].ok')?.textContent).toContain('已从“档案.json”导入 1 份档案');
    const labels = (await store.list()).map((p) => p.label).sort();
    expect(labels).toEqual(['旧的', '本人（导入）'].sort());
    await waitFor(() => $<HTMLInputElement>('#f-basic-name')?.value === '张伟', 'imported profile shown');
  });

  it('exports the active profile as a JSON download named after the applicant', async () => {
    await store.importProfiles([sampleProfile()]);
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    mount();
    await waitFor(() => $<HTMLInputElement>('#f-basic-name')?.value === '张伟');
    buttonNamed('导出档案').click();
    expect(clicks).toEqual(['职称申报档案-张伟-20261126.json']);
    const file = JSON.parse(await blobs[0]!.text()) as JsonRecord;
    expect(file.format).toBe('zcps-assistant/profile');
    expect(file.profiles).toEqual([sampleProfile()]);
    create.mockRestore();
    click.mockRestore();
  });

  it('creates, renames, switches and deletes profiles with inline confirmation', async () => {
    mount();
    await waitFor(() => $('#profile-select'));
    buttonNamed('新建').click();
    const nameInput = await waitFor(() => $<HTMLInputElement>('#profile-name'));
    type(nameInput, '配偶');
    buttonNamed('创建').click();
    await waitFor(() => $<HTMLSelectElement>('#profile-select')?.selectedOptions[0]?.textContent === '配偶', 'new active');
    expect((await store.getActive())?.label).toBe('配偶');

    buttonNamed('重命名').click();
    type(await waitFor(() => $<HTMLInputElement>('#profile-name')), '爱人');
    buttonNamed('保存名称').click();
    await waitFor(async () => (await store.getActive())?.label === '爱人', 'renamed');

    buttonNamed('删除').click();
    const question = await waitFor(() => $('#delete-question'));
    expect(question.textContent).toContain('确定删除档案“爱人”');
    expect((await store.list()).length).toBe(2);
    buttonNamed('确认删除').click();
    await waitFor(async () => (await store.list()).length === 1, 'deleted');
    await waitFor(() => $<HTMLSelectElement>('#profile-select')?.selectedOptions[0]?.textContent === '本人', 'back to 本人');

    const select = $<HTMLSelectElement>('#profile-select')!;
    expect(select.options.length).toBe(1);
  });

  it('choosing another profile makes it the active one (the one the page fills from)', async () => {
    await store.importProfiles([sampleProfile()]);
    const other = (await store.create('配偶')).profile;
    mount();
    await waitFor(() => $<HTMLInputElement>('#f-basic-name')?.value === '张伟');
    choose($<HTMLSelectElement>('#profile-select')!, other.id);
    await waitFor(async () => (await store.getActiveId()) === other.id, 'active switched');
    await waitFor(() => $<HTMLInputElement>('#f-basic-name')?.value === '', 'editor shows the other profile');
  });

  it('the wide tab layout has no 在新标签页中打开 link', async () => {
    mount(true);
    await waitFor(() => $('#f-basic-name'));
    expect($('a.open-tab')).toBeNull();
    expect($('.app.wide')).toBeTruthy();
  });
});

describe('popup: learned field mappings', () => {
  it('lists what the 一键填写 preview learned and deletes one', async () => {
    await store.setMapping({ step: 'basicInfo', label: '联系手机', meaning: 'mobile' });
    await store.setMapping({ step: 'declaration', label: '申报专业方向', meaning: 'major' });
    mount();
    const details = await waitFor(() => $<HTMLDetailsElement>('details.mappings'));
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const items = await waitFor(() =>
      root.querySelectorAll('.mapping-list li').length === 2 ? root.querySelectorAll('.mapping-list li') : null,
    );
    expect(items[0]!.textContent).toContain('个人基本信息 · “联系手机” → 手机号码');
    expect(details.querySelector('summary')!.textContent).toBe('已学习的字段对应（2）');
    root.querySelector<HTMLButtonElement>('button[aria-label="删除“联系手机”的对应"]')!.click();
    await waitFor(() => root.querySelectorAll('.mapping-list li').length === 1, 'one mapping left');
    expect((await store.listMappings()).map((m) => m.label)).toEqual(['申报专业方向']);
  });
});
