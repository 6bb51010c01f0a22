import { GUIDE_PHOTO_LIMITS } from './photo-limits';
import type { Plan } from './types';

/**
 * The following year, assuming the 2024 guide carries over with its dates
 * moved by one year. Exists to prove that a new year is data only.
 */
export const HZ_MANUFACTURING_ENGINEER_2025: Plan = {
  id: 'hz-manufacturing-engineer-2025',
  name: '2025年度杭州市制造业专业工程师资格评审申报计划',
  year: 2025,
  workYearsCutoff: '2025-12-31',
  assessmentYears: [2022, 2023, 2024],
  appointmentYears: 4,
  paperDeadline: '2025-09-30',
  reportLimit: 1000,
  reportWarnAbove: 950,
  achievementsHint: 5,
  photo: GUIDE_PHOTO_LIMITS,
  majors: [],
};
