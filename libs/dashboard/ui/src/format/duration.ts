import type { Language } from '../i18n/languages';

const UNITS: Record<Language, { hours: string; minutes: string }> = {
  vi: { hours: 'giờ', minutes: 'phút' },
  en: { hours: 'h', minutes: 'min' },
};

/**
 * Time spent, the one way every page shows it: "1 giờ 30 phút" / "1 h 30 min", "45 phút" / "45 min",
 * "2 giờ" / "2 h". Whole minutes (work logs count minutes).
 */
export function formatMinutes(minutes: number, language: Language): string {
  const unit = UNITS[language];
  const total = Math.max(0, Math.round(Number.isFinite(minutes) ? minutes : 0));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (!h) return `${m} ${unit.minutes}`;
  return m ? `${h} ${unit.hours} ${m} ${unit.minutes}` : `${h} ${unit.hours}`;
}

/** Hours as the API sends them (e.g. hoursLogged 1.5), shown like formatMinutes. */
export function formatHours(hours: number, language: Language): string {
  return formatMinutes(hours * 60, language);
}
