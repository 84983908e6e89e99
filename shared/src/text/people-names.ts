/**
 * How staff screens and exports name a person or a device: a staff member by name and 工号,
 * a device by the name it was paired with — never by its internal id.
 */
export const staffLabel = (s: { name: string; staffNo: string }): string => `${s.name} · ${s.staffNo}`;

/** Every staff member's and device's id → its label, for resolving the ids an event log holds. */
export function peopleNames(
  staff: readonly { id: string; name: string; staffNo: string }[],
  devices: readonly { id: string; name: string }[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of devices) names.set(d.id, d.name);
  for (const s of staff) names.set(s.id, staffLabel(s));
  return names;
}
