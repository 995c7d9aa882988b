// Reports: what the API composition, the tests and the tools may use.
export { ReportsModule } from './reports.module';
