import { describe, expect, it } from 'vitest';
import { isLoopbackHost, ticketQrBase } from './branch-config.ts';

describe('ticket QR base', () => {
  it('uses the branch public mobile address when one is set, even when the kiosk page is on loopback', () => {
    expect(ticketQrBase('https://m.bank.example/branch-0101/', 'http://127.0.0.1:3101')).toBe(
      'https://m.bank.example/branch-0101/',
    );
  });

  it("falls back to the kiosk page's own origin when it is a LAN address", () => {
    expect(ticketQrBase(undefined, 'http://10.0.0.2:3000')).toBe('http://10.0.0.2:3000');
    expect(ticketQrBase('', 'http://branch.lan:3000')).toBe('http://branch.lan:3000');
  });

  it('gives no base when neither the public address nor the kiosk origin is reachable from a phone', () => {
    for (const origin of [
      'http://127.0.0.1:3101',
      'http://localhost:3000',
      'http://kiosk.localhost',
      'http://[::1]:3000',
      'http://0.0.0.0:3000',
      'null',
      'file://',
    ]) {
      expect(ticketQrBase(undefined, origin), origin).toBeNull();
      expect(ticketQrBase('', origin), origin).toBeNull();
    }
    expect(ticketQrBase('http://localhost:8080/m', 'http://10.0.0.2:3000')).toBeNull();
  });

  it('tells loopback hosts from addresses phones can open', () => {
    for (const h of ['localhost', 'LOCALHOST.', '127.0.0.1', '127.8.9.10', '[::1]', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isLoopbackHost(h), h).toBe(true);
    }
    for (const h of ['10.0.0.2', '192.168.1.20', 'branch.lan', 'm.bank.example', '128.0.0.1', 'localhost.example']) {
      expect(isLoopbackHost(h), h).toBe(false);
    }
  });
});
