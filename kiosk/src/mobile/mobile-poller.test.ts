import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MobileTicketView } from '@lobby/shared';
import { createMobileStore } from './mobile-store.ts';
import { startMobilePolling } from './mobile-poller.ts';
import { FINAL_POLL_MS, POLL_MS } from './mobile-api.ts';

const view = (status: MobileTicketView['status'], ahead: number | null): MobileTicketView => ({
  number: 'A012',
  laneName: { zh: '个人业务', en: 'Personal' },
  businessTypeName: { zh: '存取款', en: 'Cash' },
  status,
  counterNumber: null,
  counterName: null,
  ahead,
  estimate: null,
  issuedAt: 0,
  businessDate: '2026-11-24',
  branchName: { zh: '支行', en: 'Branch' },
  timeZone: 'Asia/Shanghai',
  remote: null,
  appointment: null,
});

function fakeDoc() {
  const target = new EventTarget() as EventTarget & { visibilityState: string };
  target.visibilityState = 'visible';
  return target;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('startMobilePolling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('polls every 5 s and keeps the store current', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(view('waiting', 3)))
      .mockResolvedValue(json(view('waiting', 2)));
    vi.stubGlobal('fetch', fetchMock);
    const store = createMobileStore();
    const stop = startMobilePolling(store, 'tok_0123456789abcdef', fakeDoc() as unknown as Document);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().view?.ahead).toBe(3);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/tickets/tok_0123456789abcdef');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.getState().view?.ahead).toBe(2);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refreshes at once when the phone returns to the page', async () => {
    const fetchMock = vi.fn().mockImplementation(async () => json(view('waiting', 1)));
    vi.stubGlobal('fetch', fetchMock);
    const doc = fakeDoc();
    const stop = startMobilePolling(createMobileStore(), 'tok_0123456789abcdef', doc as unknown as Document);
    await vi.advanceTimersByTimeAsync(0);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    stop();
  });

  it('keeps the last good view through a network error, reports 404, and slows down once the ticket is done', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(view('waiting', 1)))
      .mockRejectedValueOnce(new TypeError('network'))
      .mockResolvedValueOnce(json(view('done', null)))
      .mockResolvedValue(json({ ok: false, code: 'NOT_FOUND' }, 404));
    vi.stubGlobal('fetch', fetchMock);
    const store = createMobileStore();
    const stop = startMobilePolling(store, 'tok_0123456789abcdef', fakeDoc() as unknown as Document);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.getState()).toMatchObject({ problem: 'network', view: { status: 'waiting' } });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(store.getState()).toMatchObject({ problem: 'none', view: { status: 'done' } });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(FINAL_POLL_MS);
    expect(store.getState().problem).toBe('not_found');
    stop();
  });
});
