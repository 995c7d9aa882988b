export * from './unit-figures';
