import type { Agent } from 'node:https';
import { fail, OPEN_TICKET_STATUSES, REMINDER_ROUTES, type StaffQueueEvent, type UiLanguage } from '@lobby/shared';
import type { PushSubscription } from 'web-push';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { ticketForecast } from '../../engine/index.ts';
import type { Ticket } from '../../engine/types.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { composeText } from '../../messaging/message-texts.ts';
import { gatewaySettings } from '../../messaging/messaging-settings.ts';
import { planReminders, type DueReminder } from './reminder-plan.ts';
import { isAllowedPushEndpoint, sendPush, vapidKeys, type VapidKeys } from './web-push-sender.ts';

/**
 * Reminders before the turn (到号提醒): after every commit and forecast, a text message and/or a Web Push
 * notification to the tickets that asked, when few are ahead (setting, default 3) and when
 * called (with the counter). Each is sent at most once; the addresses go when the ticket ends.
 */
export interface PushPayload {
  kind: 'turn_near' | 'called';
  title: string;
  body: string;
  number: string;
  ahead: number | null;
  counter: string | null;
  url: string;
}

function texts(r: DueReminder, lang: UiLanguage, branch: string) {
  const kind = r.what === 'near' ? ('turn_near' as const) : ('called' as const);
  const params = {
    number: r.number,
    ahead: String(r.ahead ?? 0),
    counter: r.counterName ? r.counterName[lang] : '',
    branch,
  };
  return { kind, params };
}

export function createRemindersFeature(pushServices: readonly string[], pushAgent?: Agent): Feature {
  // Built per app (create-app), so one key pair per app.
  let keys: VapidKeys | null = null;
  const keysOf = (ctx: AppContext) => (keys ??= vapidKeys(ctx.db));

  function planAndSend(ctx: AppContext, events: readonly StaffQueueEvent[]): void {
    const targets = ctx.store.reminders.all();
    if (targets.length === 0) return;
    const forecast = ctx.forecasts.current();
    const aheadOf = (t: Ticket) => (t.status === 'waiting' ? (ticketForecast(forecast, t)?.ahead ?? null) : null);
    const { due, ended } = planReminders(ctx.queue.current, events, targets, aheadOf);
    if (ended.length > 0) ctx.store.reminders.forget(ended);
    for (const r of due) remind(ctx, r);
  }

  function remind(ctx: AppContext, r: DueReminder): void {
    const { store } = ctx;
    const config = ctx.config();
    const lang = r.target.lang;
    const { kind, params } = texts(r, lang, config.branch.name[lang]);
    const now = ctx.clock();
    let push: PushSubscription | null = null;
    store.db
      .transaction(() => {
        store.reminders.markSent(r.target.ticketId, r.target.channel, r.what, now);
        if (r.target.channel === 'sms') {
          const phone = store.vault.open(r.target.targetSealed);
          if (phone && config.reminders.sms && ctx.messaging.available())
            ctx.messaging.queue(
              store,
              { kind, phoneSealed: r.target.targetSealed, phoneTail: phone.slice(-4), lang, params },
              now,
            );
        } else {
          const raw = store.vault.open(r.target.targetSealed);
          push = raw && config.reminders.webPush ? (JSON.parse(raw) as PushSubscription) : null;
        }
      })
      .immediate();
    if (!push) return;
    const payload: PushPayload = {
      kind,
      title: config.branch.name[lang],
      body: composeText(kind, lang, params, ''),
      number: r.number,
      ahead: r.ahead,
      counter: params.counter || null,
      url: `/t/${r.token}`,
    };
    const contact = gatewaySettings(store).settings.pushContact;
    void sendPush(push, JSON.stringify(payload), keysOf(ctx), contact, pushAgent).then((outcome) => {
      if (outcome === 'gone') store.reminders.remove(r.target.ticketId, 'push');
      if (outcome === 'failed') ctx.logger.warn({ ticketId: r.target.ticketId }, 'web push not delivered');
    });
  }

  return {
    name: 'reminders',
    router(ctx) {
      // The VAPID key pair is made at the first start, not by the first reader.
      keysOf(ctx);
      const rest = new RestRouter(ctx);
      rest.add(REMINDER_ROUTES.pushKey, () => ({
        ok: true,
        data: { publicKey: ctx.config().reminders.webPush ? keysOf(ctx).publicKey : null },
      }));
      rest.add(REMINDER_ROUTES.subscribe, ({ params, body }) => {
        if (!ctx.config().reminders.webPush) return fail('INVALID_STATE', 'web push reminders are off');
        const t = [...ctx.queue.current.tickets.values()].find((x) => x.token === params.token);
        if (!t) return fail('NOT_FOUND', 'ticket');
        if (!OPEN_TICKET_STATUSES.includes(t.status)) return fail('INVALID_STATE', `ticket is ${t.status}`);
        if (!isAllowedPushEndpoint(body.subscription.endpoint, pushServices))
          return fail('INVALID_PAYLOAD', 'not a known push service');
        ctx.store.reminders.put({
          ticketId: t.id,
          channel: 'push',
          targetSealed: ctx.store.vault.seal(JSON.stringify(body.subscription)),
          lang: body.lang,
          createdAt: ctx.clock(),
        });
        return { ok: true, data: { subscribed: true } };
      });
      rest.add(REMINDER_ROUTES.unsubscribe, ({ params }) => {
        const t = [...ctx.queue.current.tickets.values()].find((x) => x.token === params.token);
        if (!t) return fail('NOT_FOUND', 'ticket');
        ctx.store.reminders.remove(t.id, 'push');
        return { ok: true, data: { subscribed: false } };
      });
      return rest.router;
    },
    // Calls come with the commit; places with the forecast redone after it (off the commit path).
    onPublished(ctx, events) {
      planAndSend(ctx, events);
    },
    onForecast(ctx) {
      planAndSend(ctx, []);
    },
  };
}
