import type { RouteSpec } from '@lobby/shared';

/** Per app: which routes of the shared map are mounted (tested against the map), and whether answers are checked. */
export class RestRegistry {
  readonly mounted = new Set<RouteSpec>();
  /** Parse every answer with its response schema (tests): a mismatch is logged and answered INTERNAL. */
  readonly checkResponses: boolean;

  constructor(checkResponses: boolean) {
    this.checkResponses = checkResponses;
  }
}
