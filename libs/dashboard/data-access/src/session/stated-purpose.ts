/**
 * The purpose (mục đích xem dữ liệu) HR or an inspector states once per browser session before
 * opening other people's evaluation or spot-check records or exporting them: kept in this tab's
 * sessionStorage for the signed-in user, and sent as X-Ketqua-Purpose (percent-encoded UTF-8) with
 * every request, so the API keeps it in each access-log row the person and the administrator see.
 * Skipping is allowed: asked, and nothing stated.
 */
export const STATED_PURPOSE_KEY = 'ketqua.statedPurpose';
const KEY = STATED_PURPOSE_KEY;

interface Stated {
  userId: string;
  purpose: string | null;
}

function read(): Stated | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Stated) : null;
    return value && typeof value.userId === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Only when the browser keeps no sessionStorage (some private modes): for this page's life. */
let inMemory: Stated | null = null;
const stated = () => (typeof window === 'undefined' ? null : (read() ?? inMemory));

/** Whether this user was already asked in this browser session (answered or skipped). */
export function purposeAsked(userId: string): boolean {
  return stated()?.userId === userId;
}

/** Records the answer (null: skipped) for the rest of the session. */
export function statePurpose(userId: string, purpose: string | null): void {
  const text = purpose?.normalize('NFC').replace(/\s+/g, ' ').trim() || null;
  inMemory = { userId, purpose: text };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(inMemory));
  } catch {
    // Private mode without storage: kept in memory for this page's life.
  }
}

/** The header for the API, when a purpose was stated. */
export function purposeHeaders(): Record<string, string> {
  const purpose = stated()?.purpose;
  return purpose ? { 'X-Ketqua-Purpose': encodeURIComponent(purpose) } : {};
}
