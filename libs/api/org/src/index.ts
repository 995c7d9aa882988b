export { OrgModule } from './org.module';
