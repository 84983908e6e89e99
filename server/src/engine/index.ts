export * from './types.ts';
export { decide } from './decide.ts';
export { createInitialState } from './state.ts';
export { rankCandidates, rankQueue, accumulatedPriority } from './policies/dispatch-order.ts';
export { positionOf, laneStats, toRange, type Position } from './estimate.ts';
export { toStaffTicket, toCounterStaffView, toCounterPublicView } from './projections.ts';
export { issueWindowRefusal } from './business-hours.ts';
