/** One area's strings in both UI languages; each area is its own i18next namespace. */
export interface AreaResources {
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** The shape of the Chinese strings, with any string in each place: the English side must match it key for key. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * An area's resources with key parity checked by the typecheck: a key missing from the
 * English side, or one only English has, is a type error (the Chinese side is the source).
 */
export function areaResources<Z extends Record<string, unknown>>(resources: {
  zh: Z;
  en: NoInfer<SameKeys<Z>>;
}): AreaResources {
  return resources;
}
