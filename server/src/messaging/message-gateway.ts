import type { MessageKind, UiLanguage } from '@lobby/shared';

/**
 * How a text message leaves the branch. One small interface, so a gateway is one class:
 * the HTTP SMS adapter (http-sms-gateway.ts) is the one shipped; a WeChat template-message
 * adapter (docs/appointments.md) implements the same `send`, mapping `kind` to its template
 * id and `params` to the template's fields. The message pump calls it, at least once per
 * message, with retries: a gateway must treat `id` as the idempotency key.
 */
export interface OutgoingMessage {
  /** Unique per message, the same on every retry. */
  id: string;
  kind: MessageKind;
  /** Normalised mainland mobile number, 11 digits. */
  to: string;
  /** The finished text in the customer's language, signature included (for SMS). */
  text: string;
  /** The values in the text, by name (code, number, counter, date, time, ...) for template gateways. */
  params: Record<string, string>;
  lang: UiLanguage;
}

export type DeliveryResult =
  | { ok: true }
  /** retry: false when sending again cannot help (the gateway refused this message for good). */
  | { ok: false; error: string; retry: boolean };

export interface MessageGateway {
  readonly name: string;
  send(message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryResult>;
}
