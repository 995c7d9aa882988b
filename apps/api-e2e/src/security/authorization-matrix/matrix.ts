import { MatrixRow } from './matrix-types';

export const MATRIX: MatrixRow[] = [];
