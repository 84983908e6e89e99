import { describe, expect, it } from 'vitest';
import type { CallAnnouncement, PublicQueueEvent, VoiceSettings } from '@lobby/shared';
import { announcementsFor } from './announcement.ts';

const voice: VoiceSettings = { enabled: true, repeat: 2, volume: 1, rate: 1, chime: true };
const prefixOf = (id: string) => ({ A: 'A', B: 'B', V: 'V' })[id];
const call = (laneId: string, number: string, recall = 0): CallAnnouncement => ({
  ticketId: number,
  number,
  laneId,
  counterId: 'c3',
  counterNumber: 3,
  counterName: { zh: '3号窗口', en: 'Counter 3' },
  at: 1,
  recall,
});
const ev = (type: PublicQueueEvent['type'], extra: Partial<PublicQueueEvent> = {}): PublicQueueEvent => ({
  seq: 1,
  type,
  at: 1,
  businessDate: 'd',
  lanes: [],
  audience: 'public',
  ...extra,
});

describe('announcementsFor', () => {
  it('turns a call into the Mandarin text and its clips, repeated per config', () => {
    const [a] = announcementsFor(ev('ticket:called', { call: call('A', 'A023') }), { voice, lanes: null, prefixOf });
    expect(a).toEqual({
      kind: 'call',
      text: '请 A 零 二 三 号 到 3 号窗口',
      clips: ['qing', 'letter-a', 'digit-0', 'digit-2', 'digit-3', 'hao', 'dao', 'digit-3', 'hao-chuangkou'],
      repeat: 2,
    });
  });

  it('says a recall again', () => {
    expect(
      announcementsFor(ev('ticket:recalled', { call: call('A', 'A023', 1) }), { voice, lanes: null, prefixOf })[0]
        ?.kind,
    ).toBe('recall');
  });

  it('stays silent for lanes this screen does not show and when voice is off', () => {
    const e = ev('ticket:called', { call: call('A', 'A023') });
    expect(announcementsFor(e, { voice, lanes: ['B', 'V'], prefixOf })).toEqual([]);
    expect(announcementsFor(e, { voice: { ...voice, enabled: false }, lanes: null, prefixOf })).toEqual([]);
  });

  it('speaks hall messages only when asked to, and the emergency message', () => {
    const msg = (speak: boolean) =>
      ev('hall:broadcasted', { message: { id: 'm', text: '请保管好财物', speak, at: 1, expiresAt: 600_001 } });
    expect(announcementsFor(msg(false), { voice, lanes: null, prefixOf })).toEqual([]);
    expect(announcementsFor(msg(true), { voice, lanes: null, prefixOf })[0]).toMatchObject({
      kind: 'message',
      text: '请保管好财物',
      clips: null,
      fallbackClips: ['notice-message'],
    });
    const emergency = ev('emergency:started', { emergency: { active: true, message: '请有序离开', since: 1 } });
    expect(announcementsFor(emergency, { voice, lanes: null, prefixOf })[0]).toMatchObject({
      kind: 'emergency',
      text: '请有序离开',
      fallbackClips: ['notice-emergency'],
    });
  });

  it('ignores events that call nobody', () => {
    expect(announcementsFor(ev('ticket:issued'), { voice, lanes: null, prefixOf })).toEqual([]);
  });
});
