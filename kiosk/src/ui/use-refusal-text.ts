import { useTranslation } from 'react-i18next';
import { pickText, type BranchConfig } from '@lobby/shared';
import type { Refusal } from '../logic/refusals.ts';
import { laneById } from '../logic/lanes.ts';
import { useKiosk } from './kiosk-context.tsx';

/** A refusal as words: title and body with the branch's own hours and lane names filled in. */
export function useRefusalText(refusal: Refusal | null): { title: string; body: string } | null {
  const { t } = useTranslation();
  const config = useKiosk((s) => s.config);
  const lang = useKiosk((s) => s.lang);
  if (!refusal) return null;
  const hours = config?.hours;
  const params: Record<string, string> = {
    open: hours?.open ?? '',
    close: hours?.close ?? '',
    lastTicket: hours?.lastTicket ?? '',
  };
  if (refusal.kind === 'lane_paused' || refusal.kind === 'lane_cap_reached') {
    const lane = config ? laneById(config as BranchConfig, refusal.laneId) : undefined;
    params.lane = lane ? pickText(lane.name, lang) : refusal.laneId;
  }
  if (refusal.kind === 'emergency') params.message = refusal.message || t('errors.EMERGENCY_MODE');
  if (refusal.kind === 'server_error') {
    params.code = refusal.code;
    params.reason = t(`errors.${refusal.code}`);
  }
  return { title: t(`refusal.${refusal.kind}.title`, params), body: t(`refusal.${refusal.kind}.body`, params) };
}
