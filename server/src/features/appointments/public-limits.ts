import { rateLimited, type Failure } from '@lobby/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Rate limits of the public booking page, per client address: asking for text-message codes
 * (each costs the bank a message) and writing (bookings, phone tickets, cancellations, hall
 * check-ins). The per-phone limits live with the codes in the database (verification.ts).
 */
export interface PublicRateLimit {
  /** Verification codes per address per window. */
  codesPerIp: number;
  /** Booking, phone-ticket, cancel and arrival requests per address per window. */
  writesPerIp: number;
  windowSec: number;
}

export const DEFAULT_PUBLIC_RATE_LIMIT: PublicRateLimit = { codesPerIp: 10, writesPerIp: 60, windowSec: 900 };

export class PublicLimiter {
  private readonly codes: RateLimiterMemory;
  private readonly writes: RateLimiterMemory;

  constructor(limit: PublicRateLimit) {
    this.codes = new RateLimiterMemory({ points: limit.codesPerIp, duration: limit.windowSec });
    this.writes = new RateLimiterMemory({ points: limit.writesPerIp, duration: limit.windowSec });
  }

  code(ip: string): Promise<Failure | null> {
    return consume(this.codes, ip);
  }

  write(ip: string): Promise<Failure | null> {
    return consume(this.writes, ip);
  }
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<Failure | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rateLimited(rejection.msBeforeNext);
    throw rejection;
  }
}
