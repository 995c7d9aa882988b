export * from './assignment-scoring';
