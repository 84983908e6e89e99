/**
 * Wires the voice together for one screen: events → announcements (filtered to this
 * screen's lanes) → FIFO queue → player. The queue's log is mirrored into the store and
 * into `window.__announcements` (bounded) so people and tests can see what was said.
 */
import { allClipIds, type QueueEvent } from '@lobby/shared';
import type { DisplayStore } from '../store/display-store.ts';
import { announcementsFor } from './announcement.ts';
import { AnnouncementQueue, type AnnouncementLogEntry } from './announcement-queue.ts';
import { AudioOutput } from './audio-output.ts';
import { ClipVoice } from './clip-voice.ts';
import { SpeechVoice } from './speech-voice.ts';
import { VoicePlayer } from './voice-player.ts';

const RECENT_IN_STORE = 20;

declare global {
  interface Window {
    __announcements?: AnnouncementLogEntry[];
  }
}

export interface HallVoice {
  handleEvent(event: QueueEvent, speak: boolean): void;
  /** From a tap on the "sound blocked" banner. */
  unlock(): Promise<void>;
  preload(): Promise<void>;
}

export function createHallVoice(store: DisplayStore, opts: { baseUrl: string; win: Window }): HallVoice {
  const output = new AudioOutput();
  const clips = new ClipVoice(opts.baseUrl);
  const speech = new SpeechVoice(opts.win.speechSynthesis);
  const settings = () =>
    store.getState().floor.config?.voice ?? { enabled: true, repeat: 1, volume: 1, rate: 1, chime: true };
  const player = new VoicePlayer({
    output,
    speech,
    clips,
    settings,
    onBlocked: (blocked) => {
      if (store.getState().voice.audioBlocked !== blocked) store.getState().setVoice({ audioBlocked: blocked });
    },
  });
  opts.win.__announcements ??= [];
  const queue = new AnnouncementQueue(player, {
    sink: opts.win.__announcements,
    onChange: (q) =>
      store.getState().setVoice({
        current: q.current,
        backlog: q.backlog,
        recent: q.log.slice(-RECENT_IN_STORE).map((e) => ({ ...e })),
      }),
  });

  return {
    handleEvent(event, speak) {
      if (!speak) return;
      const st = store.getState();
      const config = st.floor.config;
      if (!config) return;
      const prefixOf = (laneId: string) => config.lanes.find((l) => l.id === laneId)?.prefix;
      for (const a of announcementsFor(event, { voice: config.voice, lanes: st.lanesFilter, prefixOf }))
        queue.enqueue(a, a.kind === 'emergency');
    },
    async unlock() {
      const ok = await output.unlock();
      // Speaking an empty utterance inside the gesture also unlocks Web Speech.
      if (opts.win.speechSynthesis) opts.win.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
      store.getState().setVoice({ audioBlocked: !ok });
    },
    async preload() {
      // Tells at start-up, not at the first call, that the browser blocks sound.
      const running = await output.ensureRunning(300);
      store.getState().setVoice({ audioBlocked: !running });
      await clips.preload(output.context, allClipIds());
    },
  };
}
