/**
 * Only the applicant drives the assistant. A script of the platform page (an
 * XSS, a third-party script) can reach every button of the panel (an open
 * shadow root) and of the photo gate; here it calls .click() and dispatches
 * synthetic events at each of them, and nothing happens. Playwright's real
 * clicks (trusted input) then do the same things. The preview a page script
 * can read shows the ID number masked.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect, platformUrl, message } from './fixtures';
import { makePhoto } from '../fixtures/photos';

const SAMPLE = readFileSync('tests/fixtures/profile.sample.json', 'utf8');
const SAMPLE_ID = 'sample-zhang-wei';
const SAMPLE_ID_NUMBER = (JSON.parse(SAMPLE) as { profiles: Array<{ basic: { idNumber: string } }> }).profiles[0]!.basic.idNumber;

async function wizardFrame(page: Page, step: string): Promise<Frame> {
  await page.goto(platformUrl(`/028/client/index.jsp#${step}`));
  await expect(page.frameLocator('iframe[name=mainFrame]').locator('#zcps-assistant-panel')).toHaveCount(1);
  const frame = page.frame({ name: 'mainFrame' });
  if (!frame) throw new Error('no mainFrame');
  return frame;
}

/**
 * What a hostile page script does, in the page's own world: finds the
 * assistant's buttons by their text, in the open shadow root and in the
 * page, and clicks them every way a script can. Returns how many it hit.
 */
function scriptClicks(frame: Frame, names: string[]): Promise<number> {
  return frame.evaluate((wanted) => {
    const root = document.getElementById('zcps-assistant-panel')?.shadowRoot;
    const all = [...(root?.querySelectorAll('button, a') ?? []), ...document.querySelectorAll('button')] as HTMLElement[];
    let hit = 0;
    for (const el of all) {
      if (!wanted.includes((el.textContent ?? '').trim())) continue;
      hit++;
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      el.focus();
    }
    return hit;
  }, names);
}

function panel(frame: Frame): Locator {
  return frame.locator('#zcps-assistant-panel');
}

