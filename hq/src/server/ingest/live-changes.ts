import type { HqAlertFact, HqBranchProfile, HqComplaint, HqCounterFact, HqLaneFact } from '@lobby/shared';
import type { ParsedFact } from './fold.ts';

/**
 * What a batch changes on the live grid: the lanes as of the newest queue fact, the last
 * state of each counter and complaint, alert raises/acks/clears in order, the newest profile.
 * Pure; the ingest transaction writes it.
 */
export interface LiveChanges {
  lanes: { lanes: HqLaneFact[]; at: number } | null;
  counters: Map<string, { counter: HqCounterFact; at: number }>;
  emergency: boolean | null;
  alerts: (HqAlertFact['alert'] & { at: number })[];
  complaints: Map<string, HqComplaint>;
  profile: HqBranchProfile | null;
  businessDate: string | null;
  lastFactAt: number | null;
}

export function liveChanges(facts: readonly ParsedFact[]): LiveChanges {
  const out: LiveChanges = {
    lanes: null,
    counters: new Map(),
    emergency: null,
    alerts: [],
    complaints: new Map(),
    profile: null,
    businessDate: null,
    lastFactAt: null,
  };
  for (const { body } of facts) {
    out.lastFactAt = Math.max(out.lastFactAt ?? 0, body.at);
    switch (body.kind) {
      case 'queue':
        out.lanes = { lanes: body.lanes, at: body.at };
        out.businessDate = body.businessDate;
        if (body.counter) out.counters.set(body.counter.id, { counter: body.counter, at: body.at });
        if (body.emergency !== null) out.emergency = body.emergency;
        break;
      case 'alert':
        out.alerts.push({ ...body.alert, at: body.at });
        break;
      case 'complaint':
        out.complaints.set(body.complaint.id, body.complaint);
        break;
      case 'profile':
        out.profile = body.profile;
        break;
    }
  }
  return out;
}
