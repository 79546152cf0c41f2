// The key numbers of the ledgers at a node: total, open, closed (of which on time), overdue, 立行立改 — each a
// card; with `linkOf`, a card opens the matching item list.
import { Card, Col, Grid, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import type { ItemsParams } from './ledgers.api';
import { useFormat, useT } from '../../app/i18n';
import { share } from './ledgers.helpers';

export const KEY_FIGURES = ['total', 'open', 'closed', 'closedOnTime', 'overdue', 'fixedAtOnce'] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

export const overdueOf = (f: LedgerFigures) => f.byColour.find((c) => c.key === 'overdue')?.items ?? 0;

/** The number of a key figure. */
export const keyValue = (f: LedgerFigures, key: KeyFigure) => (key === 'overdue' ? overdueOf(f) : f[key]);

/** The item filter that lists a key figure's items today (closed on time has none of its own). */
export const keyFilter: Partial<Record<KeyFigure, Pick<ItemsParams, 'status' | 'colour'>>> = {
  total: {},
  closed: { status: 'closed' },
  overdue: { colour: 'overdue' },
};

export function KeyFigures({ figures: f, linkOf }: { figures: LedgerFigures; linkOf?: (key: KeyFigure) => string | null }) {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const notes: Partial<Record<KeyFigure, string>> = {
    closed: t('ledgerFigures.shareOf', { share: share(f.closed, f.total) }),
    closedOnTime: t('ledgerFigures.shareOfClosed', { share: share(f.closedOnTime, f.closed) }),
  };
  return (
    <Row gutter={[12, 12]} data-testid="ledger-key-figures" data-asof={f.asOf}>
      {KEY_FIGURES.map((key) => {
        const value = keyValue(f, key);
        const link = linkOf?.(key);
        const body: ReactNode = (
          <Card size="small" data-testid={`figure-${key}`} data-value={value} hoverable={!!link}>
            <Statistic
              title={t(`ledgerFigures.key.${key}`)}
              value={value}
              formatter={(v) => fmt.number(Number(v))}
              styles={{
                content: { ...(key === 'overdue' && value > 0 ? { color: '#cf1322' } : {}), ...(narrow ? { fontSize: 20 } : {}) },
                title: narrow ? { fontSize: 12 } : undefined,
              }}
            />
            {notes[key] && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{notes[key]}</Typography.Text>}
          </Card>
        );
        return (
          <Col key={key} xs={12} sm={8} lg={4}>
            {link ? <Link to={link}>{body}</Link> : body}
          </Col>
        );
      })}
    </Row>
  );
}
