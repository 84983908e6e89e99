import { describe, expect, it } from 'vitest';
import type { MobileTicketView } from '@lobby/shared';
import { createMobileStore } from './mobile-store.ts';
import { startMobileLive, type MobileSocket } from './mobile-live.ts';

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
  asOf: 1000 + (ahead ?? 50),
});

/** Just the socket.io client surface the page uses, driven by the test. */
class FakeSocket {
  readonly handlers = new Map<string, ((arg: never) => void)[]>();
  connects = 0;
  closed = false;
  on(event: string, fn: (arg: never) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  emit(event: string, arg: unknown) {
    for (const fn of this.handlers.get(event) ?? []) fn(arg as never);
  }
  connect() {
    this.connects += 1;
    return this;
  }
  close() {
    this.closed = true;
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
}

function live() {
  const store = createMobileStore();
  const socket = new FakeSocket();
  const stop = startMobileLive(store, socket as unknown as MobileSocket);
  return { store, socket, stop };
}

describe('startMobileLive', () => {
  it('shows every pushed view at once, as of the branch clock the server made it on', () => {
    const { store, socket } = live();
    expect(store.getState()).toMatchObject({ loading: true, view: null });
    socket.emit('ticket:view', view('waiting', 3));
    expect(store.getState()).toMatchObject({ loading: false, problem: 'none', view: { ahead: 3 }, updatedAt: 1003 });
    socket.emit('ticket:view', view('called', null));
    expect(store.getState()).toMatchObject({ view: { status: 'called' }, updatedAt: 1050 });
  });

  it('keeps the last good view while the connection is lost, and clears the banner on the next view', () => {
    const { store, socket } = live();
    socket.emit('ticket:view', view('waiting', 1));
    socket.emit('disconnect', 'transport close');
    expect(store.getState()).toMatchObject({ problem: 'network', view: { status: 'waiting' } });
    expect(socket.connects).toBe(0);
    socket.emit('connect_error', new Error('xhr poll error'));
    expect(store.getState()).toMatchObject({ problem: 'network', view: { status: 'waiting' } });
    expect(socket.closed).toBe(false);
    socket.emit('ticket:view', view('waiting', 0));
    expect(store.getState()).toMatchObject({ problem: 'none', view: { ahead: 0 } });
  });

  it('asks again after a server-side disconnect (socket.io does not reconnect by itself then)', () => {
    const { socket } = live();
    socket.emit('disconnect', 'io server disconnect');
    expect(socket.connects).toBe(1);
  });

  it('says not found and stops when the server refuses the token', () => {
    const { store, socket } = live();
    socket.emit('connect_error', new Error('NOT_FOUND'));
    expect(store.getState()).toMatchObject({ problem: 'not_found', view: null, loading: false });
    expect(socket.closed).toBe(true);
  });

  it('stop() unbinds and closes the socket', () => {
    const { store, socket, stop } = live();
    stop();
    expect(socket.closed).toBe(true);
    socket.emit('ticket:view', view('waiting', 2));
    expect(store.getState().view).toBeNull();
  });
});
