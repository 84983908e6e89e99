import type { Feature } from '../../context/feature.ts';
import { evaluatorTellerRouter } from './evaluator-teller-route.ts';
import { submitRating } from './submit-rating.ts';

export const ratingsFeature: Feature = {
  name: 'ratings',
  commands: { 'rating:submit': submitRating },
  router: evaluatorTellerRouter,
};
