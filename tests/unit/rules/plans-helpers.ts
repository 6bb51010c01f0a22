/** The plan API the plan tests use, with the guide's plan under a short name. */
export * from '../../../lib/rules/plans';
export { HZ_MANUFACTURING_ENGINEER_2024 as HZ_2024 } from '../../../lib/rules/plans/hz-manufacturing-engineer-2024';
