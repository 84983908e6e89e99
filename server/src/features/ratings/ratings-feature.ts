import type { Feature } from '../../app/feature.ts';
import { submitRating } from './submit-rating.ts';

export const ratingsFeature: Feature = {
  name: 'ratings',
  commands: { 'rating:submit': submitRating },
};
