// 政治面貌 as a coloured tag: members red, the path to membership in cooler colours.
import { Tag } from 'antd';
import type { PartyStatus } from '@xianfeng/shared/domain';
import { useT } from '../../app/i18n';

export const STATUS_COLORS: Record<PartyStatus, string> = {
  applicant: 'default',
  activist: 'blue',
  candidate: 'geekblue',
  probationary_member: 'orange',
  full_member: 'red',
  non_member: 'default',
};

export function PartyStatusTag({ status }: { status: PartyStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`partyStatus.${status}`)}
    </Tag>
  );
}
