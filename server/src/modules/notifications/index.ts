// Public surface of the notifications module (站内通知): other modules import only from here.
export { notify, type NotificationInput, type NotificationParam } from './notifications.service';
export { notificationsRoutes } from './notifications.routes';
