// Pure helpers of the campaign pages: who an action targets, what completes it, the deadline timeline,
// and the date shift of 复制为模板.
import type { OrgType } from '@xianfeng/shared/domain';
import type { CampaignDetail, Phase, RequiredAction } from '@xianfeng/shared/schemas/campaigns';
import type { Translate } from '../../app/i18n';

/**
 * "下一级党组织（党委）", "所有党支部", "本级党组织": depth below the owner (null = anywhere below) and
 * node types (empty = any type).
 */
export function targetText(t: Translate, types: readonly OrgType[], depth: number | null): string {
  const names = types.map((type) => t(`orgType.${type}`)).join(t('campaignPlan.listSep'));
  if (depth === null) return types.length === 0 ? t('campaignTarget.allBelow') : t('campaignTarget.allOfTypes', { types: names });
  const level =
    depth === 0 ? t('campaignTarget.self') : depth === 1 ? t('campaignTarget.children') : t('campaignTarget.depth', { n: depth });
  return types.length === 0 ? level : t('campaignTarget.withTypes', { level, types: names });
}

/** "组织生活记录：学习研讨 ≥ 2 次（含下级）", "上传材料", "确认完成". */
export function completionText(
  t: Translate,
  a: Pick<RequiredAction, 'completion' | 'recordKind' | 'recordScope' | 'minCount'>,
  kindName?: (code: string) => string,
): string {
  const parts = [t(`campaignCompletion.${a.completion}`)];
  if ((a.completion === 'record_kind' || a.completion === 'records') && a.recordKind)
    parts.push(kindName?.(a.recordKind) ?? a.recordKind);
  if (a.completion !== 'confirmation' && (a.minCount ?? 1) > 1)
    parts.push(t(a.completion === 'documents' ? 'campaignPlan.atLeastDocs' : 'campaignPlan.atLeast', { count: a.minCount ?? 1 }));
  const [head, ...rest] = parts;
  const text = rest.length > 0 ? `${head}${t('campaignPlan.colon')}${rest.join(' ')}` : head!;
  return a.completion === 'record_kind' && a.recordScope === 'subtree' ? `${text}${t('campaignPlan.inSubtree')}` : text;
}

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Whole days from `from` to `to` ('YYYY-MM-DD'), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/** The calendar day `days` after `day`. */
export const shiftDay = (day: string, days: number): string => new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);

export interface ShiftPreview {
  days: number;
  periodStart: string;
  periodEnd: string;
  /** The earliest and latest deadline after the shift (null without actions). */
  firstDeadline: string | null;
  lastDeadline: string | null;
}

/** What 复制为模板 will make of the dates: everything moves by (new start − old start) days, as the server does. */
export function shiftPreview(c: Pick<CampaignDetail, 'periodStart' | 'periodEnd' | 'actions'>, newStart: string): ShiftPreview {
  const days = daysBetween(c.periodStart, newStart);
  const deadlines = c.actions
    .filter((a) => a.ownerOrgId === null)
    .map((a) => shiftDay(a.deadline, days))
    .sort();
  return {
    days,
    periodStart: newStart,
    periodEnd: shiftDay(c.periodEnd, days),
    firstDeadline: deadlines[0] ?? null,
    lastDeadline: deadlines[deadlines.length - 1] ?? null,
  };
}

export interface TimelineGroup {
  phase: Phase | null;
  actions: RequiredAction[];
}

/** The deadlines by phase (in the phases' order; actions without a phase last), each by deadline. */
export function timelineGroups(phases: readonly Phase[], actions: readonly RequiredAction[]): TimelineGroup[] {
  const byDeadline = (a: RequiredAction, b: RequiredAction) =>
    a.deadline.localeCompare(b.deadline) || a.sortOrder - b.sortOrder || a.id - b.id;
  const known = new Set(phases.map((p) => p.id));
  const groups: TimelineGroup[] = [...phases]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((phase) => ({ phase, actions: actions.filter((a) => a.phaseId === phase.id).sort(byDeadline) }));
  const loose = actions.filter((a) => a.phaseId === null || !known.has(a.phaseId)).sort(byDeadline);
  return loose.length > 0 ? [...groups, { phase: null, actions: loose }] : groups;
}

/** The state of a deadline on `today`: past, due within a week, or later. */
export function deadlineTone(deadline: string, today: string): 'past' | 'soon' | 'later' {
  const d = daysBetween(today, deadline);
  return d < 0 ? 'past' : d <= 7 ? 'soon' : 'later';
}

/** The next sort order after the given items (new phases and actions go last). */
export const nextSortOrder = (items: readonly { sortOrder: number }[]): number =>
  items.reduce((max, i) => Math.max(max, i.sortOrder), 0) + 10;