test.describe('a page script cannot drive the assistant', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeEach(async ({ context, extensionId }) => {
    expect(await message(context, extensionId, { type: 'profile.import', text: SAMPLE, onConflict: 'replace' })).toMatchObject({
      type: 'profile.imported',
    });
  });
  test.afterEach(async ({ context, extensionId }) => {
    await message(context, extensionId, { type: 'profile.delete', id: SAMPLE_ID });
  });

  test('一键填写, 确认填写, 撤销, the ticks, a mapping choice and 收起: scripted clicks do nothing, real ones work', async ({
    page,
    context,
    extensionId,
    pageErrors,
  }) => {
    const frame = await wizardFrame(page, 'basicInfo');
    const fill = panel(frame).getByRole('button', { name: '一键填写' });
    await expect(fill).toBeEnabled();

    // 一键填写 and 收起 by script: no preview, still open.
    expect(await scriptClicks(frame, ['一键填写', '收起'])).toBe(2);
    await frame.waitForTimeout(400);
    await expect(panel(frame).locator('.fill-preview')).toHaveCount(0);
    await expect(panel(frame).getByRole('button', { name: '收起' })).toBeVisible();

    // A field no vocabulary knows, so that the preview offers a mapping choice for it.
    await frame.evaluate(() => {
      const row = document.createElement('tr');
      const label = document.createElement('td');
      label.textContent = '单位内部工号：';
      const cell = document.createElement('td');
      const input = document.createElement('input');
      input.id = 'staff-number';
      cell.append(input);
      row.append(label, cell);
      document.getElementById('column15')!.closest('tbody')!.append(row);
    });

    // The applicant typed a mobile number of their own (the preview offers the profile's unticked), then opens the preview.
    await frame.locator('#column15').fill('13900000000');
    await fill.click();
    const preview = panel(frame).locator('.fill-preview');
    await expect(preview).toBeVisible();

    // The preview, as a page script can read it, shows the ID number masked.
    const readable = await frame.evaluate(() => document.getElementById('zcps-assistant-panel')?.shadowRoot?.textContent ?? '');
    expect(readable).toContain(`${SAMPLE_ID_NUMBER.slice(0, 6)}********${SAMPLE_ID_NUMBER.slice(-4)}`);
    expect(readable).not.toContain(SAMPLE_ID_NUMBER);

    // A script ticks the unticked overwrite of 手机号码 (both ways it can) and plants a mapping for an unknown field.
    const unknownLabel = await preview.locator('tr', { hasText: '未识别的字段' }).first().getAttribute('data-label');
    expect(unknownLabel).toBeTruthy();
    await frame.evaluate((label) => {
      const root = document.getElementById('zcps-assistant-panel')!.shadowRoot!;
      const row = [...root.querySelectorAll<HTMLTableRowElement>('.fill-preview tr')].find((r) => r.dataset.label === label)!;
      const map = row.querySelector('select')!;
      map.value = 'idNumber';
      map.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      map.dispatchEvent(new Event('change', { bubbles: true }));
      row.querySelector<HTMLButtonElement>('button')!.click();
    }, unknownLabel);
    await expect(preview.locator(`tr[data-label="${unknownLabel}"]`)).toHaveAttribute('data-action', 'skip');
    const listed = (await message(context, extensionId, { type: 'mapping.list' })) as { mappings: unknown[] };
    expect(listed.mappings).toEqual([]);

    // 确认填写 by script: nothing written.
    expect(await scriptClicks(frame, ['确认填写'])).toBe(1);
    await frame.waitForTimeout(400);
    await expect(frame.locator('#column3')).toHaveValue('');
    await expect(panel(frame).locator('.fill-summary')).toHaveCount(0);

    // A box ticked by a script: by a click it is put back; set silently, the applicant's 确认填写 refuses and says so.
    const mobileBox = preview.locator('tr[data-label="手机号码"] input[type=checkbox]');
    await expect(mobileBox).not.toBeChecked();
    await mobileBox.evaluate((box: HTMLInputElement) => box.click());
    await expect(mobileBox).not.toBeChecked();
    // The sly way: tick it silently at the very moment the applicant presses 确认填写.
    await frame.evaluate(() => {
      const root = document.getElementById('zcps-assistant-panel')!.shadowRoot!;
      root.addEventListener(
        'pointerdown',
        () => {
          const row = [...root.querySelectorAll<HTMLTableRowElement>('.fill-preview tr')].find((r) => r.dataset.label === '手机号码');
          const box = row?.querySelector<HTMLInputElement>('input[type=checkbox]');
          if (box) box.checked = true;
        },
        { capture: true, once: true },
      );
    });
    await panel(frame).getByRole('button', { name: '确认填写' }).click();
    await expect(panel(frame).locator('.fill-notice[role=alert]')).toContainText('被页面上的脚本改动过');
    await expect(frame.locator('#column3')).toHaveValue('');
    await expect(panel(frame).locator('.fill-preview tr[data-label="手机号码"] input[type=checkbox]')).not.toBeChecked();

    // The applicant's own 确认填写 fills what they ticked: their own mobile number stays.
    await panel(frame).getByRole('button', { name: '确认填写' }).click();
    await expect(frame.locator('#column3')).toHaveValue('张伟');
    await expect(frame.locator('#column15')).toHaveValue('13900000000');
    await expect(panel(frame).locator('.fill-summary')).toBeVisible();

    // 撤销 by script: the values stay.
    expect(await scriptClicks(frame, ['撤销'])).toBe(1);
    await frame.waitForTimeout(400);
    await expect(frame.locator('#column3')).toHaveValue('张伟');
    await panel(frame).getByRole('button', { name: '撤销' }).click();
    await expect(frame.locator('#column3')).toHaveValue('');

    // 收起 by a real click works.
    await panel(frame).getByRole('button', { name: '收起' }).click();
    await expect(panel(frame).getByRole('button', { name: '展开' })).toBeVisible();
    await panel(frame).getByRole('button', { name: '展开' }).click();
    expect(pageErrors).toEqual([]);
  });

  test('修正照片, 使用修正后的照片 and 仍然使用原图: scripted clicks upload nothing, real ones do', async ({ page, site, pageErrors }) => {
    const frame = await wizardFrame(page, 'photo');
    await expect(frame.locator('input[type=file]')).toHaveCount(1);
    await frame
      .locator('input[type=file]')
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await makePhoto('orientation6') });
    const fix = frame.getByRole('button', { name: '修正照片', exact: true });
    await expect(fix).toBeVisible();

    expect(await scriptClicks(frame, ['修正照片', '仍然使用原图'])).toBe(2);
    await frame.waitForTimeout(800);
    expect(site.uploads()).toEqual([]);
    await expect(frame.getByRole('button', { name: '使用修正后的照片' })).toHaveCount(0);

    await fix.click();
    const use = frame.getByRole('button', { name: '使用修正后的照片', exact: true });
    await expect(use).toBeVisible({ timeout: 20_000 });
    expect(await scriptClicks(frame, ['使用修正后的照片', '仍然使用原图'])).toBe(2);
    await frame.waitForTimeout(800);
    expect(site.uploads()).toEqual([]);

    await use.click();
    await expect.poll(() => site.uploads().length).toBe(1);
    expect(site.uploads()[0]?.filename).toBe('IMG_0001.jpg');
    expect(pageErrors).toEqual([]);
  });
});
