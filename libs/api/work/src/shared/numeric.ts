import { ValueTransformer } from 'typeorm';

/** numeric columns come back from pg as strings; quantities and coefficients are small exact decimals. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
