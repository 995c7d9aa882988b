export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const DEFAULT_LANGUAGE: Language = 'vi';

const STORAGE_KEY = 'ketqua.language';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const browserStorage = (): Storage | null => (typeof window === 'undefined' ? null : window.localStorage);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose last time on this device; Vietnamese until they choose. */
export function loadLanguage(storage: Storage | null = browserStorage()): Language {
  const stored = storage?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function saveLanguage(language: Language, storage: Storage | null = browserStorage()): void {
  storage?.setItem(STORAGE_KEY, language);
}
