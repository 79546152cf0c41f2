// Pure helpers of the ledger pages: how a colour and a status look, which workflow steps an item offers
// (the server's rules, mirrored for the buttons), and the kind-specific fields between form and API.
import type { ItemColour, ItemDetail, ItemStatus, LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { ItemStep } from './ledgers.api';

/** The item's colour against its deadline: a dot colour and an antd tag colour. */
export const COLOUR_TONES: Record<ItemColour, { color: string; tag: string }> = {
  on_track: { color: '#1677ff', tag: 'processing' },
  due_soon: { color: '#d48806', tag: 'gold' },
  overdue: { color: '#cf1322', tag: 'error' },
  closed_late: { color: '#d4380d', tag: 'volcano' },
  closed: { color: '#389e0d', tag: 'success' },
};

export const STATUS_TAGS: Record<ItemStatus, string> = {
  registered: 'default',
  in_progress: 'cyan',
  close_requested: 'processing',
  closed: 'success',
  returned: 'volcano',
  extended: 'purple',
};

const OPEN: readonly ItemStatus[] = ['registered', 'in_progress', 'returned', 'extended'];

/** Whether an extension request waits for approval: the last extension update is a request. */
export function pendingExtension(updates: ItemDetail['updates']): ItemDetail['updates'][number] | undefined {
  const last = [...updates].reverse().find((u) => u.kind === 'extend_request' || u.kind === 'extend');
  return last?.kind === 'extend_request' ? last : undefined;
}

/**
 * The steps the item offers the caller now — who may (the `can` flags) and from which status, as the server
 * decides (workflow.service.ts); the server refuses anything else anyway.
 */
export function stepsOf(item: Pick<ItemDetail, 'status' | 'can' | 'updates'>): ItemStep[] {
  const open = OPEN.includes(item.status);
  const steps: ItemStep[] = [];
  if (open && item.can.update) steps.push('progress', 'request-close', 'request-extension');
  if (open && item.can.manage && pendingExtension(item.updates)) steps.push('approve-extension');
  if (item.status === 'close_requested' && item.can.close) steps.push('close', 'return');
  if (item.status === 'closed' && item.can.manage) steps.push('reopen');
  return steps;
}

/** Steps whose reason is required (the server answers 400 without one). */
export const REASON_STEPS: readonly ItemStep[] = ['return', 'reopen', 'request-extension'];

/** The form's values of the kind-specific fields (a flat object; methods is a list). */
export type KindFieldValues = Record<string, string | number | string[] | null | undefined>;

const KIND_KEYS: Record<LedgerKind, readonly string[]> = {
  practical_matter: ['beneficiaries', 'source', 'phase'],
  problem: ['source', 'severity', 'measures'],
  research_topic: ['leaderPersonId', 'methods'],
  key_task: ['aspect'],
  special_check: ['checkType'],
};

/** The API's `fields` of an item from the form: the kind's keys only, text trimmed, empty optional ones left out. */
export function fieldsOf(kind: LedgerKind, values: KindFieldValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KIND_KEYS[kind]) {
    const v = values[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      const s = v.trim();
      // measures is required by the schema but may be empty.
      if (s || key === 'measures') out[key] = s;
    } else out[key] = v;
  }
  if (kind === 'problem' && out.measures === undefined) out.measures = '';
  return out;
}

/** The form's values from an item's `fields`. */
export function fieldValues(kind: LedgerKind, fields: Record<string, unknown>): KindFieldValues {
  const out: KindFieldValues = {};
  for (const key of KIND_KEYS[kind]) {
    const v = fields[key];
    if (typeof v === 'string' || typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
      out[key] = v as string | number | string[];
  }
  return out;
}

/** A deadline's distance from today, in whole days (negative: past). Both 'YYYY-MM-DD'. */
export const daysUntil = (deadline: string, today: string) =>
  Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** Per cent of a part in a whole, one decimal; 0 for an empty whole. */
export const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);
