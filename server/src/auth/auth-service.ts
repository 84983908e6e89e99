import {
  passwordProblem,
  type LoginResponse,
  type PasswordProblem,
  type Principal,
  type StaffUser,
} from '@lobby/shared';
import type { DeviceStore } from '../store/device-store.ts';
import type { StaffStore } from '../store/staff-store.ts';
import { verifyForNobody, verifyPassword } from './passwords.ts';

/** Turns credentials and bearer tokens into a Principal; the only place that knows both token kinds. */
export class AuthService {
  private readonly staff: StaffStore;
  private readonly devices: DeviceStore;
  private readonly clock: () => number;

  constructor(staff: StaffStore, devices: DeviceStore, clock: () => number) {
    this.staff = staff;
    this.devices = devices;
    this.clock = clock;
  }

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

  /**
   * One's own new password, checked against the current one and the password rule. Every
   * session of the user ends (other PCs too); the answer is a fresh one.
   */
  changePassword(
    token: string,
    currentPassword: string,
    newPassword: string,
  ): LoginResponse | { refused: 'UNAUTHENTICATED' | 'BAD_CREDENTIALS' } | { problem: PasswordProblem } {
    const now = this.clock();
    const user = this.staff.userBySession(token, now);
    if (!user) return { refused: 'UNAUTHENTICATED' };
    if (!verifyPassword(currentPassword, user.passwordHash)) return { refused: 'BAD_CREDENTIALS' };
    const problem =
      passwordProblem(newPassword, user.username) ?? (newPassword === currentPassword ? 'same_as_current' : null);
    if (problem) return { problem };
    this.staff.setPassword(user.id, newPassword, { mustChangePassword: false, now });
    return {
      token: this.staff.openSession(user.id, now),
      user: toStaffUser({ ...user, mustChangePassword: false }),
    };
  }

  /**
   * Staff session first, then device token. A session whose user must first choose a new
   * password is no principal: it may only change the password (and sign out).
   */
  principalForToken(token: string): Principal | null {
    const user = this.staff.userBySession(token, this.clock());
    if (user) {
      if (user.mustChangePassword) return null;
      return { role: user.role, id: user.id, name: user.name, counterId: null };
    }
    const device = this.devices.byToken(token);
    if (device) return { role: device.kind, id: device.id, name: device.name, counterId: device.counterId };
    return null;
  }
}

function toStaffUser(u: StaffUser): StaffUser {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    role: u.role,
    staffNo: u.staffNo,
    mustChangePassword: u.mustChangePassword,
  };
}

/** `Authorization: Bearer <token>` → token. */
export function bearerToken(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m ? m[1]! : null;
}
