// 签到 (member's phone): what the QR code opens, /check-in/:id?code=… — checks in and says how it went:
// on time, late, or not on this meeting's list. Without a code, the member types the one on the host's screen.
import { Button, Card, Flex, Input, Result, Space, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api';
import { errorText } from '../../app/errors';
import { useT } from '../../app/i18n';
import { checkIn } from './records.api';
import { clock } from './time';

function Outcome({ id, code, onRetry }: { id: number; code: string; onRetry: () => void }) {
  const t = useT();
  // A query, not an effect: one request per code even when React renders twice.
  const q = useQuery({
    queryKey: ['records', 'checkIn', id, code],
    queryFn: () => checkIn(id, code),
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  if (q.isPending) return <Spin size="large" style={{ display: 'block', margin: 48 }} />;
  if (q.isError) {
    const refused = q.error instanceof ApiError && (q.error.status === 403 || q.error.status === 404);
    return (
      <Result
        data-testid="check-in-result"
        data-outcome={refused ? 'not_listed' : 'failed'}
        status={refused ? 'warning' : 'error'}
        title={t(refused ? 'checkIn.notListed' : 'checkIn.failed')}
        subTitle={errorText(q.error)}
        extra={
          !refused && (
            <Button data-testid="check-in-retry" onClick={onRetry}>
              {t('checkIn.retry')}
            </Button>
          )
        }
      />
    );
  }
  const late = q.data.late;
  return (
    <Result
      data-testid="check-in-result"
      data-outcome={late ? 'late' : 'on_time'}
      status={late ? 'warning' : 'success'}
      title={t(late ? 'checkIn.doneLate' : 'checkIn.doneOnTime')}
      subTitle={t('checkIn.at', { time: clock(q.data.checkedInAt) })}
      extra={
        <Link to="/me">
          <Button type="primary">{t('checkIn.toMine')}</Button>
        </Link>
      }
    />
  );
}

export default function CheckInPage() {
  const t = useT();
  const id = Number(useParams().id);
  const [sp, setSp] = useSearchParams();
  const code = sp.get('code')?.trim() ?? '';
  const [typed, setTyped] = useState('');

  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 440 }} title={t('checkIn.title')}>
        {code ? (
          <Outcome id={id} code={code} onRetry={() => setSp({}, { replace: true })} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <div>{t('checkIn.typeHint')}</div>
            <Input
              data-testid="check-in-input"
              size="large"
              inputMode="numeric"
              autoFocus
              value={typed}
              maxLength={20}
              onChange={(e) => setTyped(e.target.value)}
              onPressEnter={() => typed.trim() && setSp({ code: typed.trim() }, { replace: true })}
            />
            <Button
              data-testid="check-in-submit"
              type="primary"
              size="large"
              block
              disabled={!typed.trim()}
              onClick={() => setSp({ code: typed.trim() }, { replace: true })}
            >
              {t('checkIn.submit')}
            </Button>
          </Space>
        )}
      </Card>
    </Flex>
  );
}
