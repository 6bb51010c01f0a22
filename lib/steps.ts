/** The pages of the platform the assistant recognises. */
export const STEPS = [
  'basicInfo', // 个人基本信息
  'archive', // 我的业绩档案 (list and add-entry form)
  'plan', // 评审计划 page with 马上申报
  'photo', // 上传证件照
  'commitment', // 签署个人承诺
  'declaration', // 填写申报信息
  'achievements', // 选择相关业绩
  'attachments', // 上传相关附件
  'preview', // 预览确认提交
  'records', // 我的申报记录 (马上支付)
  'reviewForm', // 评审表 export
  'form', // a platform page with fields we know but no step we recognise
] as const;

export type Step = (typeof STEPS)[number];

/** Chinese names shown in the panel and popup. */
export const STEP_NAMES: Record<Step, string> = {
  basicInfo: '个人基本信息',
  archive: '我的业绩档案',
  plan: '职称评审申报计划',
  photo: '上传证件照',
  commitment: '签署个人承诺',
  declaration: '填写申报信息',
  achievements: '选择相关业绩',
  attachments: '上传相关附件',
  preview: '预览确认提交',
  records: '我的申报记录',
  reviewForm: '导出评审表',
  form: '平台表单',
};

/** The wizard's steps in order; findings of earlier ones feed submit.unresolved. */
export const WIZARD_STEPS: readonly Step[] = ['photo', 'commitment', 'declaration', 'achievements', 'attachments', 'preview'];
