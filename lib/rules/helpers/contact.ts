/** Contact data of 个人基本信息. Values are checked as written (after trimming). */

/** Mainland mobile number: 11 digits starting 1[3-9]. */
export function isMobile(text: string): boolean {
  return /^1[3-9]\d{9}$/u.test(text.trim());
}

/**
 * An e-mail address: a local part without leading, trailing or doubled dots,
 * @, and a domain of dot-separated labels ending in a 2+ letter top level.
 * ASCII only: a full-width ＠ or 。 is an error the applicant must see.
 */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/u;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}
