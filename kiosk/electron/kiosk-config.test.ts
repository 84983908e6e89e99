import { describe, expect, it } from 'vitest';
import { kioskStartUrl, loadKioskConfig } from './kiosk-config.ts';

describe('loadKioskConfig', () => {
  it('prefers env over the config file', () => {
    const config = loadKioskConfig({
      env: { KIOSK_SERVER_URL: 'http://10.0.0.5:8080', KIOSK_PRINTER: 'EPSON TM-T88' },
      fileText: JSON.stringify({ serverUrl: 'http://10.0.0.9', deviceToken: 'file-token', printerName: 'other' }),
      hostname: 'kiosk-01',
    });
    expect(config.serverUrl.origin).toBe('http://10.0.0.5:8080');
    expect(config.deviceToken).toBe('file-token');
    expect(config.printerName).toBe('EPSON TM-T88');
    expect(config.deviceId).toBe('kiosk-01');
  });

  it('falls back to defaults', () => {
    const config = loadKioskConfig({ env: {}, fileText: null, hostname: 'h' });
    expect(config.serverUrl.origin).toBe('http://127.0.0.1:3000');
    expect(config.deviceToken).toBe('');
    expect(config.printerName).toBe('');
  });

  it('rejects a broken file and a non-web server URL', () => {
    expect(() => loadKioskConfig({ env: {}, fileText: '[1]', hostname: 'h' })).toThrow();
    expect(() => loadKioskConfig({ env: { KIOSK_SERVER_URL: 'file:///x' }, fileText: null, hostname: 'h' })).toThrow();
  });

  it('builds the kiosk page URL with the device token', () => {
    const config = loadKioskConfig({
      env: { KIOSK_SERVER_URL: 'http://10.0.0.5:8080/ignored', KIOSK_DEVICE_TOKEN: 'a b&c' },
      fileText: null,
      hostname: 'h',
    });
    const url = new URL(kioskStartUrl(config));
    expect(url.origin).toBe('http://10.0.0.5:8080');
    expect(url.pathname).toBe('/kiosk/');
    expect(url.searchParams.get('device')).toBe('a b&c');
  });
});
