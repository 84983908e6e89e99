import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from './load-settings.ts';
import { SETTINGS } from './settings-schema.ts';
import { settingsTable } from './settings-table.ts';

const fails = (env: Record<string, string>, argv: string[] = []) => {
  try {
    loadSettings(env, argv);
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return (err as Error).message;
  }
  throw new Error('expected a SettingsError');
};

describe('loadSettings', () => {
  it('gives every setting its default when nothing is set (a real branch, plain http, port 3000)', () => {
    const s = loadSettings({});
    expect(s).toMatchObject({
      mode: 'branch',
      port: 3000,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      tls: null,
      allowedOrigins: [],
      allowedHosts: [],
      trustProxy: [],
      logLevel: 'info',
      clockOffsetMs: 0,
      backup: { dir: resolve('./data/backups'), at: { hour: 21, minute: 30 }, keep: 14 },
      replication: null,
    });
  });

  it('parses each kind of value, and --demo / --branch pick the mode', () => {
    const s = loadSettings(
      {
        PORT: '8443',
        DATA_DIR: '/srv/lobby',
        ALLOWED_ORIGINS: 'https://a.bank.lan:8443/, http://b.bank.lan',
        ALLOWED_HOSTS: 'branch.lan, .bank.lan, 10.1.2.3',
        TRUST_PROXY: 'loopback,10.0.0.0/8, ::1',
        LOG_LEVEL: 'warn',
        CLOCK_OFFSET_MS: '-3600000',
        LOBBY_MODE: 'branch',
        TLS_CERT: '/srv/lobby/tls/server-cert.pem',
        TLS_KEY: 'tls/server-key.pem',
      },
      ['--demo'],
    );
    expect(s).toMatchObject({
      mode: 'demo',
      port: 8443,
      dataDir: '/srv/lobby',
      tls: { certFile: '/srv/lobby/tls/server-cert.pem', keyFile: resolve('tls/server-key.pem') },
      allowedOrigins: ['https://a.bank.lan:8443', 'http://b.bank.lan'],
      allowedHosts: ['branch.lan', '.bank.lan', '10.1.2.3'],
      trustProxy: ['loopback', '10.0.0.0/8', '::1'],
      logLevel: 'warn',
      clockOffsetMs: -3_600_000,
    });
    expect(loadSettings({ LOBBY_MODE: 'demo' }, ['--branch']).mode).toBe('branch');
    expect(loadSettings({ PORT: '' }).port).toBe(3000);
    expect(loadSettings({ BACKUP_DIR: '/mnt/nas/lobby', BACKUP_AT: '02:05', BACKUP_KEEP: '30' }).backup).toEqual({
      dir: '/mnt/nas/lobby',
      at: { hour: 2, minute: 5 },
      keep: 30,
    });
    expect(loadSettings({ BACKUP_AT: 'off' }).backup.at).toBeNull();
  });

  it('stops at a bad value with one line: which setting, what it must be, what it got', () => {
    expect(fails({ PORT: 'abc' })).toBe('PORT must be a whole number, got "abc"');
    expect(fails({ PORT: '70000' })).toBe('PORT must be at most 65535, got "70000"');
    expect(fails({ LOBBY_MODE: 'prod' })).toBe('LOBBY_MODE must be demo or branch, got "prod"');
    expect(fails({ CLOCK_OFFSET_MS: '1.5' })).toMatch(/^CLOCK_OFFSET_MS must be a whole number/);
    expect(fails({ TRUST_PROXY: 'true' })).toMatch(/^TRUST_PROXY each entry must be an address/);
    expect(fails({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/^TRUST_PROXY /);
    expect(fails({ ALLOWED_ORIGINS: 'branch.lan' })).toMatch(/^ALLOWED_ORIGINS each entry must be an origin/);
    expect(fails({ ALLOWED_ORIGINS: 'https://a.lan/path' })).toMatch(/^ALLOWED_ORIGINS /);
    expect(fails({ ALLOWED_HOSTS: 'http://x' })).toMatch(/^ALLOWED_HOSTS /);
    expect(fails({ LOG_LEVEL: 'verbose' })).toMatch(/^LOG_LEVEL must be fatal, error/);
    expect(fails({ HQ_URL: 'http://hq' })).toMatch(/HQ_URL/);
    expect(fails({ BACKUP_AT: '25:00' })).toBe(
      'BACKUP_AT must be a time HH:MM (branch local time) or off, got "25:00"',
    );
    expect(fails({ BACKUP_KEEP: '0' })).toBe('BACKUP_KEEP must be at least 1, got "0"');
    expect(fails({ TLS_CERT: 'cert.pem' })).toBe(
      'TLS_CERT and TLS_KEY go together: set both (certificate and key files) or neither',
    );
    expect(fails({ TLS_KEY: 'key.pem' })).toMatch(/^TLS_CERT and TLS_KEY go together/);
    for (const message of [fails({ PORT: 'x' }), fails({ TRUST_PROXY: 'yes' })]) expect(message).not.toContain('\n');
  });
});

describe('the README settings table', () => {
  it('lists every setting exactly as the definitions say', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    expect(readme).toContain(settingsTable());
    for (const name of Object.keys(SETTINGS)) expect(settingsTable()).toContain(`| \`${name}\` |`);
  });
});
