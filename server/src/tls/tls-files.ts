import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { StartFailure } from '../app/start-failure.ts';

/**
 * Reads TLS_CERT and TLS_KEY and checks they make a usable pair, so a wrong path, an
 * unreadable key or a key of another certificate stops the start in one line.
 */
export function readTlsFiles(
  files: { certFile: string; keyFile: string } | null,
  now = Date.now(),
): { cert: string; key: string } | null {
  if (!files) return null;
  const cert = read('TLS_CERT', files.certFile);
  const key = read('TLS_KEY', files.keyFile);
  const pairProblem = (why: string) =>
    new StartFailure(
      `TLS_CERT ${files.certFile} and TLS_KEY ${files.keyFile} are not a certificate and its key (${why}): check both files, or make new ones with npm run make-cert`,
    );
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw pairProblem('TLS_CERT holds no PEM certificate');
  }
  let matches: boolean;
  try {
    matches = certificate.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw pairProblem('TLS_KEY holds no PEM private key');
  }
  if (!matches) throw pairProblem('the key belongs to another certificate');
  if (Date.parse(certificate.validTo) < now)
    throw new StartFailure(
      `the certificate in TLS_CERT ${files.certFile} expired on ${certificate.validTo}: install a new one (npm run make-cert makes one)`,
    );
  return { cert, key };
}

function read(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read by this user'
          : `cannot be read (${code})`;
    throw new StartFailure(
      `${name} ${path} ${what}: point ${name} at the PEM file, or make one with npm run make-cert`,
    );
  }
}
