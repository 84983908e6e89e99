import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A self-signed certificate for head office (openssl), for a trial or a test: branches trust
 * it through HQ_CA_FILE. A real head office uses its bank's certificate (HQ_TLS_KEY_FILE,
 * HQ_TLS_CERT_FILE). Kept in `dir` and reused.
 */
export interface TlsFiles {
  key: string;
  cert: string;
  keyFile: string;
  certFile: string;
}

export function selfSignedCertificate(dir: string, hosts: string[] = ['localhost', 'hq.lan']): TlsFiles {
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'hq-key.pem');
  const certFile = join(dir, 'hq-cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const san = [...hosts.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '825',
        '-subj',
        '/CN=lobby head office',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), keyFile, certFile };
}
