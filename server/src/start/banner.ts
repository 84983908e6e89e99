/**
 * What the start prints: where every surface is. Demo passwords are printed because they
 * are the demo's (and the README says so); a real branch's banner never holds a password
 * except the first admin's one-time password, shown once when it is created.
 */
import { networkInterfaces } from 'node:os';
import type { Settings } from '../config/load-settings.ts';
import {
  DEMO_ADMIN,
  DEMO_LOBBY,
  DEMO_TELLER_COUNT,
  DEMO_TELLER_PASSWORD,
  DEMO_VIPS,
  type DemoDevice,
} from '../seed/demo-seed.ts';

export interface BannerFacts {
  settings: Settings;
  readyMs: number;
  /** The port actually listened on (PORT=0 picks one). */
  port: number;
  scheme: 'http' | 'https';
  demoDevices: DemoDevice[];
  /** A real branch's first start: the admin's one-time password (never stored in clear). */
  firstAdminPassword: string | null;
}

export function startBanner(f: BannerFacts): string {
  const { settings } = f;
  const shown = settings.host === '0.0.0.0' || settings.host === '::' ? lanAddress() : settings.host;
  const base = `${f.scheme}://${shown}:${f.port}`;
  const device = (kind: string, counterId?: string) =>
    f.demoDevices.find((d) => d.kind === kind && (counterId === undefined || d.counterId === counterId))?.token;
  const withDevice = (path: string, token: string | undefined) =>
    token ? `${base}${path}?device=${token}` : `${base}${path}  (pair it in Admin → 设备)`;
  const demo = settings.mode === 'demo';
  const lines = [
    '',
    `Lobby queue server ready in ${f.readyMs} ms — ${demo ? 'DEMO branch (演示)' : 'branch'} — DATA_DIR ${settings.dataDir}`,
    '',
    `  Kiosk             ${withDevice('/kiosk/', device('kiosk'))}`,
    `  Hall display      ${withDevice('/display/', device('display'))}`,
    `  Counter client    ${base}/counter`,
    `  Lobby console     ${base}/lobby`,
    `  Admin & reports   ${base}/admin`,
    `  Mobile ticket     ${base}/t/<token>  (QR on each ticket)`,
    `  Integrator API    ${base}/api/openapi.json`,
    `  Health            ${base}/healthz`,
    '',
  ];
  if (demo) {
    lines.push(
      ...f.demoDevices
        .filter((d) => d.kind === 'evaluator')
        .map((d) => `  Evaluator ${d.counterId?.padEnd(4)}   ${withDevice('/counter/rate', d.token)}`),
      '',
      `  Demo logins       admin / ${DEMO_ADMIN.password}, ${DEMO_LOBBY.username} / ${DEMO_LOBBY.password}, teller1 … teller${DEMO_TELLER_COUNT} / ${DEMO_TELLER_PASSWORD}`,
      `  Demo VIPs         ${DEMO_VIPS.map((v) => `${v.label} ${v.identifier} → ${v.tierId}`).join(', ')}`,
      '',
    );
  } else if (f.firstAdminPassword) {
    lines.push(
      '  First start: one administrator was created. Sign in at /admin and choose a new password.',
      `      username: admin`,
      `      one-time password: ${f.firstAdminPassword}`,
      '  It is shown only now and stored only as a hash (lost it? npm run reset-admin).',
      '',
    );
  }
  return lines.join('\n');
}

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}
