import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for a bank's SMS platform, started by the tests: it accepts the HTTP
 * adapter's POST, checks its HMAC-SHA256 signature like a real platform would, and keeps the
 * messages so a test can read the verification code a customer would get on the phone.
 * `failNext(n)` answers 503 to the next n requests (the adapter must retry).
 */
export const FAKE_SMS_SECRET = 'fake-sms-gateway-signing-secret';
const BODY_TEMPLATE =
  '{"mobile":"{{phone}}","content":"{{text}}","msgId":"{{messageId}}","kind":"{{kind}}","code":"{{param.code}}"}';

export interface ReceivedSms {
  mobile: string;
  content: string;
  msgId: string;
  kind: string;
  code: string;
  signatureValid: boolean;
}

export interface FakeSmsGateway {
  readonly url: string;
  readonly received: ReceivedSms[];
  /** Requests seen, failed ones included. */
  readonly requests: number;
  failNext(n: number): void;
  waitFor(match: (m: ReceivedSms) => boolean, timeoutMs?: number): Promise<ReceivedSms>;
  /** The admin's settings for this gateway (PUT /api/admin/messaging). */
  settings(): Record<string, unknown>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function signatureValid(body: string, timestamp: string | undefined, signature: string | undefined): boolean {
  if (!timestamp || !signature) return false;
  const expected = createHmac('sha256', FAKE_SMS_SECRET).update(`${timestamp}\n${body}`).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startFakeSmsGateway(): Promise<FakeSmsGateway> {
  const received: ReceivedSms[] = [];
  const waiters: { match: (m: ReceivedSms) => boolean; resolve: (m: ReceivedSms) => void }[] = [];
  let failing = 0;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      requests += 1;
      if (failing > 0) {
        failing -= 1;
        res.writeHead(503).end();
        return;
      }
      const valid = signatureValid(
        body,
        req.headers['x-timestamp'] as string | undefined,
        req.headers['x-signature'] as string | undefined,
      );
      if (!valid) {
        res.writeHead(401).end();
        return;
      }
      const m = { ...(JSON.parse(body) as Omit<ReceivedSms, 'signatureValid'>), signatureValid: valid };
      received.push(m);
      for (const w of [...waiters])
        if (w.match(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/send`;
  return {
    url,
    received,
    get requests() {
      return requests;
    },
    failNext(n) {
      failing = n;
    },
    waitFor(match, timeoutMs = 10_000) {
      const seen = received.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('expected text message did not arrive')), timeoutMs);
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    settings: () => ({
      enabled: true,
      url,
      contentType: 'json',
      bodyTemplate: BODY_TEMPLATE,
      signatureHeader: 'X-Signature',
      timestampHeader: 'X-Timestamp',
      signName: '【示范银行】',
      pushContact: 'mailto:it@branch.example',
      secret: FAKE_SMS_SECRET,
    }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
