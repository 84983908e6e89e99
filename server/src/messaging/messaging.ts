import type { MessageKind, UiLanguage } from '@lobby/shared';
import type { BranchStore } from '../store/branch-store.ts';
import { HttpSmsGateway } from './http-sms-gateway.ts';
import type { MessageGateway } from './message-gateway.ts';
import { composeText } from './message-texts.ts';
import { gatewaySettings } from './messaging-settings.ts';

/**
 * The branch's way of texting customers: the gateway in force (one handed in at start-up, or
 * the HTTP SMS adapter as the admin set it up), and the queueing of a text inside the
 * transaction that decides it, so a message is sent if and only if its change committed.
 */
export interface Messaging {
  /** A text can be sent: a gateway is set up and switched on. */
  available(): boolean;
  gateway(): MessageGateway | null;
  /** Queue a text (inside the deciding transaction); the pump sends it. */
  queue(store: BranchStore, m: TextToQueue, now: number): void;
}

export interface TextToQueue {
  kind: MessageKind;
  phoneSealed: string;
  phoneTail: string;
  lang: UiLanguage;
  params: Record<string, string>;
}

export function createMessaging(store: BranchStore, clock: () => number, fixed?: MessageGateway): Messaging {
  const gateway = (): MessageGateway | null => {
    if (fixed) return fixed;
    const { settings, secret } = gatewaySettings(store);
    return settings.enabled && secret !== null ? new HttpSmsGateway(settings, secret, clock) : null;
  };
  return {
    available: () => gateway() !== null,
    gateway,
    queue(s, m, now) {
      const text = composeText(m.kind, m.lang, m.params, gatewaySettings(s).settings.signName);
      s.messages.enqueue(
        { kind: m.kind, phoneSealed: m.phoneSealed, phoneTail: m.phoneTail, lang: m.lang, params: m.params, text },
        now,
      );
    },
  };
}
