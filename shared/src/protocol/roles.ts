/** Who is on the other end of a socket or REST call (docs/domain.md §2). */
export const STAFF_ROLES = ['teller', 'lobby', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const DEVICE_KINDS = ['kiosk', 'display', 'evaluator'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export type Role = StaffRole | DeviceKind;

/** Which projection a role receives: public carries no customer data at all. */
export type Audience = 'public' | 'staff';

export function audienceOf(role: Role): Audience {
  return role === 'teller' || role === 'lobby' || role === 'admin' ? 'staff' : 'public';
}

export interface Principal {
  role: Role;
  /** Staff user id or device id. */
  id: string;
  name: string;
  /** Evaluators and displays may be bound to a counter / a subset of lanes. */
  counterId: string | null;
}
