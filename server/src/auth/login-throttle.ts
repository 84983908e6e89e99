/**
 * Password guessing, slowed per account AND per client address: 10 failures for one
 * account (from anywhere) lock that account for 15 minutes; 30 failures from one address
 * (over any accounts) lock that address. A success clears the account's count only.
 */
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface LoginThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowSec: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = { perAccount: 10, perAddress: 30, windowSec: 900 };

export class LoginThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(limits: LoginThrottleLimits = DEFAULT_LOGIN_THROTTLE) {
    this.byAccount = new RateLimiterMemory({ points: limits.perAccount, duration: limits.windowSec });
    this.byAddress = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSec });
  }

  /** Milliseconds until this login may be tried again, or 0 when it may be tried now. */
  async lockedFor(username: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.byAccount.get(accountKey(username)),
      this.byAddress.get(address),
    ]);
    return Math.max(waitOf(account), waitOf(client));
  }

  async failed(username: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(accountKey(username), 1), this.byAddress.penalty(address, 1)]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byAccount.delete(accountKey(username));
  }
}

const accountKey = (username: string) => username.trim().toLowerCase();

function waitOf(res: RateLimiterRes | null): number {
  return res !== null && res.remainingPoints <= 0 ? Math.max(1, res.msBeforeNext) : 0;
}
