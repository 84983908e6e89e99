/**
 * Who serves at the evaluator's own paired counter, shown to the customer being served.
 * Evaluator devices only, never part of the public projection.
 */
import { z } from 'zod';
import { defineRoute } from './route.ts';

export const EvaluatorTellerSchema = z.object({
  name: z.string(),
  /** 工号 */
  staffNo: z.string(),
});
export type EvaluatorTeller = z.infer<typeof EvaluatorTellerSchema>;

export const EVALUATOR_ROUTES = {
  teller: defineRoute({
    method: 'GET',
    path: '/evaluator/teller',
    summary:
      'The teller signed on at the evaluator’s counter (null when nobody is); with ticketId, the teller who served that ticket there',
    roles: ['evaluator'],
    /** A ticket finished at this counter (the rating screen): who served it, from its record. */
    query: z.object({ ticketId: z.string().min(1).max(64).optional() }),
    response: EvaluatorTellerSchema.nullable(),
  }),
} as const;
