import { fail, type Ack, type IssuedTicket, type UiLanguage } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { newId, newToken } from '../../auth/tokens.ts';
import { decide } from '../../engine/index.ts';
import { issuedTicket } from '../queue/issue-ticket.ts';
import type { Verified } from './verification.ts';

/**
 * A ticket taken on the phone (remote queue), once the phone is verified: limited per phone
 * per business date, in a lane the admin allows, during issue hours (the engine decides
 * those). It is called only once activated on arrival; the engine lapses it otherwise.
 */
export function takeRemoteTicket(
  ctx: AppContext,
  verified: Verified,
  req: { laneId: string; businessTypeId: string; lang: UiLanguage },
): Promise<Ack<IssuedTicket>> {
  const ticketId = newId('tkt');
  const token = newToken(16);
  return ctx.queue.execute({
    principal: null,
    requestId: null,
    command: 'ticket:issueRemote',
    decide: (state, now) => {
      const { store } = ctx;
      if (store.verifications.byId(verified.id) === null) return fail('VERIFICATION_EXPIRED');
      const taken = store.ticketPhones.ticketsOf(verified.phoneHash, state.businessDate).length;
      if (taken >= state.config.remoteQueue.perPhonePerDay) return fail('REMOTE_LIMIT_REACHED');
      const issued = decide(
        state,
        {
          type: 'ticket:issue',
          actorId: null,
          ticketId,
          token,
          laneId: req.laneId,
          businessTypeId: req.businessTypeId,
          priorityGroupId: null,
          vipTierId: null,
          channel: 'mobile',
        },
        now,
      );
      if (!issued.ok) return issued;
      const businessDate = issued.state.businessDate;
      return {
        ...issued,
        persist: (s) => {
          s.verifications.consume(verified.id);
          s.ticketPhones.link(ticketId, businessDate, verified.phoneHash, now);
          if (issued.state.config.reminders.sms)
            s.reminders.put({
              ticketId,
              channel: 'sms',
              targetSealed: verified.phoneSealed,
              lang: req.lang,
              createdAt: now,
            });
        },
      };
    },
    result: (state) => issuedTicket(state, ticketId, ctx.forecasts.current()),
  });
}
