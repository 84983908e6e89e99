import type { Agent } from 'node:https';
import webpush, { WebPushError, type PushSubscription } from 'web-push';
import type { Db } from '../../store/database.ts';
import { branchSecret } from '../../store/branch-secrets.ts';

/**
 * Web Push with the `web-push` package. The VAPID key pair is made at the first start and
 * kept in the branch database. Subscriptions are accepted only for the push services listed
 * (the browsers' own by default): the server posts to the endpoint it is given, so an
 * arbitrary address would let anyone make it call into the branch network.
 */
export const DEFAULT_PUSH_SERVICES = [
  'https://fcm.googleapis.com',
  'https://updates.push.services.mozilla.com',
  'https://web.push.apple.com',
  'https://wns2-*.notify.windows.com',
];

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export function vapidKeys(db: Db): VapidKeys {
  return JSON.parse(branchSecret(db, 'vapid_keys', () => JSON.stringify(webpush.generateVAPIDKeys()))) as VapidKeys;
}

/** Is the endpoint at one of the allowed push services (an origin, `*` for one label)? */
export function isAllowedPushEndpoint(endpoint: string, services: readonly string[]): boolean {
  let origin: string;
  try {
    origin = new URL(endpoint).origin;
  } catch {
    return false;
  }
  return services.some((s) => {
    if (!s.includes('*')) return s === origin;
    const pattern = new RegExp(`^${s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[A-Za-z0-9-]+')}$`);
    return pattern.test(origin);
  });
}

export type PushOutcome = 'sent' | 'gone' | 'failed';

export async function sendPush(
  subscription: PushSubscription,
  payload: string,
  keys: VapidKeys,
  contact: string,
  agent?: Agent,
): Promise<PushOutcome> {
  try {
    await webpush.sendNotification(subscription, payload, {
      vapidDetails: { subject: contact, publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: 600,
      urgency: 'high',
      timeout: 10_000,
      ...(agent ? { agent } : {}),
    });
    return 'sent';
  } catch (err) {
    // 404/410: the browser dropped the subscription; nothing will ever arrive there again.
    if (err instanceof WebPushError && (err.statusCode === 404 || err.statusCode === 410)) return 'gone';
    return 'failed';
  }
}
