// An assignment's state as a coloured tag (overdue and done late shown over the state they overlap).
import { Tag } from 'antd';
import type { AssignmentState } from '@xianfeng/shared/schemas/campaigns';
import { useT } from '../../../app/i18n';
import { assignmentTone, TONES, type Tone } from '../progress/states';

export function ToneTag({ tone, testId }: { tone: Tone; testId?: string }) {
  const t = useT();
  return (
    <Tag color={TONES[tone].tag} style={{ marginInlineEnd: 0 }} data-testid={testId} data-tone={tone}>
      {t(`assignmentTone.${tone}`)}
    </Tag>
  );
}

export function StateTag({ state, overdue, doneLate, testId }: { state: AssignmentState; overdue: boolean; doneLate: boolean; testId?: string }) {
  return <ToneTag tone={assignmentTone(state, overdue, doneLate)} testId={testId} />;
}
