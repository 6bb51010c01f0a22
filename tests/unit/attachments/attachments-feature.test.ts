// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { featureNamed } from '../../../lib/features';
import { pageApplicationType } from '../../../lib/attachments/page-type';
import { buildPdf } from './pdf-builder';
import { hints, mount, replicaBody, settle, type Mounted } from './harness';

let mounted: Mounted | undefined;

beforeEach(() => {
  document.body.innerHTML = replicaBody('declare/attach.jsp');
});
afterEach(() => {
  mounted?.stop();
  mounted = undefined;
  document.body.innerHTML = '';
});

const status = (slot: string) => document.querySelector<HTMLElement>(`.zcps-slot-status[data-slot="${slot}"]`);
const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** The applicant chooses files; the page lists them after "uploading", as the replica does. */
async function choose(name: string, files: File[], representative = false): Promise<void> {
  const el = input(name);
  Object.defineProperty(el, 'files', { value: files, configurable: true });
  el.dispatchEvent(new Event('change', { bubbles: true }));
  const list = el.parentElement!.querySelector('.file-list')!;
  for (const file of files) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.textContent = file.name;
    li.append(link);
    if (el.dataset.representative) {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = `${name}_dbz`;
      radio.checked = representative;
      label.append(radio, ' 设为代表作');
      li.append(label);
    }
    list.append(li);
  }
  await settle();
}

function pdf(name: string, pages = 1): File {
  return new File([buildPdf({ pages }) as BlobPart], name, { type: 'application/pdf' });
}

describe('上传相关附件: slot status per application type', () => {
  it('正常申报: the 聘书 is required, the 破格 审批表 is not on the page', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    expect(status('appointment')?.textContent).toBe('必传 · 未上传');
    expect(status('appointment')?.dataset.need).toBe('required');
    expect(status('contract')?.textContent).toBe('必传 · 未上传');
    expect(status('education')?.dataset.need).toBe('optional');
    expect(status('exceptional')).toBeNull();
  });

  it('破格申报: the 审批表 is required and the 聘书 not needed', async () => {
    document.getElementById('slotExceptional')!.style.display = '';
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '破格申报' });
    expect(status('exceptional')?.textContent).toBe('必传 · 未上传');
    expect(status('appointment')?.textContent).toBe('无需上传 · 仅正常申报需要');
    // the status follows the slot's upload button and its hidden input
    expect(status('exceptional')?.previousElementSibling).toBe(input('column57'));
    expect(input('column57').previousElementSibling?.textContent).toBe('上传文件');
  });

  it('the type the page states wins over the remembered one', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<p>申报类型：<b>破格申报</b></p>');
    expect(pageApplicationType(document)).toBe('破格申报');
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    expect(status('appointment')?.dataset.need).toBe('none');
  });

  it('an unknown type says so', async () => {
    mounted = await mount([featureNamed('attachments')]);
    expect(status('appointment')?.textContent).toBe('正常申报必传 · 未识别申报类型');
  });
});

describe('上传相关附件: findings', () => {
  it('missing slots are errors after the first input, placed after the upload button', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    expect(hints('attachment.contract')).toHaveLength(0);
    await choose('column51', [pdf('学历.pdf')]);
    const [contract] = hints('attachment.contract');
    expect(contract?.previousElementSibling).toBe(input('column53'));
    expect(contract?.nextElementSibling).toBe(status('contract'));
    expect(contract?.getAttribute('role')).toBe('alert');
    expect(hints('attachment.appointment')).toHaveLength(1);
    expect(hints('attachment.exceptional')).toHaveLength(0);
    await choose('column53', [pdf('劳动合同.pdf')]);
    expect(hints('attachment.contract')).toHaveLength(0);
    expect(status('contract')?.textContent).toBe('必传 · 已上传 1 个文件');
  });

  it('every bad file gets its own attachment.file hint; a good one none', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], '社保证明.pdf');
    const empty = new File([], '社保2023.pdf');
    await choose('column54', [png, empty, pdf('社保2022.pdf')]);
    const messages = hints('attachment.file').map((h) => h.textContent);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('PNG');
    expect(messages[1]).toContain('空文件');
    expect(input('column54').getAttribute('aria-invalid')).toBe('true');
  });

  it('a paper scan gets the 刊号/目录 reminder, and exactly one 代表作 is asked for', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    await choose('column56', [pdf('论文-机械工程学报.pdf', 5), pdf('可行性研究报告.pdf', 3)]);
    expect(hints('attachment.paper')).toHaveLength(1);
    expect(hints('attachment.paper')[0]?.textContent).toContain('刊号');
    expect(hints('attachment.representative')[0]?.textContent).toContain('当前 0 篇');
    const radios = document.querySelectorAll<HTMLInputElement>('input[name="column56_dbz"]');
    radios[0]!.checked = true;
    radios[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(hints('attachment.representative')).toHaveLength(0);
    radios[1]!.type = 'checkbox'; // a page with checkboxes could allow two
    radios[1]!.checked = true;
    radios[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(hints('attachment.representative')[0]?.textContent).toContain('当前 2 篇');
  });

  it('the page upload is not delayed: the change reaches the page at once, unchanged', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    const seen: string[] = [];
    input('column53').addEventListener('change', (e) => seen.push((e.target as HTMLInputElement).files?.[0]?.name ?? ''));
    const el = input('column53');
    Object.defineProperty(el, 'files', { value: [pdf('合同.pdf')], configurable: true });
    el.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toEqual(['合同.pdf']);
  });

  it('removes its status and hints when the step ends', async () => {
    mounted = await mount([featureNamed('attachments')], { findings: {}, applicationType: '正常申报' });
    await choose('column54', [new File([], 'x.pdf')]);
    expect(document.querySelectorAll('[data-zcps-own]').length).toBeGreaterThan(0);
    mounted.stop();
    expect(document.querySelectorAll('.zcps-slot-status, [data-rule]')).toHaveLength(0);
  });
});
