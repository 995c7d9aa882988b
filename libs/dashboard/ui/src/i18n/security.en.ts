import type { securityVi } from './security.vi';

/** Two-factor sign-in screens, English: same keys as security.vi.ts. */
export const securityEn: typeof securityVi = {
  code: {
    title: 'Two-factor sign-in',
    intro: 'Open the authenticator app on your phone (Google Authenticator, Microsoft Authenticator…) and enter the 6-digit code it shows for Ketqua.',
    label: 'Authentication code',
    required: 'Enter the 6-digit code or a recovery code.',
    submit: 'Confirm',
    back: 'Sign in with another account',
    recoveryHint: 'Lost your phone? Enter one of your saved recovery codes (xxxxx-xxxxx); each works once.',
    failed: 'The code was not accepted',
  },
  page: {
    title: 'Account security',
    subtitle: 'Two-factor sign-in: besides the password, every sign-in needs a code from the authenticator app on your phone.',
    mustEnrol: 'Your role requires two-factor sign-in. Enrol an authenticator app to go on using Ketqua.',
    statusOn: 'On',
    statusOff: 'Off',
    status: 'Status',
    since: 'On since',
    required: 'Required for your role',
    optional: 'Optional, but recommended',
    codesLeft: 'Recovery codes left',
    start: 'Enrol an authenticator app',
    step1: '1. Scan the QR code with the authenticator app',
    qrAlt: 'QR code that adds the Ketqua account to an authenticator app',
    manual: 'Cannot scan? Type this key into the app (type: time-based):',
    step2: '2. Enter the 6-digit code the app shows',
    confirm: 'Confirm and turn on',
    codesTitle: 'Your recovery codes',
    codesIntro: 'Keep these 10 codes somewhere safe (print or write them down). If you lose your phone, each one replaces a code once. They are shown only now.',
    codesDone: 'I have saved the codes',
    enabled: 'Two-factor sign-in is on.',
    lostPhone: 'Lost or changed your phone? Sign in with a recovery code, then ask an administrator to reset two-factor sign-in so you can enrol the new device.',
  },
};
