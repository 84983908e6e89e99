import { Spin } from 'antd';
import { useAppStore } from '../store/app-store.ts';
import { counterOfTeller } from './waiting-tickets.ts';
import { CounterPicker } from './counter-picker.tsx';
import { CounterDesk } from './counter-desk.tsx';
import { useCaptureFunctionKeys } from './use-shortcuts.ts';

/** /counter: pick a counter, then work at it. The signed-on counter is derived from the floor data. */
export function TellerPage() {
  const userId = useAppStore((s) => s.session?.user.id ?? '');
  const counter = useAppStore((s) => counterOfTeller(s.floor.counters, userId));
  const ready = useAppStore((s) => s.floor.config !== null);
  useCaptureFunctionKeys();
  if (!ready) return <Spin size="large" className="page-spin" />;
  return counter ? <CounterDesk counter={counter} /> : <CounterPicker />;
}
