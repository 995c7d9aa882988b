// Sign-in, sign-out and password change.
export { SignInPage } from './components/sign-in-page';
export { ChangePasswordPage } from './components/change-password-page';
export { useSignOut } from './hooks/use-sign-out';
export { CitySignInCallbackPage } from './components/city-sign-in-callback-page';
