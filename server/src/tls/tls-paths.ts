import { join } from 'node:path';

/** Where `npm run make-cert` keeps the branch CA and the server certificate: DATA_DIR/tls. */
export function tlsDir(dataDir: string): string {
  return join(dataDir, 'tls');
}

export interface BranchTlsFiles {
  dir: string;
  /** The CA certificate: public, what devices install and trust. */
  caCert: string;
  caKey: string;
  /** The server's certificate chain (server, then CA): TLS_CERT. */
  serverCert: string;
  /** TLS_KEY. */
  serverKey: string;
}

export function branchTlsFiles(dir: string): BranchTlsFiles {
  return {
    dir,
    caCert: join(dir, 'branch-ca.pem'),
    caKey: join(dir, 'branch-ca-key.pem'),
    serverCert: join(dir, 'server-cert.pem'),
    serverKey: join(dir, 'server-key.pem'),
  };
}
