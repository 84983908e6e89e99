import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An integrator's webhook endpoint for the tests: keeps what arrives; `status` sets the answer. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; seq: number; type: string; ticket?: Record<string, unknown>; booking?: Record<string, unknown> };
}

export interface FakeWebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** HTTP status answered from now on (200 by default). */
  status: number;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<FakeWebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const receiver = {
    url: '',
    received,
    status: 200,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body) as ReceivedWebhook['json'] });
      res.writeHead(receiver.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** What an integrator checks: `t=<ms>,v1=<hex HMAC-SHA256("<t>.<body>")>` under the endpoint's secret. */
export function validSignature(w: ReceivedWebhook, secret: string): boolean {
  const header = String(w.headers['x-lobby-signature'] ?? '');
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return false;
  return createHmac('sha256', secret).update(`${m[1]}.${w.body}`).digest('hex') === m[2];
}
