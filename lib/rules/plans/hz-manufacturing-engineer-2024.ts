import { GUIDE_PHOTO_LIMITS } from './photo-limits';
import type { Plan } from './types';

/** The plan of the guide (附件2 工程师资格个人申报流程); every number below is the guide's. */
export const HZ_MANUFACTURING_ENGINEER_2024: Plan = {
  id: 'hz-manufacturing-engineer-2024',
  name: '2024年度杭州市制造业专业工程师资格评审申报计划',
  year: 2024,
  basis: 'data',
  followsGuide: true,
  workYearsCutoff: '2024-12-31',
  assessmentYears: [2021, 2022, 2023],
  appointmentYears: 4,
  paperDeadline: '2024-09-30',
  reportLimit: 1000,
  reportWarnAbove: 950,
  achievementsHint: 5,
  photo: GUIDE_PHOTO_LIMITS,
  majors: [],
};
