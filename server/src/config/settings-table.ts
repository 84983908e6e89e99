import { SETTINGS } from './settings-schema.ts';

/** Settings parsed by the head-office replication module (features/replication), listed here too. */
const REPLICATION_ROWS: [string, string, string][] = [
  ['HQ_URL', '—', 'Head office, `https://…` (TLS only). Unset: the branch runs on its own.'],
  ['HQ_BRANCH_KEY', '—', 'The key head office showed when it registered this branch.'],
  ['HQ_CA_FILE', '—', 'PEM of the CA (or self-signed certificate) of head office’s TLS, if private.'],
  ['HQ_OUTBOX_MAX_MB', '256', 'Bound of the replication outbox on disk.'],
];

/** The README's settings table, from the one definition (a test keeps the README in step). */
export function settingsTable(): string {
  const rows: [string, string, string][] = [
    ...Object.entries(SETTINGS).map(([name, def]): [string, string, string] => [name, def.default, def.doc]),
    ...REPLICATION_ROWS,
  ];
  return [
    '| Setting | Default | What it does |',
    '|---|---|---|',
    ...rows.map(([name, def, doc]) => `| \`${name}\` | ${def === '—' ? '—' : `\`${def}\``} | ${doc} |`),
  ].join('\n');
}
