/**
 * The platform the assistant serves: one host, https only (the guide gives
 * the https address; an http page under that name could be anyone's).
 * wxt.config.ts builds the manifest's match pattern and host permission
 * from these; the background tells the content script's messages by this origin.
 */
export const PLATFORM_HOST = 'zcps.rlsbt.zj.gov.cn';
export const PLATFORM_ORIGIN = `https://${PLATFORM_HOST}`;
export const PLATFORM_MATCH = `${PLATFORM_ORIGIN}/*`;
