/**
 * `npm run make-cert [-- --name branch.lan --name 10.1.2.3 …]`: for a branch whose bank
 * provides no certificate. Makes the branch CA in DATA_DIR/tls (once; kept for later runs)
 * and a server certificate signed by it for this machine's names and LAN addresses (or the
 * --name values), then says how to turn TLS on and where devices get the CA.
 */
import { hostname, networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { issueBranchCertificate } from '../tls/branch-ca.ts';
import { BRANCH_CA_PATH } from '../tls/branch-ca-download.ts';
import { tlsDir } from '../tls/tls-paths.ts';

const { values } = parseArgs({
  options: { name: { type: 'string', multiple: true }, branch: { type: 'string' } },
});
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const names = values.name?.length ? values.name : defaultNames();
const issued = issueBranchCertificate(tlsDir(dataDir), names, values.branch ?? hostname());
const { files } = issued;
const firstUrl = `https://${names.find((n) => n !== 'localhost') ?? names[0]}:${process.env.PORT ?? 3000}`;
console.log(
  [
    issued.newCa ? `Made a new branch CA: ${files.caCert}` : `Signed with the existing branch CA: ${files.caCert}`,
    `Server certificate for ${issued.names.join(', ')} (valid until ${issued.validTo.toISOString().slice(0, 10)}):`,
    `  TLS_CERT=${files.serverCert}`,
    `  TLS_KEY=${files.serverKey}`,
    '',
    'Start the branch with both set. Every kiosk, tablet and phone must trust the branch CA once:',
    `download it from ${firstUrl.replace('https:', 'http:')}${BRANCH_CA_PATH}, and see docs/deploy.md (HTTPS) for each kind of device.`,
    issued.newCa ? '' : 'Devices that already trust this CA need nothing new.',
  ].join('\n'),
);

/** This machine's name, localhost, and every address of its network interfaces. */
function defaultNames(): string[] {
  const host = hostname();
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .filter((a) => !a.address.startsWith('fe80:')) // link-local: not how anyone reaches the server
    .map((a) => a.address);
  return [...new Set([host, 'localhost', ...addresses])];
}
