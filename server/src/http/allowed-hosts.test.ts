import { expect, test } from 'vitest';
import { createHostCheck, hostOf } from './allowed-hosts.ts';

test('hostOf drops the port, brackets, case and a trailing dot', () => {
  expect(hostOf('Branch.LAN:3000')).toBe('branch.lan');
  expect(hostOf('branch.lan.')).toBe('branch.lan');
  expect(hostOf('[::1]:8080')).toBe('::1');
  expect(hostOf('[fe80::1]')).toBe('fe80::1');
  expect(hostOf('fe80::1')).toBe('fe80::1');
  expect(hostOf('10.0.0.5:80')).toBe('10.0.0.5');
});

test('own names, listed names, leading-dot domains, the mobile address; nothing else', () => {
  let mobile: string | undefined = 'https://m.bank.example:8443/b12';
  const ok = createHostCheck(['queue.branch.lan', '.hall.lan'], () => mobile);
  for (const h of [
    'localhost:1',
    '127.0.0.1',
    '[::1]:3000',
    'queue.branch.lan',
    'hall.lan',
    'x.y.hall.lan',
    'm.bank.example',
  ])
    expect(ok(h), h).toBe(true);
  for (const h of ['evil.example', 'xhall.lan', 'hall.lan.evil', 'queue.branch.lan.evil', '', ':80'])
    expect(ok(h), h).toBe(false);
  // The mobile address follows the live config.
  mobile = '';
  expect(ok('m.bank.example')).toBe(false);
  // No Host header at all is not a browser.
  expect(ok(undefined)).toBe(true);
  expect(createHostCheck(['*'], () => undefined)('anything.example')).toBe(true);
});
