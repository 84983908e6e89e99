import { expect } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { FakePushService } from '../support/fake-push-service.ts';

/**
 * The browser's half of Web Push in tests: a PushManager that hands out a subscription at the
 * local fake push service (Chromium's own registers with Google, unreachable here), and the
 * push service's delivery to the page's service worker (CDP ServiceWorker.deliverPushMessage).
 */
export async function installFakePushManager(
  context: BrowserContext,
  origin: string,
  push: FakePushService,
): Promise<void> {
  await context.grantPermissions(['notifications'], { origin });
  await context.addInitScript(
    ({ endpoint, keys }) => {
      if (typeof PushManager === 'undefined') return;
      let current: object | null = null;
      const make = () => ({
        endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true },
        toJSON: () => ({ endpoint, expirationTime: null, keys }),
        unsubscribe: async () => {
          current = null;
          return true;
        },
      });
      PushManager.prototype.subscribe = async function () {
        current = make();
        return current as PushSubscription;
      };
      PushManager.prototype.getSubscription = async function () {
        return current as PushSubscription | null;
      };
    },
    { endpoint: push.endpoint, keys: push.keys },
  );
}

/** A phone (390×844, touch, zh-CN, Shanghai) whose PushManager hands out the fake service's subscription. */
export async function phoneWithPush(
  browser: Browser,
  origin: string,
  push: FakePushService,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await installFakePushManager(context, origin, push);
  return { context, page: await context.newPage() };
}

/** The ticket pages' service worker, as the push service delivers to it. */
export interface WorkerInbox {
  deliver(data: string): Promise<void>;
}

export async function serviceWorkerInbox(context: BrowserContext, page: Page, origin: string): Promise<WorkerInbox> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  const scope = `${origin}/t/`;
  await expect.poll(() => registrations.some((r) => r.scopeURL === scope)).toBe(true);
  const registrationId = registrations.find((r) => r.scopeURL === scope)!.registrationId;
  return {
    deliver: async (data) => {
      await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
    },
  };
}

/** The notifications the ticket pages' service worker shows now. */
export function notificationsShown(page: Page): Promise<{ title: string; body: string; tag: string }[]> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration('/t/');
    const shown = (await reg?.getNotifications()) ?? [];
    return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag }));
  });
}
