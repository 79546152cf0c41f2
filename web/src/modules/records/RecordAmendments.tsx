// 更正记录: changes to a record after it was locked (and its locks and unlocks), from the audit log.
import { Button, Card, Modal, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { amendmentView } from '@xianfeng/shared/schemas/records';
import type { z } from 'zod';
import { useFormat, useT } from '../../app/i18n';
import { AuditDiff } from '../audit/AuditDiff';
import { labelOr } from '../audit/audit.api';
import { inZone } from './time';

type Amendment = z.infer<typeof amendmentView>;

export function RecordAmendments({ amendments }: { amendments: Amendment[] }) {
  const t = useT();
  const fmt = useFormat();
  const [open, setOpen] = useState<Amendment | null>(null);
  return (
    <Card size="small" title={t('recordPage.amendments', { count: amendments.length })} data-testid="record-amendments">
      <Timeline
        items={amendments.map((a, i) => ({
          key: i,
          color: a.action === 'record.amend' ? 'orange' : 'gray',
          content: (
            <div>
              <Typography.Text strong>{labelOr(t, `recordPage.action.${a.action}`, a.action)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {inZone(a.at).format(`${fmt.dateFormat} HH:mm`)} · {a.actorName ?? t('common.none')}
              </Typography.Text>
              {a.summary && <div>{a.summary}</div>}
              {(a.before !== null && a.before !== undefined) || (a.after !== null && a.after !== undefined) ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(a)}>
                  {t('recordPage.showChange')}
                </Button>
              ) : null}
            </div>
          ),
        }))}
      />
      <Modal open={!!open} footer={null} width={720} title={t('recordPage.changeTitle')} onCancel={() => setOpen(null)}>
        {open && <AuditDiff before={open.before} after={open.after} />}
      </Modal>
    </Card>
  );
}
