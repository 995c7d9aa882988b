export * from './privacy.module';
export { RetentionService, RETENTION_JOB } from './retention/retention.service';
export { MyDataService, MY_DATA_CONCEPTS } from './my-data/my-data.service';
