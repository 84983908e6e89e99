// The README's architecture layers as a lint rule (import-x/no-restricted-paths): each zone
// says what a folder may NOT import, so a layer cannot be crossed by accident. `npm run lint`
// runs it; .ci/run runs lint. See docs/architecture.md for the layers and why.
const S = './server/src';
const SERVER_LAYERS = [
  'engine',
  'store',
  'queue',
  'auth',
  'context',
  'commands',
  'realtime',
  'http',
  'features',
  'app',
  'seed',
  'cli',
];
const FEATURES = [
  'admin',
  'alerts',
  'appointments',
  'backup',
  'complaints',
  'kpi',
  'messaging',
  'queue',
  'ratings',
  'reminders',
  'reports',
  'replication',
  'webhooks',
];
/**
 * The only feature → feature dependencies: the KPI scorecard is computed from the reports' figures;
 * a check-in or a phone ticket is issued by the queue's one issue use case; the messaging settings
 * show (and rotate) the appointments' hall poster.
 */
const FEATURE_DEPENDS_ON = { kpi: ['reports'], appointments: ['queue'], messaging: ['appointments'] };
/** Packages with I/O or a runtime: never in the pure engine. */
const IO_PACKAGES = [
  'better-sqlite3',
  'express',
  'socket.io',
  'pino',
  'exceljs',
  'helmet',
  'rate-limiter-flexible',
  'pg',
];
const WORKSPACES = ['server', 'kiosk', 'display-board', 'counter-client', 'hq', 'tests', 'bench'];
const CLIENTS = ['kiosk', 'display-board', 'counter-client'];

/** `layer` may not import any of `forbidden` (server layers). */
const serverZone = (layer, forbidden, message) =>
  forbidden.map((from) => ({ target: `${S}/${layer}`, from: `${S}/${from}`, message }));

const zones = [
  // The engine is pure: (state, command, now) → {state, events}; no I/O, no other layer.
  ...serverZone(
    'engine',
    SERVER_LAYERS.filter((l) => l !== 'engine' && l !== 'seed'),
    'The engine is pure: it imports nothing but shared/ and itself.',
  ),
  { target: `${S}/engine`, from: `${S}/seed`, except: ['./demo-config.ts'], message: 'The engine is pure.' },
  ...IO_PACKAGES.map((pkg) => ({
    target: `${S}/engine`,
    from: `./node_modules/${pkg}`,
    message: 'The engine is pure: no I/O packages.',
  })),
  ...serverZone(
    'store',
    ['queue', 'context', 'commands', 'realtime', 'http', 'features', 'app'],
    'Stores are the bottom layer: repositories over the one connection.',
  ),
  ...serverZone(
    'queue',
    ['context', 'commands', 'realtime', 'http', 'features', 'app'],
    'The queue service sits on the engine and the stores only.',
  ),
  ...serverZone(
    'auth',
    ['queue', 'context', 'commands', 'realtime', 'http', 'features', 'app'],
    'Auth sits on the stores only.',
  ),
  ...serverZone(
    'context',
    ['commands', 'realtime', 'http', 'features', 'app'],
    'The feature contract (AppContext, Feature) names lower layers only.',
  ),
  ...serverZone(
    'commands',
    ['realtime', 'http', 'features', 'app'],
    'The command runner serves socket and REST alike.',
  ),
  ...serverZone('realtime', ['http', 'features', 'app'], 'Socket.io reaches features through the command runner.'),
  ...serverZone(
    'http',
    ['realtime', 'features', 'app'],
    'REST reaches features through their routers and the command runner.',
  ),
  ...serverZone('features', ['realtime', 'app'], 'Features get what they need through the AppContext.'),
  ...FEATURES.flatMap((f) =>
    FEATURES.filter((g) => g !== f && !(FEATURE_DEPENDS_ON[f] ?? []).includes(g)).map((g) => ({
      target: `${S}/features/${f}`,
      from: `${S}/features/${g}`,
      message: `Features do not import each other (${f} → ${g}): share through a store, shared/ or the AppContext.`,
    })),
  ),
  // shared/ is the wire protocol: zod (and the socket.io client for the client realtime module),
  // plus chinese-days for the one branch calendar the kiosk and the server judge alike.
  ...WORKSPACES.map((w) => ({ target: './shared/src', from: `./${w}`, message: 'shared/ imports no workspace.' })),
  {
    target: './shared/src',
    from: './node_modules',
    except: ['./zod', './socket.io-client', './socket.io', './chinese-days', './vitest', './@types'],
    message:
      'shared/ depends on zod (socket.io-client for the client realtime module, chinese-days for the branch calendar) only.',
  },
  // A client never imports server code, head office code or another client.
  ...CLIENTS.flatMap((c) =>
    ['server', 'hq', 'tests', 'bench', ...CLIENTS.filter((o) => o !== c)].map((w) => ({
      target: `./${c}/src`,
      from: `./${w}`,
      message: 'A client imports shared/ and itself only.',
    })),
  ),
];

export const boundaries = { zones };
