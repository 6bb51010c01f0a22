/** 签署个人承诺 (二.2): a reminder; the signing happens on the applicant's phone. */
import { defineRule } from './define';
import type { ReminderInput } from './types';

export const commitmentSign = defineRule(
  {
    id: 'commitment.sign',
    level: 'info',
    family: 'commitment',
    scope: 'platform',
    input: 'reminder',
    steps: ['commitment'],
    guide: '二.2',
    docs: {
      zh: '提醒：扫描二维码在线签署《专业技术资格申报材料真实性保证书》，字迹端正清晰，再点击“下一步”。',
      en: 'Reminder: scan the QR code and sign the declaration of truthfulness online, upright and clear, before 下一步.',
    },
    messages: {
      remind: {
        zh: '请用手机扫描页面上的二维码，在线签署《专业技术资格申报材料真实性保证书》，字迹要端正清晰；签署成功后再点击“下一步”',
        en: 'Scan the QR code on this page with your phone and sign the 《专业技术资格申报材料真实性保证书》 online, in upright, clear handwriting; click 下一步 only after it succeeded',
      },
    },
  },
  (_input: ReminderInput, _plan, say) => [say('remind', { target: 'page' })],
);

export const COMMITMENT_RULES = [commitmentSign] as const;
