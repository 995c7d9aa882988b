export * from './role-grants';
export * from './sign-in-policy';
