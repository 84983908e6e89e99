import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TLS_ROUTES, type TlsStatus } from '@lobby/shared';
import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { BRANCH_CA_PATH } from '../../tls/branch-ca-download.ts';
import { branchTlsFiles, tlsDir } from '../../tls/tls-paths.ts';

/**
 * The admin's HTTPS page (GET /api/admin/tls): TLS on or off and the names of the server
 * certificate, and the branch CA kiosks, tablets and phones must trust, with its SHA-256
 * fingerprint to compare on the device. The CA file is read on each request: `npm run
 * make-cert` may make it while the server runs (devices trust it before TLS is turned on).
 */
export function createTlsFeature(dataDir: string, tls: { cert: string } | null): Feature {
  const server = tls ? new X509Certificate(tls.cert) : null;
  const caFile = branchTlsFiles(tlsDir(dataDir)).caCert;
  const status = (): TlsStatus => ({
    enabled: server !== null,
    names: server ? subjectAltNames(server) : [],
    validTo: server ? Date.parse(server.validTo) : null,
    branchCa: branchCa(caFile),
  });
  return {
    name: 'tls',
    router(ctx) {
      const rest = new RestRouter(ctx);
      rest.add(TLS_ROUTES.status, () => ({ ok: true, data: status() }));
      return rest.router;
    },
  };
}

function branchCa(file: string): TlsStatus['branchCa'] {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(readFileSync(file));
  } catch {
    return null; // none made (the bank's certificate), or not a certificate: nothing to trust
  }
  return {
    path: BRANCH_CA_PATH,
    subject: cert.subject.replace(/\n/g, ', '),
    fingerprintSha256: cert.fingerprint256,
    validTo: Date.parse(cert.validTo),
  };
}

/** `DNS:branch.lan, IP Address:10.1.2.3` → `['branch.lan', '10.1.2.3']`. */
export function subjectAltNames(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '')
    .split(', ')
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ''))
    .filter((name) => name !== '');
}
