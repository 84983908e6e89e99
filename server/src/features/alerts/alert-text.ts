/**
 * Wording of every alert, in both UI languages. Messages carry no live figures (minutes
 * waited, estimates): the console shows those next to the alert, and a message that changed
 * every minute would re-broadcast the whole list every minute.
 */
import type { BranchConfig, CounterConfig, Lane, LocalizedText } from '@lobby/shared';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

export function laneOf(config: BranchConfig, laneId: string): Lane | undefined {
  return config.lanes.find((l) => l.id === laneId);
}

export function counterOf(config: BranchConfig, counterId: string): CounterConfig | undefined {
  return config.counters.find((c) => c.id === counterId);
}

export function waitOverTargetText(lane: Lane): LocalizedText {
  return t(
    `${lane.name.zh}最长等待已超过目标 ${lane.targetWaitMin} 分钟`,
    `${lane.name.en}: the longest wait is over the ${lane.targetWaitMin}-minute target`,
  );
}

export function counterIdleText(counter: CounterConfig, tellerName: string | null, idleSec: number): LocalizedText {
  const who = tellerName ? `（${tellerName}）` : '';
  const whoEn = tellerName ? ` (${tellerName})` : '';
  return t(
    `${counter.number} 号窗口${who}空闲超过 ${idleSec} 秒，所办业务仍有客户等待`,
    `Counter ${counter.number}${whoEn} idle for over ${idleSec} s while its lanes have customers waiting`,
  );
}

export function counterIdleSuggestion(counter: CounterConfig): LocalizedText {
  return t(`请提醒 ${counter.number} 号窗口叫号`, `Ask counter ${counter.number} to call the next customer`);
}

export function calledNotArrivedText(number: string, counter: CounterConfig | undefined, sec: number): LocalizedText {
  const where = counter ? `${counter.number} 号窗口` : '窗口';
  const whereEn = counter ? `counter ${counter.number}` : 'the counter';
  return t(
    `${number} 号已叫号超过 ${sec} 秒仍未到${where}办理`,
    `${number} was called to ${whereEn} over ${sec} s ago and has not arrived`,
  );
}

export function calledNotArrivedSuggestion(number: string): LocalizedText {
  return t(`请在大厅寻找 ${number} 号客户`, `Look for customer ${number} in the hall`);
}

export function predictedOverTargetText(lane: Lane, noCounterOpen: boolean): LocalizedText {
  if (noCounterOpen) {
    return t(
      `${lane.name.zh}有客户等待，但没有开放的窗口办理`,
      `${lane.name.en}: customers are waiting but no open counter serves this lane`,
    );
  }
  return t(
    `${lane.name.zh}新取号预计等待超过目标 ${lane.targetWaitMin} 分钟`,
    `${lane.name.en}: a new ticket would wait longer than the ${lane.targetWaitMin}-minute target`,
  );
}

export function openCounterSuggestion(counter: CounterConfig, lane: Lane): LocalizedText {
  return t(`开放 ${counter.number} 号窗口办理${lane.name.zh}`, `Open counter ${counter.number} for ${lane.name.en}`);
}

export function addLaneSuggestion(counter: CounterConfig, lane: Lane): LocalizedText {
  return t(`让 ${counter.number} 号窗口兼办${lane.name.zh}`, `Let counter ${counter.number} also take ${lane.name.en}`);
}

export function counterOfflineText(counter: CounterConfig, tellerName: string | null): LocalizedText {
  const who = tellerName ? `（${tellerName}）` : '';
  const whoEn = tellerName ? ` (${tellerName})` : '';
  return t(
    `${counter.number} 号窗口${who}已签到但客户端离线，不会再叫号`,
    `Counter ${counter.number}${whoEn} is signed on but its client is offline: no calls go there`,
  );
}

export function counterOfflineSuggestion(counter: CounterConfig): LocalizedText {
  return t(
    `请检查 ${counter.number} 号窗口的网络，或释放该窗口`,
    `Check counter ${counter.number}'s network, or release the counter`,
  );
}
