/**
 * The address each kiosk's page was opened at, as its socket's Origin header says, from its
 * last connection since the server started. The kiosk builds its ticket QR from it when the
 * branch has no public mobile address: the admin warns about a kiosk opened at 127.0.0.1,
 * whose tickets then carry no QR code (19.13). Memory only: a restart forgets, the kiosk's
 * next connection tells again.
 */
export class KioskOrigins {
  private readonly byDevice = new Map<string, string | null>();

  connected(deviceId: string, origin: string | undefined): void {
    this.byDevice.set(deviceId, typeof origin === 'string' && origin !== '' ? origin : null);
  }

  /** undefined: not connected since the start; null: connected without an Origin (no browser page). */
  originOf(deviceId: string): string | null | undefined {
    return this.byDevice.get(deviceId);
  }
}
