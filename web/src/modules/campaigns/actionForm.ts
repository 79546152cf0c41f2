// The required-action drawer's values ⇄ the API body: a date picker's day, "anywhere below" as a
// sentinel depth, and fields that do not apply to the chosen completion sent as null.
import dayjs, { type Dayjs } from 'dayjs';
import type { OrgType } from '@xianfeng/shared/domain';
import type { ActionBody, RequiredAction } from '@xianfeng/shared/schemas/campaigns';

/** Select value for "anywhere below the owner" (targetDepth null). */
export const ANY_DEPTH = -1;

export interface ActionFormValues {
  title?: string;
  guidance?: string | null;
  phaseId?: number | null;
  deadline?: Dayjs | null;
  targetDepth: number;
  targetTypes: OrgType[];
  contactPersonId?: number | null;
  completion: ActionBody['completion'];
  recordKind?: string | null;
  recordScope: ActionBody['recordScope'];
  minCount?: number | null;
  needsApproval: boolean;
}

/** A new action: the owner's children, completed by a record, no approval. */
export const emptyAction = (phaseId: number | null = null): ActionFormValues => ({
  phaseId,
  targetDepth: 1,
  targetTypes: [],
  completion: 'record_kind',
  recordScope: 'node',
  minCount: 1,
  needsApproval: false,
});

export const fromAction = (a: RequiredAction): ActionFormValues => ({
  title: a.title,
  guidance: a.guidance,
  phaseId: a.phaseId,
  deadline: dayjs(a.deadline),
  targetDepth: a.targetDepth ?? ANY_DEPTH,
  targetTypes: [...a.targetTypes],
  contactPersonId: a.contactPersonId,
  completion: a.completion,
  recordKind: a.recordKind,
  recordScope: a.recordScope,
  minCount: a.minCount ?? 1,
  needsApproval: a.needsApproval,
});

export function toActionBody(v: ActionFormValues, sortOrder: number): ActionBody {
  const byRecord = v.completion === 'record_kind' || v.completion === 'records';
  return {
    title: (v.title ?? '').trim(),
    guidance: v.guidance?.trim() || null,
    phaseId: v.phaseId ?? null,
    deadline: v.deadline!.format('YYYY-MM-DD'),
    targetDepth: v.targetDepth === ANY_DEPTH ? null : v.targetDepth,
    targetTypes: v.targetTypes,
    contactPersonId: v.contactPersonId ?? null,
    completion: v.completion,
    recordKind: byRecord ? (v.recordKind ?? null) : null,
    recordScope: v.completion === 'record_kind' ? v.recordScope : 'node',
    minCount: v.completion === 'confirmation' ? null : (v.minCount ?? 1),
    needsApproval: v.needsApproval,
    sortOrder,
  };
}
