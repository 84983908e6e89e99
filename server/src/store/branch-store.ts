import { ArrivalHistory } from './arrival-history.ts';
import { openDatabase, type Db } from './database.ts';
import { migrate } from './migrations.ts';
import { AdminActionLog } from './admin-action-log.ts';
import { createAlertLog, type AlertLog } from './alert-log.ts';
import { CommandResults } from './command-results.ts';
import { ComplaintStore } from './complaint-store.ts';
import { DeviceStore } from './device-store.ts';
import { EngineStateStore } from './engine-state-store.ts';
import { EventLog } from './event-log.ts';
import { InstallMeta } from './install-meta.ts';
import { KpiAdjustmentStore } from './kpi-adjustment-store.ts';
import { RatingStore } from './rating-store.ts';
import { StaffStore } from './staff-store.ts';
import { VipRegistry } from './vip-registry.ts';
import { BookingStore } from './booking-store.ts';
import { CustomerVault } from './customer-vault.ts';
import { IntegrationSettings } from './integration-settings.ts';
import { MessageOutbox } from './message-outbox.ts';
import { ReminderStore } from './reminder-store.ts';
import { TicketPhoneStore } from './ticket-phone-store.ts';
import { VerificationStore } from './verification-store.ts';
import { WebhookStore } from './webhook-store.ts';
import { WriteProbe } from './write-probe.ts';

/**
 * Every repository over the one connection: all SQL of the server is in these stores.
 * Opening migrates (or refuses to start).
 */
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
  complaints: ComplaintStore;
  kpiAdjustments: KpiAdjustmentStore;
  adminActions: AdminActionLog;
  alertLog: AlertLog;
  /** Appointments, phone tickets, reminders, text messages, webhooks. */
  bookings: BookingStore;
  vault: CustomerVault;
  verifications: VerificationStore;
  ticketPhones: TicketPhoneStore;
  reminders: ReminderStore;
  messages: MessageOutbox;
  settings: IntegrationSettings;
  webhooks: WebhookStore;
  install: InstallMeta;
  /** The readiness probe's row (/readyz, the write-failure banner). */
  writeProbe: WriteProbe;
}

export function openBranchStore(dataDir: string, now: number): BranchStore {
  const db = openDatabase(dataDir);
  try {
    migrate(db, undefined, now);
  } catch (err) {
    db.close();
    throw err;
  }
  const vip = new VipRegistry(db);
  return {
    db,
    engineState: new EngineStateStore(db),
    eventLog: new EventLog(db),
    commandResults: new CommandResults(db),
    staff: new StaffStore(db),
    devices: new DeviceStore(db),
    vip,
    ratings: new RatingStore(db),
    arrivals: new ArrivalHistory(db),
    complaints: new ComplaintStore(db),
    kpiAdjustments: new KpiAdjustmentStore(db),
    adminActions: new AdminActionLog(db),
    alertLog: createAlertLog(db),
    bookings: new BookingStore(db),
    vault: new CustomerVault(db, vip),
    verifications: new VerificationStore(db),
    ticketPhones: new TicketPhoneStore(db),
    reminders: new ReminderStore(db),
    messages: new MessageOutbox(db),
    settings: new IntegrationSettings(db),
    webhooks: new WebhookStore(db),
    install: new InstallMeta(db),
    writeProbe: new WriteProbe(db),
  };
}
