export { DemoModule } from './demo.module';
export { DemoSeeder } from './demo-seeder';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TOTP_SECRETS, DEMO_OFFICIALS, DEMO_AGENCIES } from './demo-city';
