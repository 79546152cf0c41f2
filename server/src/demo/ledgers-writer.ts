// Writes the demo's ledgers (清单), their items and dated updates in bulk, with explicit ids so that a
// problem can point at the research topic it came from before either is written.
import { sql } from 'drizzle-orm';
import type { LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Executor } from '../db/client';
import { type BulkTable, BulkWriter, nextIds, resetIdentities, vacuumAnalyze } from './bulk';
import { type Day, isoOf } from './dates';

export const LEDGER_TABLES = ['ledgers', 'ledger_items', 'ledger_item_updates'] as const;
export type LedgerTable = (typeof LEDGER_TABLES)[number];

// prettier-ignore
const T = {
  ledger_items: { name: 'ledger_items', columns: [['id', 'bigint'], ['ledger_id', 'bigint'], ['kind', 'text'], ['external_no', 'text'], ['title', 'text'], ['description', 'text'], ['category', 'text'], ['fields', 'jsonb'], ['fixed_at_once', 'boolean'], ['responsible_org_id', 'bigint'], ['responsible_path', 'text'], ['responsible_person_id', 'bigint'], ['deadline', 'date'], ['status', 'text'], ['progress', 'integer'], ['closed_on', 'date'], ['closed_by', 'bigint'], ['parent_item_id', 'bigint'], ['registered_on', 'date'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] },
  ledger_item_updates: { name: 'ledger_item_updates', columns: [['id', 'bigint'], ['item_id', 'bigint'], ['kind', 'text'], ['on', 'date'], ['text', 'text'], ['progress', 'integer'], ['new_deadline', 'date'], ['person_id', 'bigint'], ['at', 'timestamptz']] },
} as const satisfies Record<string, BulkTable>;

export interface LedgerInput {
  owner: { id: number; path: string };
  campaignId: number | null;
  kind: LedgerKind;
  title: string;
  description: string;
  categories: readonly string[];
  escalation: readonly { step: 'reminder' | 'urge' | 'notice' | 'interview'; afterDays: number }[];
  /** The person whose account created the list (its first account, if any). */
  createdByPerson: number;
  createdOn: Day;
}

export type UpdateKind = 'progress' | 'close_request' | 'close' | 'return' | 'extend_request' | 'extend';

export interface UpdateInput {
  kind: UpdateKind;
  on: Day;
  text?: string | null;
  progress?: number | null;
  newDeadline?: Day | null;
  personId: number | null;
}

export interface ItemInput {
  ledgerId: number;
  kind: LedgerKind;
  externalNo: string;
  title: string;
  description?: string | null;
  category: string | null;
  fields: Record<string, unknown>;
  fixedAtOnce: boolean;
  org: { id: number; path: string };
  personId: number | null;
  deadline: Day | null;
  status: 'registered' | 'in_progress' | 'close_requested' | 'closed' | 'extended';
  progress: number;
  closedOn: Day | null;
  closedBy: number | null;
  parentItemId: number | null;
  registeredOn: Day;
  /** In the order they happened; the item's last change is the last one's. */
  updates: readonly UpdateInput[];
}

const iso = (d: Day | null | undefined) => (d === null || d === undefined ? null : isoOf(d));
/** 08:mm of the day in the demo's zone (Asia/Shanghai), before the day's updates; minutes spread by the row's id. */
const at = (day: Day, n: number) => `${isoOf(day)}T08:${String(n % 60).padStart(2, '0')}:00+08:00`;

export class LedgerWriter {
  private readonly items: BulkWriter;
  private readonly updates: BulkWriter;
  private readonly counts = { ledgers: 0, ledger_items: 0, ledger_item_updates: 0 };

  private constructor(
    private readonly db: Executor,
    private readonly ids: Record<LedgerTable, number>,
  ) {
    this.items = new BulkWriter(db, T.ledger_items);
    this.updates = new BulkWriter(db, T.ledger_item_updates, [this.items]);
  }

  static async open(db: Executor): Promise<LedgerWriter> {
    return new LedgerWriter(db, await nextIds(db, LEDGER_TABLES));
  }

  count(table: LedgerTable): number {
    return this.counts[table];
  }

  /** A list: written at once (a handful of rows), so its items can refer to it. */
  async ledger(l: LedgerInput): Promise<number> {
    const id = this.take('ledgers');
    await this.db.execute(sql`
      insert into ledgers (id, owner_org_id, owner_path, campaign_id, kind, title, description, categories, escalation, created_by, created_at)
      overriding system value
      values (${id}, ${l.owner.id}, ${l.owner.path}, ${l.campaignId}::bigint, ${l.kind}, ${l.title}, ${l.description},
        ${sql.param([...l.categories])}::text[], ${JSON.stringify(l.escalation)}::jsonb,
        (select a.id from accounts a where a.person_id = ${l.createdByPerson} order by a.id limit 1), ${at(l.createdOn, id)}::timestamptz)`);
    return id;
  }

  /** Reserves an item's id (a topic's problems point at it). */
  itemId(): number {
    return this.take('ledger_items');
  }

  async item(id: number, i: ItemInput): Promise<void> {
    const last = i.updates.at(-1)?.on ?? i.registeredOn;
    await this.items.add(
      id,
      i.ledgerId,
      i.kind,
      i.externalNo,
      i.title,
      i.description ?? null,
      i.category,
      JSON.stringify(i.fields),
      i.fixedAtOnce,
      i.org.id,
      i.org.path,
      i.personId,
      iso(i.deadline),
      i.status,
      i.progress,
      iso(i.closedOn),
      i.closedBy,
      i.parentItemId,
      iso(i.registeredOn),
      at(i.registeredOn, id),
      `${isoOf(last)}T18:00:00+08:00`,
    );
    this.counts.ledger_items++;
    for (const [k, u] of i.updates.entries()) {
      const uid = this.take('ledger_item_updates');
      await this.updates.add(
        uid,
        id,
        u.kind,
        iso(u.on),
        u.text ?? null,
        u.progress ?? null,
        iso(u.newDeadline),
        u.personId,
        // Steps of one day keep their order (updates are listed by time).
        `${isoOf(u.on)}T${String(9 + Math.min(k, 9)).padStart(2, '0')}:${String((id * 7) % 60).padStart(2, '0')}:00+08:00`,
      );
      this.counts.ledger_item_updates++;
    }
  }

  async finish(): Promise<void> {
    await this.updates.flush();
    await resetIdentities(this.db, LEDGER_TABLES);
  }

  private take(table: LedgerTable): number {
    const id = this.ids[table];
    this.ids[table] = id + 1;
    if (table === 'ledgers') this.counts.ledgers++;
    return id;
  }
}

/** Run outside any transaction. */
export const analyzeLedgers = (db: Executor) => vacuumAnalyze(db, LEDGER_TABLES);
