import { BOOKING_ROUTES, callRoute, normalisePhone, type UiLanguage } from '@lobby/shared';
import type { BookingFormStore, BookingMode } from './booking-store.ts';
import { rememberPhoneTicket } from './phone-tickets.ts';

/** What the page does besides the store: where to go after a phone ticket, and fetch. */
export interface BookingEnv {
  fetch?: typeof fetch;
  storage: Storage;
  go(path: string): void;
}

/**
 * The public booking page's actions. Every failure lands in the store as a closed error code
 * (shown in the customer's language); nothing throws.
 */
export function bookingActions(store: BookingFormStore, env: BookingEnv) {
  const opts = env.fetch ? { fetch: env.fetch } : {};
  const set = store.setState;

  async function loadSlots(businessTypeId: string, date: string) {
    const r = await callRoute(BOOKING_ROUTES.slots, { query: { businessTypeId, date } }, opts);
    const s = store.getState();
    if (s.businessTypeId !== businessTypeId || s.date !== date) return; // the customer moved on
    if (r.ok) set({ day: r.data });
    else set({ error: r.code, day: null });
  }

  return {
    async load() {
      const r = await callRoute(BOOKING_ROUTES.catalogue, {}, opts);
      if (!r.ok) return set({ error: r.code });
      const c = r.data;
      set({ catalogue: c, mode: c.appointments && c.types.length > 0 ? 'book' : 'remote', error: null });
    },
    chooseMode(mode: BookingMode) {
      set({ mode, businessTypeId: null, laneId: null, date: null, day: null, slotStart: null, error: null });
    },
    async chooseType(businessTypeId: string, laneId: string | null = null) {
      const s = store.getState();
      if (s.mode === 'remote') return set({ businessTypeId, laneId, error: null });
      const type = s.catalogue?.types.find((t) => t.businessTypeId === businessTypeId);
      const date = type?.days[0] ?? null;
      set({ businessTypeId, laneId: null, date, day: null, slotStart: null, error: null });
      if (date) await loadSlots(businessTypeId, date);
    },
    async chooseDate(date: string) {
      const { businessTypeId } = store.getState();
      set({ date, day: null, slotStart: null, error: null });
      if (businessTypeId) await loadSlots(businessTypeId, date);
    },
    chooseSlot(slotStart: number) {
      set({ slotStart, error: null });
    },
    setPhone(phone: string) {
      set({ phone, error: null });
    },
    setCode(code: string) {
      set({ code, error: null });
    },
    async sendCode(lang: UiLanguage) {
      const s = store.getState();
      const phone = normalisePhone(s.phone);
      if (!phone) return set({ error: 'INVALID_PAYLOAD' });
      set({ busy: true, error: null });
      const purpose = s.mode === 'book' ? 'booking' : 'remote';
      const r = await callRoute(BOOKING_ROUTES.verify, { body: { phone, purpose, lang } }, opts);
      set(r.ok ? { busy: false, verification: r.data, code: '' } : { busy: false, error: r.code });
    },
    async confirm(lang: UiLanguage) {
      const s = store.getState();
      if (!s.verification || !s.businessTypeId) return;
      const verified = { verificationId: s.verification.verificationId, code: s.code.trim(), lang };
      set({ busy: true, error: null });
      if (s.mode === 'book') {
        if (s.slotStart === null) return set({ busy: false });
        const body = { ...verified, businessTypeId: s.businessTypeId, slotStart: s.slotStart };
        const r = await callRoute(BOOKING_ROUTES.book, { body }, opts);
        if (!r.ok) return set({ busy: false, error: r.code });
        set({ busy: false, booked: r.data });
        env.go(r.data.managePath);
        return;
      }
      if (!s.laneId) return set({ busy: false });
      const body = { ...verified, laneId: s.laneId, businessTypeId: s.businessTypeId };
      const r = await callRoute(BOOKING_ROUTES.remoteTicket, { body }, opts);
      if (!r.ok) return set({ busy: false, error: r.code });
      rememberPhoneTicket(env.storage, r.data.mobilePath);
      set({ busy: false });
      env.go(r.data.mobilePath);
    },
  };
}

export type BookingActions = ReturnType<typeof bookingActions>;
