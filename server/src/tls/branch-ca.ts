/**
 * A branch's own certificate authority, for branches whose bank provides no certificate:
 * one CA (10 years) that kiosks, tablets and phones trust once, and a server certificate
 * (825 days, the most browsers accept) it signs for the server's LAN names and addresses.
 * Re-issuing the server certificate (a new address) keeps the CA, so nothing is trusted again.
 * Keys come from Node's crypto; node-forge writes the certificates.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import forge from 'node-forge';
import { branchTlsFiles, type BranchTlsFiles } from './tls-paths.ts';

const DAY_MS = 86_400_000;
const CA_DAYS = 3650;
const SERVER_DAYS = 825;

export interface IssuedCertificate {
  files: BranchTlsFiles;
  /** A new CA was made (devices must trust it); false: the existing one signed. */
  newCa: boolean;
  names: string[];
  validTo: Date;
}

/** Creates the CA in `dir` unless there is one, then a server certificate for `names` (host names and addresses). */
export function issueBranchCertificate(
  dir: string,
  names: readonly string[],
  branchName: string,
  now = new Date(),
): IssuedCertificate {
  if (names.length === 0) throw new Error('a server certificate needs at least one name or address');
  const files = branchTlsFiles(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const newCa = !(existsSync(files.caCert) && existsSync(files.caKey));
  const ca = newCa ? createCa(files, branchName, now) : loadCa(files);

  const keys = newKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - DAY_MS);
  const validTo = new Date(now.getTime() + SERVER_DAYS * DAY_MS);
  cert.validity.notAfter = validTo;
  cert.setSubject([utf8('CN', names[0] ?? '')]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  writePrivate(files.serverKey, keys.privatePem);
  // The chain: server certificate, then the CA, so a client that was given only the CA verifies it.
  writeFileSync(files.serverCert, forge.pki.certificateToPem(cert) + forge.pki.certificateToPem(ca.cert), {
    mode: 0o644,
  });
  return { files, newCa, names: [...names], validTo };
}

function createCa(files: BranchTlsFiles, branchName: string, now: Date) {
  const keys = newKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - DAY_MS);
  cert.validity.notAfter = new Date(now.getTime() + CA_DAYS * DAY_MS);
  const subject = [utf8('CN', `${branchName} branch CA`), utf8('O', 'Lobby queue')];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  writePrivate(files.caKey, keys.privatePem);
  writeFileSync(files.caCert, forge.pki.certificateToPem(cert), { mode: 0o644 });
  return { cert, key: keys.privateKey };
}

function loadCa(files: BranchTlsFiles) {
  return {
    cert: forge.pki.certificateFromPem(readFileSync(files.caCert, 'utf8')),
    key: forge.pki.privateKeyFromPem(readFileSync(files.caKey, 'utf8')),
  };
}

/** A name attribute as UTF8String (a branch name is Chinese). */
function utf8(shortName: string, value: string): forge.pki.CertificateField {
  // forge reads valueTagClass as the universal tag type; its typings call it a Class.
  return { shortName, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class };
}

function newKeys() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(privatePem);
  return {
    privatePem,
    privateKey: forgeKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
  };
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600); // an existing file keeps its old mode on write
}

/** 16 random bytes, positive. */
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}
