/** One area's strings in both UI languages; each area is its own i18next namespace. */
export interface AreaResources {
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}
