// Rows of a before/after comparison: one per field, changed ones first.

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields of both sides; a value that is not an object is compared as one field named ''. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { '': before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { '': after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
  // Stable sort: changed fields first, each group in the recorded order.
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
