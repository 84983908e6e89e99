import type { LoginResponse, Principal, StaffUser } from '@lobby/shared';
import type { DeviceStore } from '../store/device-store.ts';
import type { StaffStore } from '../store/staff-store.ts';
import { verifyForNobody, verifyPassword } from './passwords.ts';

/** Turns credentials and bearer tokens into a Principal; the only place that knows both token kinds. */
export class AuthService {
  constructor(
    private readonly staff: StaffStore,
    private readonly devices: DeviceStore,
    private readonly clock: () => number,
  ) {}

  login(username: string, password: string): LoginResponse | null {
    const user = this.staff.byUsername(username);
    // One hash verification whatever the account: unknown and inactive ones take as long as real ones.
    const matches = user ? verifyPassword(password, user.passwordHash) : verifyForNobody(password);
    if (!user || !user.active || !matches) return null;
    return { token: this.staff.openSession(user.id, this.clock()), user: toStaffUser(user) };
  }

  logout(token: string): void {
    this.staff.closeSession(token);
  }

  /** Staff user behind a session token (for /api/auth/me). */
  userForToken(token: string): StaffUser | null {
    const user = this.staff.userBySession(token, this.clock());
    return user ? toStaffUser(user) : null;
  }

  /** Staff session first, then device token. */
  principalForToken(token: string): Principal | null {
    const user = this.staff.userBySession(token, this.clock());
    if (user) return { role: user.role, id: user.id, name: user.name, counterId: null };
    const device = this.devices.byToken(token);
    if (device) return { role: device.kind, id: device.id, name: device.name, counterId: device.counterId };
    return null;
  }
}

function toStaffUser(u: StaffUser): StaffUser {
  return { id: u.id, username: u.username, name: u.name, role: u.role, staffNo: u.staffNo };
}

/** `Authorization: Bearer <token>` → token. */
export function bearerToken(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m ? m[1]! : null;
}
