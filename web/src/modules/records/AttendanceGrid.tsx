// 出席情况: every person on the roll with present / excused (reason) / absent, and "all present".
// A controlled form control: value is the attendance list the API takes.
import { Button, Empty, Flex, Grid, Input, Space, Tag, theme, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { ATTENDANCES, type Attendance, type AttendanceInput, type RollEntry } from '@xianfeng/shared/schemas/records';
import { useT } from '../../app/i18n';

interface Props {
  roll: RollEntry[];
  /** The node of the record: a roll entry from a party group below it shows that group. */
  orgId: number | null;
  value?: AttendanceInput[];
  onChange?: (value: AttendanceInput[]) => void;
  /** Refused people from the server's last answer (not members on that day), by id. */
  refused?: Map<number, string>;
}

const COLORS: Record<Attendance, string> = { present: 'green', excused: 'orange', absent: 'red' };
const BUTTON_COLORS = { present: 'green', excused: 'orange', absent: 'red' } as const satisfies Record<Attendance, string>;

export function AttendanceGrid({ roll, orgId, value = [], onChange, refused }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  // On phones the reason goes on its own line under the name and the toggles.
  const narrow = Grid.useBreakpoint().sm === false;
  const byId = new Map(value.map((a) => [a.personId, a]));
  const count = (a: Attendance) => value.filter((v) => v.attendance === a).length;
  const set = (personId: number, change: Partial<AttendanceInput>) =>
    onChange?.(
      value.map((a) =>
        a.personId === personId
          ? { ...a, ...change, reason: (change.attendance ?? a.attendance) === 'excused' ? (change.reason ?? a.reason) : null }
          : a,
      ),
    );
  const allPresent = () => onChange?.(value.map((a) => ({ ...a, attendance: 'present', reason: null })));

  // People on the list who are not on the roll (e.g. a record made before a transfer was entered) still show.
  const onRoll = new Set(roll.map((r) => r.personId));
  const rows = [
    ...roll,
    ...value
      .filter((a) => !onRoll.has(a.personId))
      .map((a) => ({ personId: a.personId, name: `#${a.personId}`, orgId: 0, orgName: '' })),
  ];

  return (
    <div data-testid="attendance-grid">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space size={4} wrap>
          <Tag>{t('recordForm.listed', { count: value.length })}</Tag>
          {ATTENDANCES.map((a) => (
            <Tag key={a} color={COLORS[a]} data-testid={`attendance-count-${a}`}>
              {t(`attendance.${a}`)} {count(a)}
            </Tag>
          ))}
        </Space>
        <Button data-testid="attendance-all-present" icon={<CheckOutlined />} onClick={allPresent} disabled={value.length === 0}>
          {t('recordForm.allPresent')}
        </Button>
      </Flex>
      {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recordForm.emptyRoll')} />}
      <div
        style={{
          maxHeight: 520,
          overflowY: 'auto',
          border: rows.length ? `1px solid ${token.colorBorderSecondary}` : undefined,
          borderRadius: token.borderRadius,
        }}
      >
        {rows.map((r, i) => {
          const a = byId.get(r.personId);
          if (!a) return null;
          const problem = refused?.get(r.personId);
          return (
            <Flex
              key={r.personId}
              data-testid={`attendance-row-${r.personId}`}
              data-attendance={a.attendance}
              align="center"
              wrap
              gap={8}
              style={{
                padding: '6px 10px',
                borderTop: i ? `1px solid ${token.colorBorderSecondary}` : undefined,
                background: problem ? token.colorErrorBg : undefined,
              }}
            >
              <div style={{ flex: '1 1 120px', minWidth: 100 }}>
                <Typography.Text strong>{r.name}</Typography.Text>
                {r.orgId !== orgId && r.orgName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                    {r.orgName}
                  </Typography.Text>
                )}
                {problem && <div style={{ color: token.colorError, fontSize: 12 }}>{problem}</div>}
              </div>
              {a.attendance === 'excused' && (
                <Input
                  size="small"
                  data-testid={`attendance-reason-${r.personId}`}
                  value={a.reason ?? ''}
                  status={a.reason ? undefined : 'error'}
                  placeholder={t('recordForm.reason')}
                  maxLength={200}
                  onChange={(e) => set(r.personId, { reason: e.target.value })}
                  style={narrow ? { order: 3, flex: '1 1 100%' } : { flex: '0 1 220px', minWidth: 140 }}
                />
              )}
              <Space.Compact size="small">
                {ATTENDANCES.map((v) => (
                  <Button
                    key={v}
                    data-testid={`attendance-${v}-${r.personId}`}
                    color={v === a.attendance ? BUTTON_COLORS[v] : 'default'}
                    variant={v === a.attendance ? 'solid' : 'outlined'}
                    aria-pressed={v === a.attendance}
                    autoInsertSpace={false}
                    onClick={() => set(r.personId, { attendance: v })}
                  >
                    {t(`attendance.${v}`)}
                  </Button>
                ))}
              </Space.Compact>
            </Flex>
          );
        })}
      </div>
    </div>
  );
}
