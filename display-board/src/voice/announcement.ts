/**
 * Turns what happened on the floor into what the hall hears. Pure: the queue and the audio
 * engines take it from here.
 */
import {
  callTokens,
  NOTICE_CLIP_IDS,
  tokensToClips,
  tokensToText,
  type CallAnnouncement,
  type QueueEvent,
  type VoiceSettings,
} from '@lobby/shared';

export type AnnouncementKind = 'call' | 'recall' | 'message' | 'emergency';

export interface Announcement {
  kind: AnnouncementKind;
  /** What is spoken (Web Speech) and logged. */
  text: string;
  /** Pre-rendered clips saying the same words; null when the text is free-form. */
  clips: string[] | null;
  /** For free-form text: a generic clip ("please read the screen") when no speech voice exists. */
  fallbackClips?: string[];
  /** How many times the words are said (the chime plays once before them). */
  repeat: number;
}

/** Does this screen show the lane? `filter` holds lane ids or prefixes (?lanes=A,V). */
export function laneVisible(
  laneId: string,
  filter: readonly string[] | null,
  prefixOf: (laneId: string) => string | undefined,
): boolean {
  if (!filter) return true;
  const prefix = prefixOf(laneId);
  return filter.includes(laneId) || (prefix !== undefined && filter.includes(prefix));
}

export function callAnnouncement(call: CallAnnouncement, voice: VoiceSettings): Announcement {
  const tokens = callTokens(call.number, call.counterNumber);
  return {
    kind: call.recall > 0 ? 'recall' : 'call',
    // A number the builder cannot read is still spoken whole rather than dropped.
    text: tokens ? tokensToText(tokens) : `请 ${call.number} 号 到 ${call.counterNumber} 号窗口`,
    clips: tokens ? tokensToClips(tokens) : null,
    repeat: voice.repeat,
  };
}

export interface AnnounceContext {
  voice: VoiceSettings;
  lanes: readonly string[] | null;
  prefixOf: (laneId: string) => string | undefined;
}

/** What an event makes the screen say, if anything. */
export function announcementsFor(event: QueueEvent, ctx: AnnounceContext): Announcement[] {
  if (!ctx.voice.enabled) return [];
  if ((event.type === 'ticket:called' || event.type === 'ticket:recalled') && event.call) {
    return laneVisible(event.call.laneId, ctx.lanes, ctx.prefixOf) ? [callAnnouncement(event.call, ctx.voice)] : [];
  }
  if (event.type === 'hall:broadcasted' && event.message?.speak) {
    return [
      { kind: 'message', text: event.message.text, clips: null, fallbackClips: [NOTICE_CLIP_IDS.message], repeat: 1 },
    ];
  }
  if (event.type === 'emergency:started' && event.emergency?.active && event.emergency.message) {
    return [
      {
        kind: 'emergency',
        text: event.emergency.message,
        clips: null,
        fallbackClips: [NOTICE_CLIP_IDS.emergency],
        repeat: ctx.voice.repeat,
      },
    ];
  }
  return [];
}
