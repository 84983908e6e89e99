import type { Refusal } from '../../logic/refusals.ts';
import { KioskHeader } from '../components/KioskHeader.tsx';
import { RefusalPanel } from '../components/RefusalPanel.tsx';

/** Full screen while the whole branch issues nothing: emergency mode, closed, after the last ticket. */
export function BranchBlockedScreen({ refusal }: { refusal: Refusal }) {
  return (
    <div className={`screen screen--blocked screen--${refusal.kind}`} data-testid="branch-blocked">
      <KioskHeader />
      <main className="blocked">
        <RefusalPanel refusal={refusal} />
      </main>
    </div>
  );
}
