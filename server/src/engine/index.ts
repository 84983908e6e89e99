export * from './types.ts';
export { decide } from './decide.ts';
export { bothChanges, NO_TICKET_CHANGES } from './ticket-changes.ts';
export { createInitialState } from './state.ts';
export { TicketBook } from './ticket-book.ts';
export { rankCandidates, rankQueue, accumulatedPriority, isEligible } from './policies/dispatch-order.ts';
export { laneStats, estimatesView, newTicketForecast, ticketForecast, toWaitEstimate } from './estimate.ts';
export {
  aheadInOrder,
  forecastSteps,
  forecastWaits,
  DEFAULT_FORECAST,
  type Forecast,
  type ForecastOptions,
  type WaitForecast,
} from './estimate/forecast.ts';
export type { ArrivalProfile } from './estimate/arrival-profile.ts';
export { toStaffTicket, toCounterStaffView, toCounterPublicView } from './projections.ts';
export { issueWindowRefusal } from './business-hours.ts';
