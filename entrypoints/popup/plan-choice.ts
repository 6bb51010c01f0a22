/**
 * The plan chosen by hand in the popup, kept in extension storage where the
 * on-page assistant reads it (and follows changes). '' or nothing = 自动识别.
 */
import { browser } from 'wxt/browser';

export const PLAN_CHOICE_KEY = 'planId';

export interface PlanChoiceStore {
  get(): Promise<string>;
  set(id: string): Promise<void>;
}

export const browserPlanChoice: PlanChoiceStore = {
  async get() {
    try {
      const value = (await browser.storage.local.get(PLAN_CHOICE_KEY))[PLAN_CHOICE_KEY];
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  },
  async set(id) {
    await browser.storage.local.set({ [PLAN_CHOICE_KEY]: id });
  },
};
