import {
  passwordProblem,
  type LoginResponse,
  type PasswordProblem,
  type Principal,
  type StaffUser,
} from '@lobby/shared';
import type { DeviceStore } from '../store/device-store.ts';
import type { OtherSession, StaffStore } from '../store/staff-store.ts';
import { verifyForNobody, verifyPassword } from './passwords.ts';

/** Staff sessions end after this long without use unless STAFF_IDLE_MINUTES says otherwise. */
export const DEFAULT_STAFF_IDLE_MS = 30 * 60_000;

/** A sign-in, and the account's other live sessions (their screens are told). */
export interface SignIn {
  response: LoginResponse;
  others: OtherSession[];
}

/** Turns credentials and bearer tokens into a Principal; the only place that knows both token kinds. */
export class AuthService {
  private readonly staff: StaffStore;
  private readonly devices: DeviceStore;
  private readonly clock: () => number;
  /** A staff session unused this long has ended. */
  readonly idleMs: number;

  constructor(staff: StaffStore, devices: DeviceStore, clock: () => number, idleMs = DEFAULT_STAFF_IDLE_MS) {
    this.staff = staff;
    this.devices = devices;
    this.clock = clock;
    this.idleMs = idleMs;
  }

  /** `address`: the client's, recorded with the session and shown to the account's other screens. */
  login(username: string, password: string, address: string | null = null): SignIn | null {
    const user = this.staff.byUsername(username);
    // One hash verification whatever the account: unknown and inactive ones take as long as real ones.
    const matches = user ? verifyPassword(password, user.passwordHash) : verifyForNobody(password);
    if (!user || !user.active || !matches) return null;
    const now = this.clock();
    const token = this.staff.openSession(user.id, now, address);
    const others = this.staff.otherSessions(user.id, token, now, this.idleMs);
    return {
      response: {
        token,
        user: toStaffUser(user),
        otherSignIns: others.map((o) => ({ at: o.createdAt, lastSeenAt: o.lastSeenAt, address: o.address })),
      },
      others,
    };
  }

  /** A use of a token on an open socket: counts as activity (idle time, device last use). */
  noteUse(token: string): void {
    this.principalForToken(token);
  }

  /** Ends the sessions past their idle time or expiry; answers their token hashes (to cut their sockets). */
  endDeadSessions(): string[] {
    return this.staff.endDeadSessions(this.clock(), this.idleMs);
  }

  logout(token: string): void {
    this.staff.closeSession(token);
  }

  /** Staff user behind a session token (for /api/auth/me). */
  userForToken(token: string): StaffUser | null {
    const user = this.staff.userBySession(token, this.clock(), this.idleMs);
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
    address: string | null = null,
  ): LoginResponse | { refused: 'UNAUTHENTICATED' | 'BAD_CREDENTIALS' } | { problem: PasswordProblem } {
    const now = this.clock();
    const user = this.staff.userBySession(token, now, this.idleMs);
    if (!user) return { refused: 'UNAUTHENTICATED' };
    if (!verifyPassword(currentPassword, user.passwordHash)) return { refused: 'BAD_CREDENTIALS' };
    const problem =
      passwordProblem(newPassword, user.username) ?? (newPassword === currentPassword ? 'same_as_current' : null);
    if (problem) return { problem };
    this.staff.setPassword(user.id, newPassword, { mustChangePassword: false, now });
    return {
      token: this.staff.openSession(user.id, now, address),
      user: toStaffUser({ ...user, mustChangePassword: false }),
      // The new password ended every other session.
      otherSignIns: [],
    };
  }

  /**
   * Staff session first, then device token; either use counts as activity (the session's
   * idle time, the device's last use). A session whose user must first choose a new
   * password is no principal: it may only change the password (and sign out).
   */
  principalForToken(token: string): Principal | null {
    const now = this.clock();
    const user = this.staff.userBySession(token, now, this.idleMs);
    if (user) {
      if (user.mustChangePassword) return null;
      return { role: user.role, id: user.id, name: user.name, counterId: null };
    }
    const device = this.devices.byToken(token, now);
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
