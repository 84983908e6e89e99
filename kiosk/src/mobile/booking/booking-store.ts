import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BookingCatalogue,
  BookingCustomerView,
  BookingDayView,
  CallFailure,
  VerificationSent,
} from '@lobby/shared';

/** Book a slot, or take a ticket now and come in (activated on arrival). */
export type BookingMode = 'book' | 'remote';

/** The public booking page's one store: what is chosen, the code sent, the outcome. */
export interface BookingFormState {
  catalogue: BookingCatalogue | null;
  mode: BookingMode;
  /** Book: the business type. Remote: the lane and the business type in it. */
  businessTypeId: string | null;
  laneId: string | null;
  date: string | null;
  day: BookingDayView | null;
  slotStart: number | null;
  phone: string;
  verification: VerificationSent | null;
  code: string;
  busy: boolean;
  error: CallFailure['code'] | null;
  booked: BookingCustomerView | null;
}

export type BookingFormStore = StoreApi<BookingFormState>;

export function createBookingFormStore(): BookingFormStore {
  return createStore<BookingFormState>()(() => ({
    catalogue: null,
    mode: 'book',
    businessTypeId: null,
    laneId: null,
    date: null,
    day: null,
    slotStart: null,
    phone: '',
    verification: null,
    code: '',
    busy: false,
    error: null,
    booked: null,
  }));
}

/** The one thing the customer still has to do before "confirm" can be pressed. */
export function missingStep(s: BookingFormState): 'type' | 'slot' | 'phone' | 'code' | null {
  if (!s.businessTypeId || (s.mode === 'remote' && !s.laneId)) return 'type';
  if (s.mode === 'book' && s.slotStart === null) return 'slot';
  if (!s.verification) return 'phone';
  if (!/^\d{6}$/.test(s.code.trim())) return 'code';
  return null;
}
