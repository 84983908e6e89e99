/** Split a duration for "m 分 s 秒" display; negative durations (clock skew) count as zero. */
export function splitDuration(ms: number): { min: number; sec: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { min: Math.floor(total / 60), sec: total % 60 };
}
