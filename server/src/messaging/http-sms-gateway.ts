import { createHmac } from 'node:crypto';
import type { SmsGatewaySettings } from '@lobby/shared';
import type { DeliveryResult, MessageGateway, OutgoingMessage } from './message-gateway.ts';

/**
 * The HTTP SMS gateway adapter: POSTs the configured body template, filled in and escaped for
 * its content type, with a timestamp header and an HMAC-SHA256 signature header
 * (hex of `<timestamp>\n<body>` under the shared secret), as Chinese SMS platforms expect.
 * 2xx = accepted; 408, 429 and 5xx (and no answer) are retried; any other 4xx is final.
 */
export function renderBody(
  template: string,
  contentType: SmsGatewaySettings['contentType'],
  m: OutgoingMessage,
): string {
  const escape = (v: string) => (contentType === 'json' ? JSON.stringify(v).slice(1, -1) : encodeURIComponent(v));
  const values: Record<string, string> = { phone: m.to, text: m.text, kind: m.kind, messageId: m.id, lang: m.lang };
  return template.replace(/\{\{\s*(param\.)?([A-Za-z0-9_]+)\s*\}\}/g, (_all, param: string | undefined, name: string) =>
    escape((param ? m.params[name] : values[name]) ?? ''),
  );
}

export function signBody(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${body}`).digest('hex');
}

const TIMEOUT_MS = 10_000;

export class HttpSmsGateway implements MessageGateway {
  readonly name = 'http-sms';

  private readonly settings: SmsGatewaySettings;
  private readonly secret: string;
  private readonly clock: () => number;
  private readonly fetchImpl: typeof fetch;

  constructor(settings: SmsGatewaySettings, secret: string, clock: () => number, fetchImpl: typeof fetch = fetch) {
    this.settings = settings;
    this.secret = secret;
    this.clock = clock;
    this.fetchImpl = fetchImpl;
  }

  async send(message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryResult> {
    const { settings } = this;
    const body = renderBody(settings.bodyTemplate, settings.contentType, message);
    const timestamp = String(this.clock());
    let res: Response;
    try {
      res = await this.fetchImpl(settings.url, {
        method: 'POST',
        headers: {
          'content-type':
            settings.contentType === 'json' ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded',
          [settings.timestampHeader]: timestamp,
          [settings.signatureHeader]: signBody(this.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
        redirect: 'error',
      });
    } catch (err) {
      return { ok: false, error: `no answer: ${err instanceof Error ? err.message : String(err)}`, retry: true };
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.ok) return { ok: true };
    const retry = res.status === 408 || res.status === 429 || res.status >= 500;
    return { ok: false, error: `gateway answered ${res.status}`, retry };
  }
}
