// Test factories: a ledger (清单) and its items, inserted directly (no service, no audit).
import type { Executor } from '../../db/client';
import { uniq } from '../../test/harness';
import type { OrgRow } from '../orgs';
import { ledgerItems, ledgers } from './ledgers.schema';

type LedgerInsert = typeof ledgers.$inferInsert;
type ItemInsert = typeof ledgerItems.$inferInsert;

export async function buildLedger(db: Executor, owner: Pick<OrgRow, 'id' | 'path'>, overrides: Partial<LedgerInsert> = {}) {
  const [row] = await db
    .insert(ledgers)
    .values({ ownerOrgId: owner.id, ownerPath: owner.path, kind: 'practical_matter', title: `测试清单${uniq()}`, ...overrides })
    .returning();
  return row!;
}

/** An item of `ledger` with `responsible` as its 责任单位; registered on 2026-01-05 unless told. */
export async function buildItem(
  db: Executor,
  ledger: Pick<typeof ledgers.$inferSelect, 'id' | 'kind'>,
  responsible: Pick<OrgRow, 'id' | 'path'>,
  overrides: Partial<ItemInsert> = {},
) {
  const [row] = await db
    .insert(ledgerItems)
    .values({
      ledgerId: ledger.id,
      kind: ledger.kind,
      title: `测试事项${uniq()}`,
      responsibleOrgId: responsible.id,
      responsiblePath: responsible.path,
      registeredOn: '2026-01-05',
      ...overrides,
    })
    .returning();
  return row!;
}
