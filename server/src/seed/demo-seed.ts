/**
 * Demo data for a fresh database: staff logins, paired devices and VIP customers.
 * Device tokens are stored hashed; the clear tokens go to DATA_DIR/demo-devices.json so
 * main can print the device URLs on every start (demo only; a real branch pairs devices
 * in the admin UI).
 */
import type { DeviceKind } from '@lobby/shared';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BranchStore } from '../store/branch-store.ts';
import type { BranchConfig } from '@lobby/shared';

export const DEMO_ADMIN = { username: 'admin', password: 'admin123' };
export const DEMO_LOBBY = { username: 'lobby', password: 'lobby123' };
export const DEMO_TELLER_PASSWORD = 'teller123';
export const DEMO_TELLER_COUNT = 8;
export const DEMO_VIPS = [
  { identifier: '6222020000000001', tierId: 'gold', label: 'card' },
  { identifier: '6222020000000002', tierId: 'platinum', label: 'card' },
  { identifier: '13800000001', tierId: 'diamond', label: 'phone' },
  { identifier: '13800000002', tierId: 'gold', label: 'phone' },
] as const;

export interface DemoDevice {
  kind: DeviceKind;
  name: string;
  counterId: string | null;
  token: string;
}

export const DEMO_DEVICES_FILE = 'demo-devices.json';

export function seedDemo(store: BranchStore, config: BranchConfig, dataDir: string, now: number): DemoDevice[] {
  const devices: DemoDevice[] = [];
  store.db
    .transaction(() => {
      store.staff.create(
        {
          username: DEMO_ADMIN.username,
          name: '管理员',
          role: 'admin',
          staffNo: '0001',
          password: DEMO_ADMIN.password,
          mustChangePassword: false,
        },
        now,
      );
      store.staff.create(
        {
          username: DEMO_LOBBY.username,
          name: '大堂经理',
          role: 'lobby',
          staffNo: '0002',
          password: DEMO_LOBBY.password,
          mustChangePassword: false,
        },
        now,
      );
      for (let i = 1; i <= DEMO_TELLER_COUNT; i++) {
        store.staff.create(
          {
            username: `teller${i}`,
            name: `柜员${i}`,
            role: 'teller',
            staffNo: String(1000 + i),
            password: DEMO_TELLER_PASSWORD,
            mustChangePassword: false,
          },
          now,
        );
      }
      const pair = (kind: DeviceKind, name: string, counterId: string | null) => {
        const { token } = store.devices.pair({ kind, name, counterId }, now);
        devices.push({ kind, name, counterId, token });
      };
      pair('kiosk', '大堂取号机', null);
      pair('display', '大厅叫号屏', null);
      for (const c of config.counters) pair('evaluator', `${c.name.zh} 评价器`, c.id);
      for (const v of DEMO_VIPS) store.vip.upsert(v.identifier, v.tierId, now);
    })
    .immediate();
  writeFileSync(join(dataDir, DEMO_DEVICES_FILE), JSON.stringify(devices, null, 2), { mode: 0o600 });
  return devices;
}

export function readDemoDevices(dataDir: string): DemoDevice[] {
  const file = join(dataDir, DEMO_DEVICES_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoDevice[]) : [];
}
