// My in-app notifications (站内通知): /api/notifications, read one, read all.
import { useQuery } from '@tanstack/react-query';
import type { NotificationView, NotificationsPage } from '@xianfeng/shared/schemas/notifications';
import { api } from '../../app/api';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (pageSize: number) => ['notifications', 'list', pageSize] as const,
};

export const fetchNotifications = (pageSize: number) => api.get<NotificationsPage>('/notifications', { page: 1, pageSize });
export const markRead = (id: number) => api.post<NotificationView>(`/notifications/${id}/read`);
export const markAllRead = () => api.post<{ updated: number }>('/notifications/read-all');

/** The latest notifications and the unread count; looked at again every few minutes while the app is open. */
export function useNotifications(pageSize = 10) {
  return useQuery({
    queryKey: notificationKeys.list(pageSize),
    queryFn: () => fetchNotifications(pageSize),
    refetchInterval: 3 * 60_000,
    staleTime: 30_000,
  });
}
