import { ArrivalHistory } from './arrival-history.ts';
import { openDatabase, type Db } from './database.ts';
import { migrate } from './migrations.ts';
import { CommandResults } from './command-results.ts';
import { DeviceStore } from './device-store.ts';
import { EngineStateStore } from './engine-state-store.ts';
import { EventLog } from './event-log.ts';
import { RatingStore } from './rating-store.ts';
import { StaffStore } from './staff-store.ts';
import { VipRegistry } from './vip-registry.ts';

/** Every repository over the one connection. Opening migrates (or refuses to start). */
export interface BranchStore {
  db: Db;
  engineState: EngineStateStore;
  eventLog: EventLog;
  commandResults: CommandResults;
  staff: StaffStore;
  devices: DeviceStore;
  vip: VipRegistry;
  ratings: RatingStore;
  arrivals: ArrivalHistory;
}

export function openBranchStore(dataDir: string, now: number): BranchStore {
  const db = openDatabase(dataDir);
  try {
    migrate(db, undefined, now);
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    db,
    engineState: new EngineStateStore(db),
    eventLog: new EventLog(db),
    commandResults: new CommandResults(db),
    staff: new StaffStore(db),
    devices: new DeviceStore(db),
    vip: new VipRegistry(db),
    ratings: new RatingStore(db),
    arrivals: new ArrivalHistory(db),
  };
}
