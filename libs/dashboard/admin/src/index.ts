// Administration: the accounts page (roles, passwords, lockouts, sessions), one's own sessions,
// and the audit trail with the chain's verification.
export { AccountsPage } from './components/accounts/accounts-page';
export { MySessionsPage } from './components/sessions/my-sessions-page';
export { AuditTrailPage } from './components/audit/audit-trail-page';
export { MyDataAccessesPage } from './components/privacy/my-data-accesses-page';
