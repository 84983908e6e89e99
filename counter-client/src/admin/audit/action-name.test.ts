import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ADMIN_ACTIONS, QUEUE_EVENT_TYPES } from '@lobby/shared';
import { adminResources } from '../i18n.ts';
import { auditActionKey, auditActionName, auditReasonText } from './action-name.ts';

function lookup(resources: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      resources,
    );
}

describe('audit action names', () => {
  const actions = [...QUEUE_EVENT_TYPES, ...ADMIN_ACTIONS];

  it('names every queue event and admin action in Chinese and English', () => {
    for (const lang of ['zh', 'en'] as const) {
      const unnamed = actions.filter((a) => typeof lookup(adminResources[lang], auditActionKey(a)) !== 'string');
      expect(unnamed, `${lang} has no name for`).toEqual([]);
    }
  });

  it('shows the name in the UI language and an unknown action by its code', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'zh',
      resources: { zh: { admin: adminResources.zh }, en: { admin: adminResources.en } },
      ns: ['admin'],
      defaultNS: 'admin',
      initAsync: false,
      showSupportNotice: false,
    });
    const t = i18n.getFixedT('zh', 'admin');
    expect(auditActionName(t, 'ticket:cancelled')).toBe('取消');
    expect(auditActionName(t, 'staff:passwordReset')).toBe('重置密码');
    expect(auditActionName(i18n.getFixedT('en', 'admin'), 'lane:paused')).toBe('Ticket issue paused');
    expect(auditActionName(t, 'robot:arrived')).toBe('robot:arrived');
  });

  it('names a counter pause reason stored by its code, and leaves typed reasons alone (19.23)', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      lng: 'zh',
      resources: { zh: { admin: adminResources.zh }, en: { admin: adminResources.en } },
      ns: ['admin'],
      defaultNS: 'admin',
      initAsync: false,
      showSupportNotice: false,
    });
    const zh = i18n.getFixedT('zh', 'admin');
    const en = i18n.getFixedT('en', 'admin');
    expect(auditReasonText(zh, 'counter:paused', 'phone')).toBe('接听电话');
    expect(auditReasonText(zh, 'counter:paused', 'break: 10 分钟')).toBe('休息：10 分钟');
    expect(auditReasonText(en, 'counter:paused', 'handover')).toBe('Handover');
    expect(auditReasonText(zh, 'counter:paused', 'lunch')).toBe('lunch');
    expect(auditReasonText(zh, 'ticket:cancelled', 'phone')).toBe('phone');
    // How a retention purge ran is a code too.
    expect(auditReasonText(zh, 'retention:purge', 'daily')).toBe('每日自动执行');
    expect(auditReasonText(zh, 'retention:purge', 'on demand')).toBe('管理员手动执行');
    expect(auditReasonText(en, 'retention:purge', 'daily')).toBe('Daily, automatic');
  });
});
