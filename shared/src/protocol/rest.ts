import type { WaitEstimate } from '../domain/floor.ts';
import type { TicketStatus } from '../domain/ticket.ts';
import type { LocalizedText } from '../text/localized.ts';
import type { StaffRole } from './roles.ts';
import { z } from 'zod';

/** REST shapes shared by the server and the web apps. Errors use the same Failure shape as acks. */
export const LoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export interface StaffUser {
  id: string;
  username: string;
  name: string;
  role: StaffRole;
  /** 工号, shown to customers on the evaluator. */
  staffNo: string;
}

export interface LoginResponse {
  token: string;
  user: StaffUser;
}

/** The mobile ticket page `/t/<token>`: the customer's own ticket, no customer data. */
export interface MobileTicketView {
  number: string;
  laneName: LocalizedText;
  businessTypeName: LocalizedText;
  status: TicketStatus;
  counterNumber: number | null;
  counterName: LocalizedText | null;
  ahead: number | null;
  estimate: WaitEstimate | null;
  issuedAt: number;
  businessDate: string;
  branchName: LocalizedText;
  /** The branch's time zone: times are shown on the branch clock, whatever zone the phone is in. */
  timeZone: string;
}

/** Header that carries the staff session or device token on REST calls. */
export const AUTH_HEADER = 'authorization';

/**
 * `GET /api/evaluator/teller` (evaluator devices only): who serves at the evaluator's own
 * paired counter, shown to the customer being served. Never part of the public projection.
 */
export interface EvaluatorTeller {
  name: string;
  /** 工号 */
  staffNo: string;
}
