// "Hồ sơ của tôi": the signed-in official's own record; "Bảo mật tài khoản": their two-factor sign-in.
export { ProfilePage } from './components/profile-page';
export { AccountSecurityPage } from './components/account-security-page';
