import {
  businessDateOf,
  formatBranchClock,
  type BookingCatalogue,
  type BookingCustomerView,
  type BookingDayView,
  type BranchConfig,
} from '@lobby/shared';
import { beforeCutoff, bookableType, bookingDates, checkInWindow, daySlots } from '../../engine/appointments/slots.ts';
import type { EngineEvent } from '../../engine/types.ts';
import type { BookingStore, BookingRecord } from '../../store/booking-store.ts';
import { toBookingStaffView } from '../../store/booking-store.ts';

/** The booking page's pictures of bookings, slots and the catalogue, from the config and the store. */
export function customerView(config: BranchConfig, b: BookingRecord, ticketToken: string | null): BookingCustomerView {
  const bt = config.businessTypes.find((x) => x.id === b.businessTypeId);
  const lane = config.lanes.find((l) => l.id === bt?.laneId);
  const window = checkInWindow(config.appointments, b.slotStart);
  return {
    code: b.code,
    managePath: `/b/${b.token}`,
    businessDate: b.businessDate,
    businessTypeId: b.businessTypeId,
    businessTypeName: bt?.name ?? { zh: b.businessTypeId, en: b.businessTypeId },
    materials: bt?.materials ?? [],
    laneName: lane?.name ?? { zh: '', en: '' },
    slotStart: b.slotStart,
    slotEnd: b.slotEnd,
    status: b.status,
    checkInFrom: window.from,
    onTimeUntil: window.onTimeUntil,
    branchName: config.branch.name,
    branchAddress: config.branch.address,
    timeZone: config.hours.timeZone,
    lang: b.lang,
    ticketPath: ticketToken ? `/t/${ticketToken}` : null,
  };
}

export function catalogue(config: BranchConfig, now: number, messaging: boolean, lanesOpen: boolean): BookingCatalogue {
  const today = businessDateOf(now, config.hours.timeZone);
  const types = config.appointments.enabled ? config.appointments.types : [];
  return {
    branchName: config.branch.name,
    branchAddress: config.branch.address,
    timeZone: config.hours.timeZone,
    appointments: types.length > 0,
    remoteQueue: config.remoteQueue.enabled && lanesOpen,
    messaging,
    types: types.flatMap((t) => {
      const bt = config.businessTypes.find((b) => b.id === t.businessTypeId);
      const type = bookableType(config, t.businessTypeId);
      if (!bt || !type) return [];
      const lane = config.lanes.find((l) => l.id === bt.laneId);
      return [
        {
          businessTypeId: bt.id,
          name: bt.name,
          laneName: lane?.name ?? { zh: '', en: '' },
          materials: bt.materials,
          slotMin: t.slotMin,
          days: bookingDates(config, type, today),
        },
      ];
    }),
    remoteLanes: config.remoteQueue.enabled
      ? config.remoteQueue.laneIds.flatMap((id) => {
          const lane = config.lanes.find((l) => l.id === id);
          if (!lane) return [];
          const businessTypes = config.businessTypes
            .filter((b) => b.laneId === id && b.enabled)
            .map((b) => ({ id: b.id, name: b.name, materials: b.materials }));
          return [{ laneId: id, name: lane.name, businessTypes }];
        })
      : [],
  };
}

/** The slots of a type on a date with the places left; null when the type is not bookable. */
export function dayView(
  config: BranchConfig,
  bookings: BookingStore,
  businessTypeId: string,
  date: string,
  now: number,
): BookingDayView | null {
  const type = bookableType(config, businessTypeId);
  if (!type) return null;
  const today = businessDateOf(now, config.hours.timeZone);
  if (!bookingDates(config, type, today).includes(date)) return { date, slots: [] };
  const taken = bookings.takenOn(businessTypeId, date);
  return {
    date,
    slots: daySlots(config, type, date).map((slot) => {
      const left = Math.max(0, type.capacity - (taken.get(slot.start) ?? 0));
      return { ...slot, capacity: type.capacity, left, open: left > 0 && beforeCutoff(type, slot, now) };
    }),
  };
}

/** A booking event as the engine's events are (the store turns it into a sequenced wire event). */
export function bookingEvent(
  type: 'booking:created' | 'booking:cancelled' | 'booking:checkedIn' | 'booking:missed',
  b: BookingRecord,
  config: BranchConfig,
  now: number,
  actorId: string | null,
  reason: string | null = null,
): EngineEvent {
  return {
    type,
    at: now,
    actorId,
    reason,
    ticketIds: b.ticketId ? [b.ticketId] : [],
    counterId: null,
    laneId: config.businessTypes.find((x) => x.id === b.businessTypeId)?.laneId ?? null,
    vipVisitId: null,
    call: null,
    booking: toBookingStaffView(b),
  };
}

/** Date, time and window texts for the messages about a booking, on the branch clock. */
export function bookingTextParams(config: BranchConfig, b: BookingRecord, lang: 'zh' | 'en'): Record<string, string> {
  const tz = config.hours.timeZone;
  const bt = config.businessTypes.find((x) => x.id === b.businessTypeId);
  const window = checkInWindow(config.appointments, b.slotStart);
  return {
    date: b.businessDate,
    time: formatBranchClock(b.slotStart, tz),
    from: formatBranchClock(window.from, tz),
    until: formatBranchClock(window.onTimeUntil, tz),
    business: bt ? bt.name[lang] : b.businessTypeId,
    code: b.code,
    branch: config.branch.name[lang],
  };
}
