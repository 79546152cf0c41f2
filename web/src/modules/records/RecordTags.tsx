// Small labels of records: kind (三会一课 in party red), status, attendance, the lock.
import { Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { Locale } from '@xianfeng/shared/domain';
import { THREE_MEETINGS_ONE_LESSON, type Attendance, type RecordKind, type RecordStatus } from '@xianfeng/shared/schemas/records';
import { useT } from '../../app/i18n';

const THREE_ONE: readonly string[] = THREE_MEETINGS_ONE_LESSON;

export const kindLabel = (k: Pick<RecordKind, 'nameZh' | 'nameEn'>, locale: Locale) =>
  locale === 'zh-CN' ? k.nameZh : k.nameEn || k.nameZh;

export function KindTag({ kind, name }: { kind: string; name: string }) {
  const color = THREE_ONE.includes(kind) ? 'red' : kind === 'theme_party_day' ? 'volcano' : 'blue';
  return (
    <Tag
      color={color}
      title={name}
      style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
    >
      {name}
    </Tag>
  );
}

const STATUS_COLORS: Record<RecordStatus, string> = { planned: 'processing', held: 'success', cancelled: 'default' };

export function StatusTag({ status }: { status: RecordStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`recordStatus.${status}`)}
    </Tag>
  );
}

const ATTENDANCE_COLORS: Record<Attendance, string> = { present: 'success', excused: 'warning', absent: 'error' };

export function AttendanceTag({ attendance, late }: { attendance: Attendance; late?: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={ATTENDANCE_COLORS[attendance]} style={{ marginInlineEnd: 4 }}>
        {t(`attendance.${attendance}`)}
      </Tag>
      {late && <Tag color="orange">{t('recordsPage.late')}</Tag>}
    </>
  );
}

export function LockedIcon({ locked }: { locked: boolean }) {
  const t = useT();
  if (!locked) return null;
  return (
    <Tooltip title={t('recordsPage.locked')}>
      <LockOutlined aria-label={t('recordsPage.locked')} data-testid="record-locked" style={{ color: '#8c8c8c' }} />
    </Tooltip>
  );
}
