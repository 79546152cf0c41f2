// One cell of the matrix: a single assignment shows its state; a subtree shows "done/total"; coloured by tone.
import { Flex, Tooltip } from 'antd';
import type { ProgressCounts } from '@xianfeng/shared/schemas/campaigns';
import { useT } from '../../../app/i18n';
import { cellTone, TONES, type Tone } from './states';

export type Cell = ProgressCounts & { actionId: number; assignmentId?: number | null };

const SHOWN: (keyof ProgressCounts)[] = ['done', 'doneLate', 'submitted', 'returned', 'inProgress', 'notStarted', 'overdue'];

export function CellTip({ c }: { c: ProgressCounts }) {
  const t = useT();
  return (
    <div>
      {SHOWN.filter((k) => c[k] > 0).map((k) => (
        <div key={k}>{t('progressTab.count', { label: t(`assignmentTone.${k as Tone}`), count: c[k] })}</div>
      ))}
    </div>
  );
}

export function MatrixCell({ c, single, testId, onClick }: { c: Cell; single: boolean; testId: string; onClick?: () => void }) {
  const t = useT();
  const tone = cellTone(c);
  const style = TONES[tone];
  return (
    <Tooltip title={<CellTip c={c} />}>
      <Flex
        data-testid={testId}
        data-tone={tone}
        align="center"
        justify="center"
        onClick={onClick}
        style={{
          color: style.color,
          background: style.background,
          border: `1px solid ${style.color}33`,
          borderRadius: 4,
          padding: '2px 6px',
          minHeight: 26,
          cursor: onClick ? 'pointer' : undefined,
          fontWeight: 500,
          whiteSpace: 'nowrap',
        }}
      >
        {single ? t(`assignmentTone.${tone}`) : `${c.done}/${c.total}`}
      </Flex>
    </Tooltip>
  );
}

/** The tones' legend above the matrix. */
export function ToneLegend() {
  const t = useT();
  return (
    <Flex wrap gap={8} data-testid="progress-legend">
      {(Object.keys(TONES) as Tone[]).map((k) => (
        <span key={k} style={{ color: TONES[k].color, background: TONES[k].background, padding: '0 6px', borderRadius: 4, fontSize: 12 }}>
          {t(`assignmentTone.${k}`)}
        </span>
      ))}
    </Flex>
  );
}
