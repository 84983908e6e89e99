import type { DeviceKind } from '@lobby/shared';
import type { TestServer } from '../../support/server.ts';
import { request } from './http.ts';

/** Pairs one more device through the admin API; its token and id. */
export async function pairDevice(
  server: TestServer,
  kind: DeviceKind,
  name: string,
  counterId: string | null = null,
): Promise<{ id: string; token: string }> {
  const res = await request(server, 'POST', '/api/admin/devices', {
    token: await server.login('admin'),
    body: { kind, name, counterId },
  });
  const body = res.body as { ok: boolean; data?: { device: { id: string }; token: string } };
  if (!body.ok || !body.data) throw new Error(`pairing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: body.data.device.id, token: body.data.token };
}
