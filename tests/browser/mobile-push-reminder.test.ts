import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, screenshot } from '../support/browser.ts';
import { startFakePushService, type FakePushService } from '../support/fake-push-service.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { notificationsShown, phoneWithPush, serviceWorkerInbox } from './push-harness.ts';

/**
 * 到号提醒 by Web Push, the whole loop (issue 17): the ticket page registers its service
 * worker and subscribes; the server encrypts a reminder to the subscription's push service
 * when three are ahead and again when the customer is called, with the counter; the service
 * worker shows it as a notification. The one stand-in is the push service (no network here):
 * the page's PushManager returns a subscription at a local fake service, which decrypts what
 * the server sent with the subscription's keys; the test hands that message to the service
 * worker as Chromium's push service would (CDP ServiceWorker.deliverPushMessage).
 * The page is opened at 127.0.0.1, a secure context like the branch's https.
 */
describeBrowser('mobile ticket page: Web Push reminders', () => {
  let push: FakePushService;
  let server: TestServer;
  let browser: Browser;
  let kiosk: LobbySocket;

  beforeAll(async () => {
    push = await startFakePushService();
    server = await startTestServer({ deps: { pushServices: [push.origin], pushAgent: push.agent } });
    browser = await launchChromium();
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await push?.close();
  });

  const issue = () => server.issue(kiosk, 'A', 'cash');

  async function callAt(username: string, counterId: string): Promise<string> {
    const teller = await server.connect(await server.login(username));
    expect((await server.command(teller, 'counter:signOn', { counterId })).ok).toBe(true);
    const ack = await server.command(teller, 'counter:callNext', { counterId });
    if (!ack.ok) throw new Error(ack.code);
    return ack.data.number;
  }

  const phone = () => phoneWithPush(browser, server.url, push);

  it('subscribes, is reminded when three are ahead and when called with the counter, as notifications', async () => {
    for (let i = 0; i < 4; i++) await issue();
    const mine = await issue();
    const { context, page } = await phone();
    await page.goto(`${server.url}${mine.mobilePath}`);
    const reminder = page.getByTestId('mobile-reminder');
    await expect.poll(() => reminder.getAttribute('data-state')).toBe('off');
    await screenshot(page, 'mobile-reminder-offer');
    await page.getByTestId('reminder-enable').click();
    await expect.poll(() => reminder.getAttribute('data-state')).toBe('on');
    await screenshot(page, 'mobile-reminder-on');

    // The service worker is registered for the ticket pages, from the root.
    const inbox = await serviceWorkerInbox(context, page, server.url);

    // Four ahead: nothing yet. One is called: three ahead, the reminder goes out.
    expect(push.received).toEqual([]);
    await callAt('teller1', 'c2');
    await expect.poll(() => push.received.length).toBe(1);
    const near = JSON.parse(push.received[0]!) as Record<string, unknown>;
    expect(near).toMatchObject({ kind: 'turn_near', number: mine.ticket.number, ahead: 3, url: mine.mobilePath });
    expect(String(near.body)).toContain(mine.ticket.number);
    await inbox.deliver(push.received[0]!);
    await expect.poll(async () => (await notificationsShown(page)).map((n) => n.body)).toEqual([near.body]);
    expect((await notificationsShown(page))[0]).toMatchObject({
      title: '示范银行 人民路支行',
      tag: `ticket-${mine.ticket.number}`,
    });

    // Three more counters take the three ahead, a fifth calls this customer: "go to counter 6".
    await callAt('teller2', 'c3');
    await callAt('teller3', 'c4');
    await callAt('teller4', 'c5');
    expect(push.received).toHaveLength(1);
    expect(await callAt('teller5', 'c6')).toBe(mine.ticket.number);
    await expect.poll(() => push.received.length).toBe(2);
    const called = JSON.parse(push.received[1]!) as Record<string, unknown>;
    expect(called).toMatchObject({ kind: 'called', number: mine.ticket.number, counter: '6号窗口（对公）' });
    await inbox.deliver(push.received[1]!);
    // One notification per ticket: the call replaces "nearly your turn".
    await expect.poll(async () => (await notificationsShown(page)).map((n) => n.body)).toEqual([called.body]);
    expect(String(called.body)).toContain('6号窗口');
    await expect.poll(() => page.getByTestId('mobile-status').getAttribute('data-status')).toBe('called');
    await context.close();
  });

  it('says why there is no reminder over plain http, and turns reminders off again on https', async () => {
    const mine = await issue();
    // branch.lan over plain http: not a secure context, so no service worker and no push.
    const { context, page } = await phone();
    await page.goto(`${server.webUrl}${mine.mobilePath}`);
    const reminder = page.getByTestId('mobile-reminder');
    await expect.poll(() => reminder.getAttribute('data-state')).toBe('insecure');
    expect(await reminder.textContent()).toContain('https');
    await screenshot(page, 'mobile-reminder-insecure');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => reminder.textContent()).toContain('secure (https) connection');
    await screenshot(page, 'mobile-reminder-insecure-en');
    await context.close();

    const secure = await phone();
    await secure.page.goto(`${server.url}${mine.mobilePath}`);
    const on = secure.page.getByTestId('mobile-reminder');
    await expect.poll(() => on.getAttribute('data-state')).toBe('off');
    await secure.page.getByTestId('reminder-enable').click();
    await expect.poll(() => on.getAttribute('data-state')).toBe('on');
    const ticketId = [...server.app.ctx.queue.current.tickets.values()].find(
      (t) => t.number === mine.ticket.number,
    )?.id;
    const stored = () =>
      server.app.ctx.db
        .prepare("SELECT COUNT(*) AS n FROM reminder_targets WHERE ticket_id = ? AND channel = 'push'")
        .get(ticketId) as {
        n: number;
      };
    expect(stored().n).toBe(1);
    await secure.page.getByTestId('reminder-disable').click();
    await expect.poll(() => on.getAttribute('data-state')).toBe('off');
    expect(stored().n).toBe(0);
    await secure.context.close();
  });
});
