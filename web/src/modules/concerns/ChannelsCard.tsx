// 诉求渠道: the public channels of the nodes under the filter — each with its link, its QR code (printable as a
// poster), enable/disable and renewing the link; managers open a channel for a node here.
import { App, Button, Card, Empty, Flex, Modal, Pagination, Popconfirm, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { ConcernChannelView } from '@xianfeng/shared/schemas/concerns';
import { canAnywhere } from '../../app/access';
import { isVersionConflict } from '../../app/api';
import { useAuth } from '../../app/auth';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { channelUrl, concernKeys, openChannel, regenerateChannel, setChannelEnabled, useChannels } from './concerns.api';

const CHANNELS_PAGE = 20;

function useQr(url: string, width: number) {
  return useQuery({
    queryKey: ['concerns', 'qr', url, width],
    queryFn: () => QRCode.toDataURL(url, { width, margin: 1, errorCorrectionLevel: 'M' }),
    staleTime: Infinity,
  });
}

/**
 * Printing shows only the poster: a copy of it is portalled straight under <body> (antd sets `visibility` on its
 * own elements, so hiding by visibility leaks buttons onto the page; hiding body's other children does not).
 */
const PRINT_CSS = `.concern-print { display: none; }
@media print {
  body > *:not(.concern-print) { display: none !important; }
  .concern-print { display: block !important; padding: 48px 24px; text-align: center; }
}`;

function PosterBody({ channel, url, qr }: { channel: ConcernChannelView; url: string; qr: string | undefined }) {
  const t = useT();
  return (
    <>
      <Typography.Title level={2} style={{ color: '#c8161d', marginBottom: 4 }}>
        {t('concernPoster.title')}
      </Typography.Title>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {channel.orgName}
      </Typography.Title>
      {qr ? (
        <img src={qr} alt={t('concernChannels.qrAlt')} style={{ width: '80%', maxWidth: 360, aspectRatio: '1' }} />
      ) : (
        <Skeleton.Image active />
      )}
      <Typography.Paragraph style={{ fontSize: 16, marginTop: 12 }}>{t('concernPoster.hint')}</Typography.Paragraph>
      <Typography.Text type="secondary" style={{ wordBreak: 'break-all', fontSize: 12 }}>
        {url}
      </Typography.Text>
    </>
  );
}

function Poster({ channel, onClose }: { channel: ConcernChannelView; onClose: () => void }) {
  const t = useT();
  const url = channelUrl(channel.path);
  const qr = useQr(url, 640);
  return (
    <Modal
      open
      onCancel={onClose}
      width={560}
      title={t('concernChannels.print')}
      footer={
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="channel-print-now">
          {t('concernChannels.print')}
        </Button>
      }
    >
      <style>{PRINT_CSS}</style>
      <div style={{ textAlign: 'center' }} data-testid="channel-poster">
        <PosterBody channel={channel} url={url} qr={qr.data} />
      </div>
      {createPortal(
        <div className="concern-print">
          <PosterBody channel={channel} url={url} qr={qr.data} />
        </div>,
        document.body,
      )}
    </Modal>
  );
}

function ChannelItem({ channel }: { channel: ConcernChannelView }) {
  const t = useT();
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [printing, setPrinting] = useState(false);
  const url = channelUrl(channel.path);
  const qr = useQr(url, 240);
  const onError = (err: unknown) => {
    showError(err);
    if (isVersionConflict(err)) void client.invalidateQueries({ queryKey: concernKeys.all });
  };
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => setChannelEnabled(channel.id, channel.version, enabled),
    onSuccess: () => client.invalidateQueries({ queryKey: concernKeys.all }),
    onError,
  });
  const renew = useMutation({
    mutationFn: () => regenerateChannel(channel.id, channel.version),
    onSuccess: async () => {
      void message.success(t('concernChannels.regenerated'));
      await client.invalidateQueries({ queryKey: concernKeys.all });
    },
    onError,
  });
  const manage = channel.can.manage;
  return (
    <Card size="small" data-testid={`channel-${channel.orgId}`} data-token={channel.token} style={{ width: '100%' }}>
      <Flex gap={12} wrap>
        <div style={{ width: 120, flex: 'none', opacity: channel.enabled ? 1 : 0.3 }}>
          {qr.data ? (
            <img src={qr.data} alt={t('concernChannels.qrAlt')} style={{ width: 120, height: 120 }} data-testid="channel-qr" />
          ) : (
            <Skeleton.Image active style={{ width: 120, height: 120 }} />
          )}
        </div>
        <Space orientation="vertical" size={4} style={{ flex: 1, minWidth: 200 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong>{channel.orgName}</Typography.Text>
            {!channel.enabled && <Tag>{t('concernChannels.disabled')}</Tag>}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('concernChannels.counts', { new: channel.counts.new, total: channel.counts.total })}
          </Typography.Text>
          <Typography.Text
            copyable={{ text: url, tooltips: [t('concernChannels.copyLink'), t('concernChannels.copied')] }}
            ellipsis
            style={{ maxWidth: '100%', fontSize: 12 }}
            data-testid="channel-link"
          >
            {url}
          </Typography.Text>
          <Flex gap={8} wrap align="center">
            {manage && (
              <Switch
                data-testid="channel-enabled"
                checked={channel.enabled}
                loading={toggle.isPending}
                checkedChildren={t('concernChannels.enabled')}
                unCheckedChildren={t('concernChannels.disabled')}
                onChange={(v) => toggle.mutate(v)}
              />
            )}
            <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(true)} disabled={!channel.enabled}>
              {t('concernChannels.print')}
            </Button>
            {manage && (
              <Popconfirm title={t('concernChannels.regenerateConfirm')} onConfirm={() => renew.mutate()}>
                <Button size="small" icon={<ReloadOutlined />} loading={renew.isPending}>
                  {t('concernChannels.regenerate')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </Space>
      </Flex>
      {printing && <Poster channel={channel} onClose={() => setPrinting(false)} />}
    </Card>
  );
}

export function ChannelsCard({ orgId }: { orgId?: number }) {
  const t = useT();
  const { me } = useAuth();
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [target, setTarget] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const channels = useChannels({ page, pageSize: CHANNELS_PAGE, orgId });
  const open = useMutation({
    mutationFn: (id: number) => openChannel(id),
    onSuccess: async () => {
      void message.success(t('concernChannels.opened'));
      setTarget(null);
      await client.invalidateQueries({ queryKey: concernKeys.all });
    },
    onError: (err) => showError(err),
  });
  const canOpen = canAnywhere(me, 'ledger.manage');
  return (
    <Card size="small" title={t('concernChannels.title')} data-testid="concern-channels">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('concernChannels.hint')}</Typography.Text>
        {canOpen && (
          <Flex gap={8} wrap>
            <OrgPicker
              data-testid="channel-org"
              value={target}
              onChange={(id) => setTarget(id)}
              placeholder={t('concernChannels.openFor')}
              style={{ width: 280, maxWidth: '100%' }}
            />
            <Button
              data-testid="channel-open"
              icon={<PlusOutlined />}
              disabled={!target}
              loading={open.isPending}
              onClick={() => target && open.mutate(target)}
            >
              {t('concernChannels.open')}
            </Button>
          </Flex>
        )}
        {channels.isError && <QueryError error={channels.error} onRetry={() => void channels.refetch()} />}
        {channels.isPending && <Skeleton active />}
        {channels.data && channels.data.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('concernChannels.none')} />
        )}
        {channels.data && channels.data.items.length > 0 && (
          <Flex vertical gap={8}>
            {channels.data.items.map((c) => (
              <ChannelItem key={c.id} channel={c} />
            ))}
            {channels.data.total > CHANNELS_PAGE && (
              <Pagination simple size="small" current={page} pageSize={CHANNELS_PAGE} total={channels.data.total} onChange={setPage} />
            )}
          </Flex>
        )}
      </Space>
    </Card>
  );
}
