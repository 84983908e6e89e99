import { describe, expect, it } from 'vitest';
import { goBack, goTo, INITIAL_FLOW } from './flow.ts';

describe('flow', () => {
  it('goes forward remembering the path, and back forgetting the choice made on the way', () => {
    let f = goTo(INITIAL_FLOW, 'customerType');
    f = goTo(f, 'businessType', { laneId: 'A' });
    f = goTo(f, 'materials', { businessTypeId: 'cash' });
    f = goTo(f, 'priority');
    f = goTo(f, 'confirm', { priorityGroupId: 'elderly', requestId: 'r1' });
    f = goBack(f);
    expect(f.step).toBe('priority');
    expect(f.draft).toMatchObject({ laneId: 'A', businessTypeId: 'cash', priorityGroupId: null, requestId: null });
    f = goBack(goBack(f));
    expect(f.step).toBe('businessType');
    expect(f.draft.businessTypeId).toBeNull();
    f = goBack(goBack(f));
    expect(f).toEqual(INITIAL_FLOW);
  });

  it('going back to the VIP screen forgets the typed identifier', () => {
    let f = goTo(INITIAL_FLOW, 'customerType');
    f = goTo(f, 'vip', { vipDigits: '13800000001', vipTierId: 'gold', vipLookedUp: true });
    f = goTo(f, 'businessType', { laneId: 'V' });
    f = goBack(f);
    expect(f.step).toBe('vip');
    expect(f.draft.vipDigits).toBe('');
    expect(f.draft.vipTierId).toBeNull();
  });

  it('back from the ticket or the start returns to the welcome screen', () => {
    expect(goBack(INITIAL_FLOW)).toEqual(INITIAL_FLOW);
    const ticket = goTo(goTo(INITIAL_FLOW, 'confirm'), 'ticket');
    expect(goBack(ticket)).toEqual(INITIAL_FLOW);
  });
});
