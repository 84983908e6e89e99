import { rateLimited, type CommandName, type Failure, type Principal } from '@lobby/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { CommandVia } from '../context/feature.ts';

export interface IssueRateLimit {
  /** Tickets per window per kiosk/staff principal (socket). */
  perPrincipal: number;
  /** Tickets per window per client IP (REST). */
  perIp: number;
  windowSec: number;
}

/** A kiosk issues at most one ticket every couple of seconds in real life; this stops scripts. */
export const DEFAULT_ISSUE_RATE_LIMIT: IssueRateLimit = { perPrincipal: 60, perIp: 30, windowSec: 60 };

/** Rate limits on ticket issue: per principal on sockets, per IP on the integrator REST API. */
export class IssueRateLimiter {
  private readonly byPrincipal: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(limit: IssueRateLimit) {
    this.byPrincipal = new RateLimiterMemory({ points: limit.perPrincipal, duration: limit.windowSec });
    this.byIp = new RateLimiterMemory({ points: limit.perIp, duration: limit.windowSec });
  }

  /** Guard for the command runner (sockets). */
  async check(principal: Principal, command: CommandName, via: CommandVia): Promise<Failure | null> {
    if (command !== 'ticket:issue' || via !== 'socket') return null;
    return consume(this.byPrincipal, principal.id);
  }

  async checkIp(ip: string): Promise<Failure | null> {
    return consume(this.byIp, ip);
  }
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<Failure | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return rateLimited(rejection.msBeforeNext);
  }
}
