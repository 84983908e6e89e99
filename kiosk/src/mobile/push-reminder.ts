import { callRoute, REMINDER_ROUTES, type UiLanguage } from '@lobby/shared';
import { securePush } from '@lobby/shared/realtime-client';
import type { MobileStore } from './mobile-store.ts';

/**
 * Web Push reminders on the ticket page (到号提醒): a few numbers ahead, and when called with
 * the counter. Needs https (a service worker) and the branch to have them on; the page says
 * which is missing instead of offering a button that cannot work.
 *  - hidden: the branch has Web Push reminders off;
 *  - insecure: opened over plain http (the branch's HTTPS is off), so the browser has no push;
 *  - off / on: the customer's choice; busy while it changes;
 *  - denied: the browser's notification permission is refused; failed: anything else went wrong.
 */
export type PushState = 'unknown' | 'hidden' | 'insecure' | 'off' | 'busy' | 'on' | 'denied' | 'failed';

export const PUSH_WORKER_URL = '/push-sw.js';
export const PUSH_WORKER_SCOPE = '/t/';

export interface PushEnv {
  push: ReturnType<typeof securePush>;
  /** Notification permission as the browser has it ('granted' | 'denied' | 'default'), null without push. */
  permission(): string | null;
}

export function browserPushEnv(): PushEnv {
  const push = securePush();
  return { push, permission: () => push?.permission() ?? null };
}

/** base64url (the VAPID public key) → the bytes PushManager.subscribe takes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export interface PushActions {
  /** Once, when the ticket page opens: which state to show. */
  load(): Promise<void>;
  enable(lang: UiLanguage): Promise<void>;
  disable(): Promise<void>;
}

export function pushActions(store: MobileStore, token: string, env: PushEnv): PushActions {
  let publicKey: string | null = null;
  const set = (push: PushState) => store.setState({ push });
  const registration = async () => {
    if (!env.push) throw new Error('no push');
    await env.push.serviceWorker.register(PUSH_WORKER_URL, { scope: PUSH_WORKER_SCOPE });
    return env.push.serviceWorker.ready;
  };

  return {
    async load() {
      const key = await callRoute(REMINDER_ROUTES.pushKey, {});
      publicKey = key.ok ? key.data.publicKey : null;
      if (publicKey === null) return set('hidden');
      if (!env.push) return set('insecure');
      if (env.permission() === 'denied') return set('denied');
      try {
        const existing = await (await registration()).pushManager.getSubscription();
        set(existing ? 'on' : 'off');
      } catch {
        set('off');
      }
    },

    async enable(lang) {
      if (!env.push || publicKey === null) return;
      set('busy');
      try {
        const reg = await registration();
        const subscription =
          (await reg.pushManager.getSubscription()) ??
          (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
        const json = subscription.toJSON() as { endpoint?: string; keys?: { p256dh?: string; auth?: string } };
        const r = await callRoute(REMINDER_ROUTES.subscribe, {
          params: { token },
          body: {
            subscription: {
              endpoint: json.endpoint ?? '',
              keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
            },
            lang,
          },
        });
        set(r.ok && r.data.subscribed ? 'on' : 'failed');
      } catch {
        // A refused permission rejects subscribe(); say so, since only the customer can change it.
        set(env.permission() === 'denied' ? 'denied' : 'failed');
      }
    },

    async disable() {
      if (!env.push) return;
      set('busy');
      const r = await callRoute(REMINDER_ROUTES.unsubscribe, { params: { token } });
      try {
        await (await (await registration()).pushManager.getSubscription())?.unsubscribe();
      } catch {
        // The server no longer sends; a browser-side leftover subscription receives nothing.
      }
      set(r.ok ? 'off' : 'failed');
    },
  };
}
