import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LobbyApp } from '../../server/src/app/create-app.ts';
import { StartFailure } from '../../server/src/app/start-failure.ts';
import { DEMO_ADMIN, DEMO_TELLER_PASSWORD } from '../../server/src/seed/demo-seed.ts';
import { issueBranchCertificate, type IssuedCertificate } from '../../server/src/tls/branch-ca.ts';
import { tlsDir } from '../../server/src/tls/tls-paths.ts';
import { readTlsFiles } from '../../server/src/tls/tls-files.ts';
import { sha256Fingerprint } from '../support/fingerprint.ts';

/**
 * HTTPS on the branch LAN with the branch's own CA (npm run make-cert): the server answers
 * https for branch.lan, a client that trusts only the branch CA verifies it, REST and the
 * websocket work over it, plain http on the same port is redirected — except the CA itself,
 * which a device fetches before it trusts https.
 */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dataDir: string;
let app: LobbyApp;
let port: number;
let issued: IssuedCertificate;
let ca: string;
/** The server certificate the running server holds (the first test re-issues the file). */
let served: string;

function https(
  path: string,
  opts: { method?: string; body?: unknown; host?: string; token?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        ca,
        servername: 'branch.lan',
        headers: {
          host: `${opts.host ?? 'branch.lan'}:${port}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
      },
      (res) => collect(res, resolve),
    );
    req.on('error', reject);
    req.end(body);
  });
}

function plainHttp(path: string, host = 'branch.lan'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host: `${host}:${port}` } }, (res) =>
      collect(res, resolve),
    );
    req.on('error', reject);
    req.end();
  });
}

function collect(res: IncomingMessage, resolve: (a: Answer) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby-tls-'));
  issued = issueBranchCertificate(tlsDir(dataDir), ['branch.lan', 'localhost', '127.0.0.1'], '人民路支行');
  ca = readFileSync(issued.files.caCert, 'utf8');
  app = createApp({
    dataDir,
    logger: pino({ level: 'silent' }),
    mode: 'demo',
    allowedHosts: ['branch.lan'],
    tls: readTlsFiles({ certFile: issued.files.serverCert, keyFile: issued.files.serverKey }),
  });
  served = readFileSync(issued.files.serverCert, 'utf8');
  return new Promise<void>((done) =>
    app.httpServer.listen(0, '127.0.0.1', () => {
      port = (app.httpServer.address() as AddressInfo).port;
      done();
    }),
  );
});

afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the branch CA and its server certificate', () => {
  it('keeps the keys private (0600) and the CA for the next certificate', () => {
    expect(statSync(issued.files.caKey).mode & 0o777).toBe(0o600);
    expect(statSync(issued.files.serverKey).mode & 0o777).toBe(0o600);
    expect(statSync(issued.files.dir).mode & 0o777).toBe(0o700);
    expect(issued.newCa).toBe(true);
    const again = issueBranchCertificate(tlsDir(dataDir), ['branch.lan', '10.1.2.3'], '人民路支行');
    expect(again.newCa).toBe(false);
    expect(readFileSync(again.files.caCert, 'utf8')).toBe(ca);
    // Put the first server certificate back: the running server holds it, the test compares names.
    issueBranchCertificate(tlsDir(dataDir), ['branch.lan', 'localhost', '127.0.0.1'], '人民路支行');
  });

  it('refuses a key that is not the certificate’s, and a missing file, in one line', () => {
    const other = mkdtempSync(join(tmpdir(), 'lobby-tls-other-'));
    try {
      const second = issueBranchCertificate(other, ['branch.lan'], 'other');
      const mismatch = () => readTlsFiles({ certFile: issued.files.serverCert, keyFile: second.files.serverKey });
      expect(mismatch).toThrow(StartFailure);
      expect(mismatch).toThrow(/are not a certificate and its key/);
      const missing = join(other, 'nope.pem');
      expect(() => readTlsFiles({ certFile: missing, keyFile: second.files.serverKey })).toThrow(
        `TLS_CERT ${missing} does not exist`,
      );
      writeFileSync(join(other, 'empty.pem'), '');
      expect(() => readTlsFiles({ certFile: join(other, 'empty.pem'), keyFile: second.files.serverKey })).toThrow(
        /TLS_CERT holds no PEM certificate/,
      );
      const later = Date.now() + 900 * 86_400_000;
      expect(() => readTlsFiles({ certFile: second.files.serverCert, keyFile: second.files.serverKey }, later)).toThrow(
        /expired on/,
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('a branch server with TLS on', () => {
  it('answers https for branch.lan with a certificate the branch CA verifies', async () => {
    const res = await https('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('serves sign-in over https and the websocket over wss', async () => {
    const login = await https('/api/auth/login', {
      method: 'POST',
      body: { username: DEMO_ADMIN.username, password: DEMO_ADMIN.password },
    });
    expect(login.status).toBe(200);
    const { token } = JSON.parse(login.body) as { token: string };
    const socket = connectClient(`https://127.0.0.1:${port}`, {
      auth: { token },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ca, // only the branch CA: the certificate is verified (for the address 127.0.0.1)
    });
    try {
      const ready = await new Promise<{ principal: { role: string } }>((resolve, reject) => {
        socket.once('session:ready', resolve);
        socket.once('connect_error', reject);
      });
      expect(ready.principal.role).toBe('admin');
    } finally {
      socket.disconnect();
    }
  });

  it('redirects plain http on the same port to https, for any path and query', async () => {
    const res = await plainHttp('/counter/?lang=en');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe(`https://branch.lan:${port}/counter/?lang=en`);
    const api = await plainHttp('/api/auth/me');
    expect(api.status).toBe(308);
  });

  it('keeps the Host check on plain http too', async () => {
    const res = await plainHttp('/counter', 'evil.example');
    expect(res.status).toBe(421);
    expect(res.headers.location).toBeUndefined();
  });

  it('hands out the branch CA over http and https (never a key) for devices to trust', async () => {
    for (const res of [await plainHttp('/branch-ca.crt'), await https('/branch-ca.crt')]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/x-x509-ca-cert');
      expect(res.body).toBe(ca);
      expect(res.body).not.toMatch(/PRIVATE KEY/);
    }
  });

  it('tells the admin page that TLS is on, for which names, and the branch CA’s SHA-256 fingerprint', async () => {
    const signIn = async (username: string, password: string) =>
      (
        JSON.parse((await https('/api/auth/login', { method: 'POST', body: { username, password } })).body) as {
          token: string;
        }
      ).token;
    const res = await https('/api/admin/tls', { token: await signIn(DEMO_ADMIN.username, DEMO_ADMIN.password) });
    expect(res.status).toBe(200);
    const status = (JSON.parse(res.body) as { data: Record<string, unknown> }).data;
    expect(status).toMatchObject({
      enabled: true,
      names: ['branch.lan', 'localhost', '127.0.0.1'],
      branchCa: { path: '/branch-ca.crt', fingerprintSha256: sha256Fingerprint(ca) },
    });
    expect(status.validTo).toBe(Date.parse(new X509Certificate(served).validTo));
    const teller = await https('/api/admin/tls', { token: await signIn('teller1', DEMO_TELLER_PASSWORD) });
    expect(teller.status).toBe(403);
  });
});
