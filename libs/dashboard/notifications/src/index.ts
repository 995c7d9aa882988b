// In-app notifications: the header bell, live over the GraphQL subscription.
export { NotificationBell } from './components/notification-bell';
export { notificationTarget, type NotificationTarget } from './routing/notification-target';
export { NotificationLinkPage } from './components/notification-link-page';
