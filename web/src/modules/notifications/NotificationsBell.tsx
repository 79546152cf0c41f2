// The top bar's bell: unread count, the latest notifications, mark read, open the link.
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationView } from '@xianfeng/shared/schemas/notifications';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { inZone } from '../records/time';
import { markAllRead, markRead, notificationKeys, useNotifications } from './notifications.api';

export function NotificationsBell() {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const unread = list.data?.unread ?? 0;
  const refresh = () => client.invalidateQueries({ queryKey: notificationKeys.all });

  const read = useMutation({ mutationFn: markRead, onSuccess: refresh, onError: (err) => showError(err) });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh, onError: (err) => showError(err) });

  const openOne = (n: NotificationView) => {
    if (!n.readAt) read.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 340, maxWidth: '85vw' }} data-testid="notifications-list">
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{t('bell.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
          data-testid="notifications-read-all"
        >
          {t('bell.readAll')}
        </Button>
      </Flex>
      <List
        size="small"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} /> }}
        style={{ maxHeight: 400, overflowY: 'auto' }}
        renderItem={(n) => (
          <List.Item
            data-testid={`notification-${n.id}`}
            onClick={() => openOne(n)}
            style={{ cursor: 'pointer', paddingInline: 8, background: n.readAt ? undefined : '#fff1f0' }}
          >
            <List.Item.Meta
              title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
              description={
                <>
                  <div>{n.message}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {inZone(n.createdAt).format(`${fmt.dateFormat} HH:mm`)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void refresh();
      }}
    >
      <Button type="text" aria-label={t('bell.title')} data-testid="notifications-bell" style={{ color: '#fff' }}>
        <Badge count={unread} size="small" offset={[4, -2]} data-testid="notifications-unread">
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
