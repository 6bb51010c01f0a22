import { describe, expect, it } from 'vitest';
import { classifySender, senderOrigin, type MessageSenderLike } from '../../../lib/profile/senders';
import { FIELD_LABELS } from '../../../lib/profile/field-names';
import { LIST_SECTIONS, isProfileFieldPath } from '../../../lib/profile/field-paths';
import { schemaHasField } from '../../../lib/profile/requests';
import { REQUEST_SENDERS } from '../../../lib/messaging';
import { requestSchema } from '../../../lib/profile/requests';

const OWN = { extensionId: 'abcdef', extensionOrigin: 'chrome-extension://abcdef', platformOrigin: 'https://zcps.rlsbt.zj.gov.cn' };
const tab = { id: 5, url: 'https://zcps.rlsbt.zj.gov.cn/028/client/index.jsp' };

describe('classifySender', () => {
  it.each<[string, MessageSenderLike, string]>([
    ['the popup', { id: 'abcdef', url: 'chrome-extension://abcdef/popup.html', origin: 'chrome-extension://abcdef' }, 'extension'],
    ['the popup opened in a tab', { id: 'abcdef', url: 'chrome-extension://abcdef/popup.html?tab=1', tab: { id: 9 } }, 'extension'],
    [
      'the content script in the wizard frame',
      {
        id: 'abcdef',
        url: 'https://zcps.rlsbt.zj.gov.cn/028/client/declare/info.jsp',
        origin: 'https://zcps.rlsbt.zj.gov.cn',
        tab,
        frameId: 3,
      },
      'platform',
    ],
    [
      'the content script in a src-less frame (Chromium gives the origin)',
      { id: 'abcdef', url: 'about:blank', origin: 'https://zcps.rlsbt.zj.gov.cn', tab, frameId: 4 },
      'platform',
    ],
    [
      'the content script in a src-less frame (no origin: the tab decides)',
      { id: 'abcdef', url: 'about:blank', tab, frameId: 4 },
      'platform',
    ],
    [
      'an http page of the platform host',
      { id: 'abcdef', url: 'http://zcps.rlsbt.zj.gov.cn/028/client/index.jsp', origin: 'http://zcps.rlsbt.zj.gov.cn', tab },
      'unknown',
    ],
    [
      'the platform on another port',
      { id: 'abcdef', url: 'https://zcps.rlsbt.zj.gov.cn:8443/', origin: 'https://zcps.rlsbt.zj.gov.cn:8443', tab },
      'unknown',
    ],
    ['a look-alike host', { id: 'abcdef', url: 'https://zcps.rlsbt.zj.gov.cn.evil.example/', tab }, 'unknown'],
    ['another site', { id: 'abcdef', url: 'https://elsewhere.example.test/', origin: 'https://elsewhere.example.test', tab }, 'unknown'],
    [
      'the platform origin without a tab',
      { id: 'abcdef', url: 'https://zcps.rlsbt.zj.gov.cn/', origin: 'https://zcps.rlsbt.zj.gov.cn' },
      'unknown',
    ],
    ['another extension', { id: 'zzz', url: 'chrome-extension://zzz/page.html', origin: 'chrome-extension://zzz' }, 'unknown'],
    ['another extension posing with our origin', { id: 'zzz', url: 'chrome-extension://abcdef/popup.html' }, 'unknown'],
    ['a sandboxed frame (opaque origin)', { id: 'abcdef', url: 'https://zcps.rlsbt.zj.gov.cn/x', origin: 'null', tab }, 'unknown'],
    ['nothing at all', {}, 'unknown'],
    ['a garbage URL', { id: 'abcdef', url: '::::' }, 'unknown'],
  ])('%s → %s', (_name, sender, kind) => {
    expect(classifySender(sender, OWN)).toBe(kind);
  });

  it('reads a Firefox extension page by its URL', () => {
    const own = { ...OWN, extensionOrigin: 'moz-extension://1234-uuid' };
    expect(senderOrigin({ url: 'moz-extension://1234-uuid/popup.html' })).toBe('moz-extension://1234-uuid');
    expect(classifySender({ id: 'abcdef', url: 'moz-extension://1234-uuid/popup.html' }, own)).toBe('extension');
  });
});

describe('the allow-list table', () => {
  it('names every request type the background parses, and the content script only a few', () => {
    const parsed = requestSchema.options.map((option) => (option.shape.type as unknown as { value: string }).value).sort();
    expect(Object.keys(REQUEST_SENDERS).sort()).toEqual(parsed);
    const forContent = Object.entries(REQUEST_SENDERS)
      .filter(([, who]) => who.includes('platform'))
      .map(([type]) => type)
      .sort();
    expect(forContent).toEqual([
      'features.load',
      'mapping.list',
      'mapping.set',
      'profile.getActive',
      'session.get',
      'session.set',
      'session.setApplicationType',
      'session.setPlan',
    ]);
  });
});

describe('learned mapping paths: the field table and the schema agree', () => {
  const paths = Object.entries(FIELD_LABELS)
    .filter(([section]) => section !== 'profile')
    .flatMap(([section, fields]) =>
      Object.keys(fields).map((field) => (LIST_SECTIONS.has(section) ? `${section}[0].${field}` : `${section}.${field}`)),
    );

  it.each(paths)('%s is a field in both', (path) => {
    expect(isProfileFieldPath(path)).toBe(true);
    const parts = path.match(/[^.[\]]+/g)!.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    expect(schemaHasField(parts)).toBe(true);
  });

  it('the schema has no field the table lacks', () => {
    for (const section of ['basic', 'work', 'declaration']) {
      for (const field of ['name', 'employer', 'selfReport', 'nickname', 'toString']) {
        expect(schemaHasField([section, field])).toBe(isProfileFieldPath(`${section}.${field}`));
      }
    }
    expect(schemaHasField(['basic'])).toBe(false);
    expect(schemaHasField(['education', 'school'])).toBe(false);
    expect(schemaHasField(['education', 0])).toBe(false);
  });
});
