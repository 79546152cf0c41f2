// 签到 (host's phone): the rotating QR code of a meeting, its countdown and the live count of who
// has checked in. The code is fetched every 10 s; each is valid for 30 s (and the one before it).
import { Alert, App, Button, Card, Flex, Progress, Skeleton, Space, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CHECK_IN_WINDOW_SECONDS } from '@xianfeng/shared/schemas/records';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { closeCheckIn, fetchCheckInCode, fetchRecord, recordKeys } from './records.api';

const POLL_MS = 10_000;

/** Seconds until `iso`, ticking once a second. */
function useCountdown(iso: string | undefined) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return iso ? Math.max(0, Math.round((Date.parse(iso) - now) / 1000)) : 0;
}

export default function CheckInHostPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const record = useQuery({
    queryKey: recordKeys.detail(id),
    queryFn: () => fetchRecord(id),
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
  const open = !!record.data?.checkInOpen;
  const code = useQuery({
    queryKey: recordKeys.code(id),
    queryFn: () => fetchCheckInCode(id),
    enabled: open,
    // Every 10 s, and as soon as the shown code expires.
    refetchInterval: (q) =>
      q.state.data ? Math.min(POLL_MS, Math.max(1000, Date.parse(q.state.data.expiresAt) - Date.now() + 500)) : POLL_MS,
    staleTime: 0,
    gcTime: 0,
  });
  const url = code.data ? new URL(code.data.url, window.location.origin).toString() : null;
  const image = useQuery({
    queryKey: ['records', 'qr', url],
    queryFn: () => QRCode.toDataURL(url!, { width: 320, margin: 1, errorCorrectionLevel: 'M' }),
    enabled: !!url,
    staleTime: Infinity,
  });
  const left = useCountdown(code.data?.expiresAt);

  const close = useMutation({
    mutationFn: () => closeCheckIn(id),
    onSuccess: async () => {
      void message.success(t('checkIn.closed'));
      await client.invalidateQueries({ queryKey: recordKeys.all });
      navigate(`/records/${id}`);
    },
    onError: (err) => showError(err),
  });

  if (record.isError) return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  if (!record.data) return <Skeleton active />;
  const r = record.data;
  const checkedIn = r.attendees.filter((a) => a.checkedInAt).length;
  const late = r.attendees.filter((a) => a.checkedInAt && a.late).length;

  return (
    <Flex vertical align="center" gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
      <Flex align="center" gap={8} style={{ width: '100%' }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('recordPage.back')}
          onClick={() => navigate(`/records/${id}`)}
        />
        <Typography.Title level={4} style={{ margin: 0 }} ellipsis>
          {r.topic}
        </Typography.Title>
      </Flex>
      {!open && <Alert type="info" showIcon title={t('checkIn.notOpen')} style={{ width: '100%' }} />}
      {open && (
        <Card style={{ width: '100%', textAlign: 'center' }}>
          {code.isError && <QueryError error={code.error} onRetry={() => void code.refetch()} />}
          {image.data ? (
            <img
              data-testid="check-in-code"
              data-code={code.data?.code}
              src={image.data}
              alt={t('checkIn.qrAlt')}
              style={{ width: '100%', maxWidth: 320, aspectRatio: '1' }}
            />
          ) : (
            <Skeleton.Image active style={{ width: 280, height: 280 }} />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 4 }}>
            {t('checkIn.scanHint')}
          </Typography.Paragraph>
          <Typography.Text code style={{ fontSize: 20, letterSpacing: 4 }} data-testid="check-in-code-text">
            {code.data?.code ?? '……'}
          </Typography.Text>
          <Progress
            percent={Math.round((left / CHECK_IN_WINDOW_SECONDS) * 100)}
            showInfo={false}
            size="small"
            style={{ marginTop: 8 }}
          />
          <Typography.Text type="secondary" data-testid="check-in-countdown">
            {t('checkIn.countdown', { seconds: left })}
          </Typography.Text>
        </Card>
      )}
      <Card style={{ width: '100%' }}>
        <Flex justify="space-around">
          <Statistic
            title={t('checkIn.checkedIn')}
            value={checkedIn}
            suffix={`/ ${r.counts.listed}`}
            data-testid="check-in-count"
          />
          <Statistic title={t('checkIn.late')} value={late} />
        </Flex>
      </Card>
      <Space>
        {open && r.can.manageCheckIn && (
          <Button
            data-testid="check-in-close"
            danger
            icon={<StopOutlined />}
            loading={close.isPending}
            onClick={() => close.mutate()}
          >
            {t('checkIn.close')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}
