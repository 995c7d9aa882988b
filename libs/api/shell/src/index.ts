export { KetquaApiModule } from './ketqua-api.module';
export { configureHttp } from './configure-http';
export { printAppSchema, SCHEMA_HEADER } from './print-schema';
export { seedDemo } from './seed-demo';
export { runAdminCreate } from './admin-create-cli';
export { installGracefulShutdown, type GracefulShutdown } from './graceful-shutdown';
