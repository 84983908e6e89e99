import type { MessageKind, UiLanguage } from '@lobby/shared';

/**
 * The text of each message kind, zh and en, with {name} placeholders from the message's params.
 * The gateway's signature (短信签名, e.g. 【示范银行】) goes first, as carriers require.
 */
const TEXTS: Record<MessageKind, Record<UiLanguage, string>> = {
  verification_code: {
    zh: '您的验证码为 {code}，{minutes} 分钟内有效。如非本人操作，请忽略本短信。',
    en: 'Your verification code is {code}, valid for {minutes} minutes. If you did not ask for it, ignore this message.',
  },
  booking_confirmed: {
    zh: '预约成功：{date} {time} {business}，预约码 {code}。请于 {from}–{until} 到{branch}取号机签到。{link}',
    en: 'Booked: {business} on {date} at {time}, booking code {code}. Check in at the kiosk of {branch} between {from} and {until}. {link}',
  },
  booking_cancelled: {
    zh: '您 {date} {time} 的{business}预约已取消。',
    en: 'Your booking for {business} on {date} at {time} is cancelled.',
  },
  turn_near: {
    zh: '您的号码 {number} 前面还有 {ahead} 位，请回到{branch}大厅留意叫号。',
    en: 'Ticket {number}: {ahead} ahead of you. Please come back to the hall of {branch}.',
  },
  called: {
    zh: '请 {number} 号到 {counter} 办理业务。',
    en: 'Ticket {number}: please go to {counter} now.',
  },
};

export function composeText(
  kind: MessageKind,
  lang: UiLanguage,
  params: Record<string, string>,
  signName: string,
): string {
  const body = TEXTS[kind][lang].replace(/\{([a-z]+)\}/g, (_m, name: string) => params[name] ?? '').trim();
  return `${signName}${body}`;
}
