const HCM_OFFSET_MS = 7 * 3600_000;

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, for notification texts (PRODUCT.md 5). */
export function formatDeadline(instant: Date): string {
  const iso = new Date(instant.getTime() + HCM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** HH:mm:ss.SSS of an instant in Asia/Ho_Chi_Minh. */
export function localTimeOfDay(instant: Date): string {
  return new Date(instant.getTime() + HCM_OFFSET_MS).toISOString().slice(11, 23);
}
