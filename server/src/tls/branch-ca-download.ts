import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { branchTlsFiles, tlsDir } from './tls-paths.ts';

/** Where kiosks, tablets and phones fetch the branch CA to trust it (over http too: they do not trust https yet). */
export const BRANCH_CA_PATH = '/branch-ca.crt';

/**
 * Answers the branch CA made by `npm run make-cert` in DATA_DIR/tls (a public certificate,
 * never a key), or 404 when the branch uses its bank's certificate. The admin page shows its
 * fingerprint to compare on the device.
 */
export function branchCaDownload(dataDir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const file = branchTlsFiles(tlsDir(dataDir)).caCert;
  return (_req, res) => {
    let pem: string;
    try {
      pem = readFileSync(file, 'utf8');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('No branch CA: this branch uses a certificate its bank provides.\n');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/x-x509-ca-cert',
      'content-disposition': 'attachment; filename="branch-ca.crt"',
      'cache-control': 'no-store',
    });
    res.end(pem);
  };
}
