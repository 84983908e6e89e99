/**
 * The mobile ticket page's service worker (到号提醒): shows the server's Web Push reminder —
 * a few numbers ahead, then called with the counter — even when the page is closed, and a
 * tap opens (or focuses) the ticket's page. Served at /push-sw.js with scope /t/; built on
 * its own, without imports, so it is one small file.
 *
 * The DOM lib types the app; the few worker types used here are declared locally.
 */
interface ReminderPayload {
  kind: 'turn_near' | 'called';
  title: string;
  body: string;
  number: string;
  url: string;
}

interface WorkerWindowClient {
  url: string;
  focus(): Promise<unknown>;
}

interface PushWorkerScope {
  registration: {
    showNotification(
      title: string,
      options: { body: string; tag: string; data: unknown; requireInteraction?: boolean },
    ): Promise<void>;
  };
  clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WorkerWindowClient[]>;
    openWindow(url: string): Promise<unknown>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(
    type: 'push',
    fn: (e: { data: { json(): unknown } | null; waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(
    type: 'notificationclick',
    fn: (e: { notification: { data: unknown; close(): void }; waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
}

const worker = self as unknown as PushWorkerScope;

function isPayload(v: unknown): v is ReminderPayload {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    (p.kind === 'turn_near' || p.kind === 'called') &&
    typeof p.title === 'string' &&
    typeof p.body === 'string' &&
    typeof p.number === 'string' &&
    typeof p.url === 'string' &&
    p.url.startsWith('/t/')
  );
}

worker.addEventListener('install', (e) => e.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (e) => e.waitUntil(worker.clients.claim()));

worker.addEventListener('push', (e) => {
  let payload: unknown = null;
  try {
    payload = e.data?.json() ?? null;
  } catch {
    payload = null;
  }
  if (!isPayload(payload)) return;
  // One notification per ticket: "called" replaces "nearly your turn".
  e.waitUntil(
    worker.registration.showNotification(payload.title, {
      body: payload.body,
      tag: `ticket-${payload.number}`,
      data: { url: payload.url },
      requireInteraction: payload.kind === 'called',
    }),
  );
});

worker.addEventListener('notificationclick', (e) => {
  e.notification.close();
  const data = e.notification.data as { url?: unknown } | null;
  const url = typeof data?.url === 'string' && data.url.startsWith('/t/') ? data.url : null;
  if (!url) return;
  e.waitUntil(
    worker.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname === url);
      return open ? open.focus() : worker.clients.openWindow(url);
    }),
  );
});
