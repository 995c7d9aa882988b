import { Transform } from 'class-transformer';

const onString = (fn: (s: string) => string) => ({ value }: { value: unknown }) => (typeof value === 'string' ? fn(value) : value);

/** Text as people mean it: no surrounding blanks, inner runs of blanks as one space. */
export const Trimmed = () => Transform(onString((s) => s.trim().replace(/\s+/g, ' ')));
/** Codes are stored upper-case (ccvc → CCVC). */
export const UpperCased = () => Transform(onString((s) => s.trim().toUpperCase()));
/** Emails are stored lower-case. */
export const LowerCased = () => Transform(onString((s) => s.trim().toLowerCase()));
