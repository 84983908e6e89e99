import { describe, expect, it } from 'vitest';
import { Branch } from './fixtures.ts';

/** Issue 19.17: the teller who accepts a VIP-room call leaves their counter 暂离 until the visit ends. */
function tellerPagedAtC2(): Branch {
  const b = new Branch();
  b.do({ type: 'counter:signOn', actorId: 'u1', counterId: 'c2', tellerId: 'u1', tellerName: '张三' });
  b.do({ type: 'vipVisit:start', actorId: 'l', visitId: 'v1', roomId: 'room1', ticketId: null, note: '' });
  b.do({ type: 'vipVisit:page', actorId: 'l', visitId: 'v1', staffId: 'u1' });
  return b;
}

describe('a teller in a VIP room', () => {
  it('accepting the call makes the counter away and says so in the events', () => {
    const b = tellerPagedAtC2();
    const r = b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    expect(b.counter('c2')).toMatchObject({ status: 'paused', pauseReason: 'vipRoom' });
    expect(r.events.map((e) => [e.type, e.counterId])).toEqual([
      ['vipVisit:accepted', null],
      ['counter:paused', 'c2'],
    ]);
  });

  it('an away counter is not callable and is not resumed by hand', () => {
    const b = tellerPagedAtC2();
    b.issue('A');
    b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    const call = b.try({ type: 'counter:callNext', actorId: 'u1', counterId: 'c2' });
    expect(call).toMatchObject({ ok: false, code: 'COUNTER_AWAY' });
    expect(b.try({ type: 'counter:resume', actorId: 'l', counterId: 'c2' })).toMatchObject({
      ok: false,
      code: 'COUNTER_AWAY',
    });
  });

  it('finishing the visit gives the counter back open and callable', () => {
    const b = tellerPagedAtC2();
    const t = b.issue('A');
    b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    b.advance(60_000);
    const r = b.do({ type: 'vipVisit:finish', actorId: 'u1', visitId: 'v1', staffId: 'u1', floor: false });
    expect(r.events.map((e) => e.type)).toEqual(['vipVisit:finished', 'counter:resumed']);
    expect(b.counter('c2')).toMatchObject({ status: 'open', pauseReason: null, idleSince: b.now });
    expect(b.call('c2')).toBe(t);
  });

  it('the lobby finishing the visit also brings the counter back', () => {
    const b = tellerPagedAtC2();
    b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    b.do({ type: 'vipVisit:finish', actorId: 'l', visitId: 'v1', staffId: 'l', floor: true });
    expect(b.counter('c2').status).toBe('open');
  });

  it('a counter paused for a break stays paused for the break, before and after', () => {
    const b = tellerPagedAtC2();
    b.do({ type: 'counter:pause', actorId: 'u1', counterId: 'c2', reason: 'break', note: '' });
    const r = b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    expect(r.events.map((e) => e.type)).toEqual(['vipVisit:accepted']);
    b.do({ type: 'vipVisit:finish', actorId: 'u1', visitId: 'v1', staffId: 'u1', floor: false });
    expect(b.counter('c2')).toMatchObject({ status: 'paused', pauseReason: 'break' });
  });

  it('a teller who signed off while away leaves the counter closed', () => {
    const b = tellerPagedAtC2();
    b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
    b.do({ type: 'counter:signOff', actorId: 'u1', counterId: 'c2' });
    b.do({ type: 'vipVisit:finish', actorId: 'u1', visitId: 'v1', staffId: 'u1', floor: false });
    expect(b.counter('c2').status).toBe('closed');
  });
});
