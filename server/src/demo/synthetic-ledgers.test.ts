import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemFieldsByKind, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import { type Database, openDatabase } from '../db/client';
import { rowsOf } from './bulk';
import { generateSyntheticGroup, type SyntheticResult } from './synthetic';
import { generateSyntheticLedgers, SYNTHETIC_CATEGORIES, type SyntheticLedgersResult } from './synthetic-ledgers';

// A fresh in-memory PGlite, as demo.test.ts: the generators write explicit ids.
let database: Database;
let group: SyntheticResult;
let gen: SyntheticLedgersResult;
const TODAY = '2026-11-01';

const rows = <T = Record<string, unknown>>(query: string) => rowsOf<T>(database.db, sql.raw(query));
const count = async (query: string) => Number((await rows<{ n: number }>(query))[0]!.n);
const mine = () => `(select id from orgs where path like '${group.rootPath}%')`;
const myItems = () => `ledger_items i where i.responsible_org_id in ${mine()}`;
/** Joins first, then the items of this group: `select … from ${joined('…')} and …`. */
const joined = (joins: string) => `ledger_items i ${joins} where i.responsible_org_id in ${mine()}`;

beforeAll(async () => {
  database = await openDatabase({});
  await database.migrate();
  group = await generateSyntheticGroup(database.db, { units: 60, members: 400, seed: 4, code: 'SYNL' });
  gen = await generateSyntheticLedgers(database.db, { rootPath: group.rootPath, items: 200, ledgers: 8, today: TODAY, seed: 2 });
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('generateSyntheticLedgers', () => {
  it('writes the requested numbers of lists and items, and a sample of updates', async () => {
    expect(gen).toMatchObject({ ledgers: 8, items: 200 });
    expect(await count(`select count(*) n from ledgers where owner_org_id in ${mine()}`)).toBe(8);
    expect(await count(`select count(*) n from ${myItems()}`)).toBe(200);
    const byStatus = await rows<{ status: string; n: number }>(
      `select status, count(*)::int n from ${myItems()} group by status`,
    );
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual(gen.byStatus);
    expect(await count(`select count(*) n from ${joined('join ledger_item_updates u on u.item_id = i.id')}`)).toBe(gen.updates);
    // One list per kind at the root, the other three at second-level units.
    expect(gen.rootLedgers.map((l) => l.kind).sort()).toEqual(Object.keys(SYNTHETIC_CATEGORIES).sort());
    expect(
      await count(`select count(*) n from ledgers l join orgs o on o.id = l.owner_org_id where o.parent_id = ${group.rootId}`),
    ).toBe(3);
  });

  it('keeps each item consistent with its node, its list and its status', async () => {
    // responsible_path is the node's path; the node lies in the list's owner's subtree; the kind is the list's.
    expect(
      await count(
        `select count(*) n from ${myItems()} and not exists (select 1 from orgs o where o.id = i.responsible_org_id and o.path = i.responsible_path)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from ${myItems()} and not exists (select 1 from ledgers l where l.id = i.ledger_id and i.responsible_path like l.owner_path || '%' and l.kind = i.kind and i.category = any(l.categories))`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from ledgers l where l.owner_org_id in ${mine()} and (l.owner_path <> (select path from orgs where id = l.owner_org_id) or cardinality(l.categories) = 0)`,
      ),
    ).toBe(0);
    // Closed items, and only they, have a closing day between registration and today; 立行立改 close on the day.
    expect(await count(`select count(*) n from ${myItems()} and (i.status = 'closed') <> (i.closed_on is not null)`)).toBe(0);
    expect(
      await count(`select count(*) n from ${myItems()} and (i.closed_on < i.registered_on or i.closed_on > '${TODAY}')`),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from ${myItems()} and i.fixed_at_once and (i.kind <> 'problem' or i.closed_on <> i.registered_on or i.deadline is not null)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*) n from ${myItems()} and not i.fixed_at_once and (i.deadline is null or i.deadline < i.registered_on)`,
      ),
    ).toBe(0);
    expect(await count(`select count(*) n from ${myItems()} and i.fixed_at_once`)).toBeGreaterThan(0);
    expect(await count(`select count(*) n from ${myItems()} and i.registered_on > '${TODAY}'`)).toBe(0);
    // A problem from a research topic points at a topic of the same subtree.
    expect(
      await count(
        `select count(*) n from ${joined('join ledger_items t on t.id = i.parent_item_id')} and t.kind <> 'research_topic'`,
      ),
    ).toBe(0);
    // Progress updates and the closing steps belong to items of the right status.
    expect(
      await count(
        `select count(*) n from ${joined('join ledger_item_updates u on u.item_id = i.id')} and u.kind = 'close' and i.status <> 'closed'`,
      ),
    ).toBe(0);
  });

  it('fills the fields each kind requires', async () => {
    const items = await rows<{ kind: LedgerKind; fields: Record<string, unknown> }>(`select i.kind, i.fields from ${myItems()}`);
    for (const i of items) expect(itemFieldsByKind[i.kind].safeParse(i.fields).success, JSON.stringify(i)).toBe(true);
  });

  it('is deterministic: the same seed over the same shape gives the same items', async () => {
    const twin = await generateSyntheticGroup(database.db, { units: 60, members: 400, seed: 4, code: 'SYNM' });
    const again = await generateSyntheticLedgers(database.db, {
      rootPath: twin.rootPath,
      items: 200,
      ledgers: 8,
      today: TODAY,
      seed: 2,
    });
    expect(again.byStatus).toEqual(gen.byStatus);
    const shape = (path: string) =>
      rows(`select i.kind, i.category, i.status, i.deadline, i.closed_on, i.external_no from ledger_items i
        where i.responsible_path like '${path}%' order by i.id`);
    expect(await shape(twin.rootPath)).toEqual(await shape(group.rootPath));
  });

  it('moves the sequences past the explicit ids', async () => {
    const [ledger] = await rows<{ id: number; owner_org_id: number; owner_path: string }>(
      `select id, owner_org_id, owner_path from ledgers where owner_org_id = ${group.rootId} order by id limit 1`,
    );
    const [made] = await rows<{
      id: number;
    }>(`insert into ledger_items (ledger_id, kind, title, responsible_org_id, responsible_path, registered_on)
      values (${ledger!.id}, 'practical_matter', 'x', ${ledger!.owner_org_id}, '${ledger!.owner_path}', '${TODAY}') returning id`);
    const [max] = await rows<{ id: number }>(`select max(id) id from ledger_items where id <> ${made!.id}`);
    expect(Number(made!.id)).toBeGreaterThan(Number(max!.id));
  });
});
