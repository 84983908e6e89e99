import { createDecipheriv, createECDH, createHmac, randomBytes, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Agent, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueBranchCertificate } from '../../server/src/tls/branch-ca.ts';

/**
 * A local stand-in for a browser's push service (FCM, Mozilla's, Apple's): an https endpoint
 * that takes the server's Web Push requests, and the browser's side of the subscription — its
 * P-256 key pair and auth secret — so a test can decrypt what the server sent (RFC 8291,
 * aes128gcm) and hand the plain message to the page's service worker. The machine has no
 * network, and Chromium's own push registration needs Google's servers.
 */
export interface FakePushService {
  /** The push service's origin (for the server's allowed push services). */
  origin: string;
  /** An endpoint of one subscription. */
  endpoint: string;
  /** The agent the server reaches it with (its certificate is signed by a test CA). */
  agent: Agent;
  /** The subscription's keys as PushSubscription.toJSON() gives them. */
  keys: { p256dh: string; auth: string };
  /** Messages received so far, decrypted. */
  received: string[];
  close(): Promise<void>;
}

export async function startFakePushService(): Promise<FakePushService> {
  const dir = mkdtempSync(join(tmpdir(), 'fake-push-'));
  const issued = issueBranchCertificate(join(dir, 'tls'), ['127.0.0.1'], 'fake push service');
  const ca = readFileSync(issued.files.caCert, 'utf8');
  const browserKey = createECDH('prime256v1');
  browserKey.generateKeys();
  const authSecret = randomBytes(16);
  const received: string[] = [];
  const server: Server = createServer(
    { cert: readFileSync(issued.files.serverCert), key: readFileSync(issued.files.serverKey) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          received.push(decryptAes128gcm(Buffer.concat(chunks), browserKey, authSecret));
          res.writeHead(201).end();
        } catch {
          res.writeHead(400).end();
        }
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ ca });
  return {
    origin,
    endpoint: `${origin}/push/${randomBytes(8).toString('hex')}`,
    agent,
    keys: { p256dh: browserKey.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
    received,
    close: async () => {
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();

/** RFC 8188 / 8291 decryption of one aes128gcm record, as the browser does it. */
export function decryptAes128gcm(body: Buffer, browserKey: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLen = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idLen);
  const record = body.subarray(21 + idLen);
  const shared = browserKey.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browserKey.getPublicKey(), serverPublic]);
  const ikm = hmac(hmac(authSecret, shared), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends in 0x02 and any zero padding after it.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('not a final aes128gcm record');
  return padded.subarray(0, end).toString('utf8');
}
