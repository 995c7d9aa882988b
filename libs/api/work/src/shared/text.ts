/** Trims and folds inner whitespace of free-text inputs (titles, names). */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
/** Trims only the ends (notes and descriptions keep their line breaks). */
export const trimEnds = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
