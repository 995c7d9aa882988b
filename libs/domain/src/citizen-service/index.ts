export * from './citizen-service';
