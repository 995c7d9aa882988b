// In-app notifications: the header bell, live over the GraphQL subscription.
export { NotificationBell } from './components/notification-bell';
