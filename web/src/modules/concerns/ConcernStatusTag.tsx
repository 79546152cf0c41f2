import { Tag } from 'antd';
import type { ConcernStatus } from '@xianfeng/shared/schemas/concerns';
import { useT } from '../../app/i18n';

const COLOURS: Record<ConcernStatus, string> = { new: 'gold', accepted: 'green', rejected: 'default' };

export function ConcernStatusTag({ status }: { status: ConcernStatus }) {
  const t = useT();
  return (
    <Tag color={COLOURS[status]} data-testid="concern-status" data-status={status}>
      {t(`concernStatus.${status}`)}
    </Tag>
  );
}
