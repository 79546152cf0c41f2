// Refused 组织关系转接: every person a bulk transfer (批量转接) or a merge (合并) could not move, and why.
import { Alert, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { TransferRefusalView } from '@xianfeng/shared/schemas/people';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n';

export interface Refused {
  message: string;
  people: TransferRefusalView[];
}

/** The refused people an error carries (400 details [{personId, name, message}]), or null. */
export function refusedOf(err: unknown): Refused | null {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return null;
  const people = err.details.filter(
    (d): d is TransferRefusalView =>
      typeof d === 'object' && d !== null && typeof (d as TransferRefusalView).personId === 'number',
  );
  return people.length > 0 ? { message: err.message, people } : null;
}

export function TransferRefusals({ refused }: { refused: Refused | null }) {
  const t = useT();
  if (!refused) return null;
  return (
    <Alert
      data-testid="transfer-refusals"
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={refused.message}
      description={
        <>
          <Typography.Text>{t('refusals.title')}</Typography.Text>
          <List
            size="small"
            style={{ maxHeight: 240, overflow: 'auto' }}
            dataSource={refused.people}
            renderItem={(p) => (
              <List.Item style={{ padding: '4px 0' }}>
                <span>
                  {p.name ? <Link to={`/people/${p.personId}`}>{p.name}</Link> : t('refusals.unknown', { id: p.personId })}
                  {'：'}
                  {p.message}
                </span>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
