// "Hồ sơ của tôi": the signed-in official's own record.
export { ProfilePage } from './components/profile-page';
