import { verify } from '@node-rs/argon2';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type Db, openDatabase } from '../db/client';
import { rowsOf } from './bulk';
import { nameSearchKeys } from './pinyin';
import { DEMO_PASSWORD, type SeedDemoResult, hasData, seedDemo } from './scenarios';
import { generateSyntheticGroup } from './synthetic';
import { generateSyntheticRecords } from './synthetic-records';

// Always a fresh in-memory PGlite: the demo claims fixed codes (S1 …) and exact totals.
let first: Database;
let seeded: SeedDemoResult;

const one = async (db: Database, query: string): Promise<Record<string, unknown>> =>
  (await rowsOf(db.db, sql.raw(query)))[0] ?? {};
const count = async (db: Database, query: string): Promise<number> => Number((await one(db, query)).n);
const MEMBER = `party_status in ('probationary_member', 'full_member')`;
const pathOf = (code: string) => `(select path from orgs where code = '${code}')`;
const under = (code: string) => `o.path like ${pathOf(code)} || '%'`;
const membersUnder = (code: string) => `select count(*) n from people where org_path like ${pathOf(code)} || '%' and ${MEMBER}`;
/** Open memberships at a branch that has 党小组 (its people belong at the groups). */
const AT_GROUPED_BRANCH = `memberships m where m.end_on is null
  and exists (select 1 from orgs g where g.parent_id = m.org_id and g.type = 'party_group')`;
/** Attendance rows of people without a membership open at the record's node or below on its day. */
const STRAY_ATTENDEES = `record_attendees a join records r on r.id = a.record_id
  where not exists (select 1 from memberships m join orgs o on o.id = m.org_id where m.person_id = a.person_id
    and o.path like r.org_path || '%' and m.start_on <= r.held_on and (m.end_on is null or m.end_on > r.held_on))`;

beforeAll(async () => {
  first = await openDatabase({});
  await first.migrate();
  expect(await hasData(first.db)).toBe(false);
  seeded = await seedDemo(first.db);
}, 240_000);

afterAll(async () => {
  await first?.close();
});

/** Seeds into a stand-in database that only records the people's names, in id order. */
async function namesOfDryRun(): Promise<string[]> {
  const dialect = new PgDialect();
  const names: string[] = [];
  const fake = {
    execute: async (query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      if (text.startsWith('INSERT INTO "people"')) names.push(...(params[1] as string[]));
      // nextIds on an empty database: every table starts at 1
      return { rows: [new Proxy({}, { get: () => 1 })] };
    },
    transaction: async <T>(run: (tx: unknown) => Promise<T>) => run(fake),
  };
  await seedDemo(fake as unknown as Db);
  return names;
}

describe('S1 东北工业集团', () => {
  it('has 9 unit committees, 73 branches and 1,252 members', async () => {
    expect(
      await count(
        first,
        `select count(*) n from orgs where parent_id = (select id from orgs where code = 'S1') and type = 'committee'`,
      ),
    ).toBe(9);
    expect(await count(first, `select count(*) n from orgs o where ${under('S1')} and type = 'branch'`)).toBe(73);
    expect(await count(first, membersUnder('S1'))).toBe(1252);
  });

  it('has 43 leadership-team members in its 9 units', async () => {
    const n = await count(
      first,
      `select count(*) n from positions p join orgs o on o.id = p.org_id
       where o.parent_id = (select id from orgs where code = 'S1') and o.type = 'committee' and p.end_on is null
         and p.title in ('secretary', 'deputy_secretary', 'committee_member')`,
    );
    expect(n).toBe(43);
    expect(
      await count(
        first,
        `select count(distinct p.org_id) n from positions p join orgs o on o.id = p.org_id where o.parent_id = (select id from orgs where code = 'S1') and p.title = 'secretary'`,
      ),
    ).toBe(9);
  });

  it('has 一东公司装配分厂党支部 with a secretary', async () => {
    const branch = await one(
      first,
      `select o.code, o.type, p.name parent from orgs o join orgs p on p.id = o.parent_id where o.name = '一东公司装配分厂党支部'`,
    );
    expect(branch).toEqual({ code: 'S1-01-03', type: 'branch', parent: '一东公司党委' });
    expect(
      await count(
        first,
        `select count(*) n from positions where org_id = (select id from orgs where code = 'S1-01-03') and title = 'secretary'`,
      ),
    ).toBe(1);
  });
});

describe('S4 中交一局 and S5 云锡集团', () => {
  it('S4 has exactly 746 base-level organisations', async () => {
    expect(
      await count(
        first,
        `select count(*) n from orgs o where ${under('S4')} and o.code <> 'S4' and type in ('committee', 'general_branch', 'branch')`,
      ),
    ).toBe(746);
  });

  it('S5 has 21 second-level committees and the 8 named leaders', async () => {
    expect(
      await count(
        first,
        `select count(*) n from orgs where parent_id = (select id from orgs where code = 'S5') and type = 'committee'`,
      ),
    ).toBe(21);
    const leaders = await rowsOf<{ name: string; title: string }>(
      first.db,
      sql`select pe.name, p.title from positions p join people pe on pe.id = p.person_id where p.org_id = (select id from orgs where code = 'S5') order by p.id`,
    );
    expect(leaders.map((l) => l.name)).toEqual(['肖建明', '杨福生', '汪云曙', '杨超', '汪继红', '兰旭', '沈洪忠', '何云泰']);
    expect(leaders[0]?.title).toBe('secretary');
    expect(
      await count(
        first,
        `select count(*) n from orgs where code like 'S5-0_' and name in ('股份公司党委', '老厂锡矿党委', '松矿党委', '大屯选厂党委', '锡都实业总公司党委', '建安公司党委', '退管中心党委', '卡房采选厂党委')`,
      ),
    ).toBe(8);
  });
});

describe('integrity', () => {
  it('gives every person exactly one open membership, matching the denormalised org', async () => {
    expect(
      await count(
        first,
        `select count(*) n from people p where (select count(*) from memberships m where m.person_id = p.id and m.end_on is null) <> 1`,
      ),
    ).toBe(0);
    const mismatched = await count(
      first,
      `select count(*) n from people p join memberships m on m.person_id = p.id and m.end_on is null join orgs o on o.id = m.org_id
       where m.org_id <> p.org_id or p.org_path <> o.path or o.type not in ('branch', 'party_group')`,
    );
    expect(mismatched).toBe(0);
  });

  it('places the people of a branch with 党小组 at its groups, each group leader in their own group', async () => {
    const groups = await count(first, `select count(*) n from orgs where type = 'party_group'`);
    expect(groups).toBeGreaterThan(0);
    expect(await count(first, `select count(*) n from ${AT_GROUPED_BRANCH}`)).toBe(0);
    // One 组长 per group, holding their membership at it.
    const leaders = `from positions p join orgs g on g.id = p.org_id and g.type = 'party_group' where p.title = 'group_leader'`;
    expect(await count(first, `select count(*) n ${leaders}`)).toBe(groups);
    const held = `exists (select 1 from memberships m where m.person_id = p.person_id and m.org_id = p.org_id and m.end_on is null)`;
    expect(await count(first, `select count(*) n ${leaders} and ${held}`)).toBe(groups);
  });

  it('lists on every record only people whose membership was open at its node or below on the day', async () => {
    expect(await count(first, `select count(*) n from record_attendees`)).toBeGreaterThan(0);
    expect(await count(first, `select count(*) n from ${STRAY_ATTENDEES}`)).toBe(0);
    // The figures of S1 hold with members at party groups.
    expect(await count(first, `select count(*) n from orgs o where ${under('S1')} and type = 'branch'`)).toBe(73);
    expect(await count(first, membersUnder('S1'))).toBe(1252);
    expect(await count(first, membersUnder('S1-01-03'))).toBe(21);
    expect(
      await count(
        first,
        `select count(*) n from records r join record_attendees a on a.record_id = r.id
         where r.org_path = ${pathOf('S1-01-03')} and r.held_on = '2019-10-18' and r.kind = 'study_session' and a.attendance = 'present'`,
      ),
    ).toBe(13);
  });

  it('keeps paths, depths, codes and versions consistent', async () => {
    expect(
      await count(
        first,
        `select count(*) n from orgs c join orgs p on p.id = c.parent_id where c.path <> p.path || c.id || '/' or c.depth <> p.depth + 1`,
      ),
    ).toBe(0);
    expect(
      await count(first, `select count(*) n from orgs where parent_id is null and (path <> '/' || id || '/' or depth <> 0)`),
    ).toBe(0);
    expect(await count(first, `select count(*) n from orgs where code is null`)).toBe(0);
    expect(
      await count(
        first,
        `select count(*) n from orgs o where (select count(*) from org_versions v where v.org_id = o.id and v.change = 'create' and v.valid_from = o.established_on) <> 1`,
      ),
    ).toBe(0);
  });

  it('dates party histories in order and after the 18th birthday', async () => {
    const disorder = await count(
      first,
      `select count(*) n from (select effective_on, lag(effective_on) over (partition by person_id order by
         array_position(array['applicant','activist','candidate','probationary_member','full_member'], status)) prev
       from party_status_changes) x where effective_on < prev`,
    );
    expect(disorder).toBe(0);
    expect(
      await count(
        first,
        `select count(*) n from party_status_changes s join people p on p.id = s.person_id where s.status = 'applicant' and s.effective_on < p.birth_date + interval '18 years'`,
      ),
    ).toBe(0);
    expect(
      await count(
        first,
        `select count(*) n from people p where p.party_status = 'full_member' and (p.joined_on is null or p.full_member_on <> p.joined_on + interval '1 year')`,
      ),
    ).toBe(0);
  });

  it('creates the demo accounts with one argon2id hash and their roles', async () => {
    expect(seeded.accounts.map((a) => a.username)).toEqual([
      'admin',
      's1admin',
      's2admin',
      's3admin',
      's4admin',
      's5admin',
      's1staff',
      's1secretary',
      's1member',
    ]);
    const hash = String((await one(first, `select password_hash from accounts where username = 's1secretary'`)).password_hash);
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verify(hash, DEMO_PASSWORD)).toBe(true);
    expect(
      await count(
        first,
        `select count(*) n from role_grants g join accounts a on a.id = g.account_id where a.username = 'admin' and g.role = 'admin'`,
      ),
    ).toBe(5);
    const secretary = `select count(*) n from accounts a join positions p on p.person_id = a.person_id
      where a.username = 's1secretary' and p.title = 'secretary' and p.org_id = (select id from orgs where code = 'S1-01-03')`;
    expect(await count(first, secretary)).toBe(1);
    expect(
      await count(
        first,
        `select count(*) n from accounts a join positions p on p.person_id = a.person_id where a.username = 's1member'`,
      ),
    ).toBe(0);
  });

  it('is deterministic: a second seeding gives the same people in the same order', async () => {
    const stored = await rowsOf<{ name: string }>(first.db, sql`select name from people order by id`);
    const again = await namesOfDryRun();
    expect(again.length).toBe(stored.length);
    expect(again.join(',')).toBe(stored.map((r) => r.name).join(','));
  });
});

describe('generators', () => {
  it('builds a synthetic group after the demo, with sequences moved past explicit ids', async () => {
    const r = await generateSyntheticGroup(first.db, { units: 300, members: 3000, seed: 3 });
    expect(r.counts.people).toBe(3000);
    const types = await one(
      first,
      `select (select type from orgs where id = ${r.rootId}) root, (select type from orgs where id = ${r.midId}) mid, (select type from orgs where id = ${r.branchId}) branch`,
    );
    expect(types).toEqual({ root: 'committee', mid: 'committee', branch: 'branch' });
    expect(await count(first, `select count(*) n from orgs where path like '${r.rootPath}%'`)).toBe(300);
    expect(await count(first, `select count(*) n from people where org_path like '${r.rootPath}%' and ${MEMBER}`)).toBe(3000);
    const inserted = await one(
      first,
      `insert into orgs (path, depth, type, name) values ('/tmp/', 0, 'committee', 'x') returning id`,
    );
    expect(Number(inserted.id)).toBeGreaterThan(r.rootId);
  });

  it('puts synthetic members of branches with 党小组 at the groups, and lists them on the right records', async () => {
    const r = await generateSyntheticGroup(first.db, { units: 200, members: 2000, seed: 5 });
    const mine = `(select id from orgs where path like '${r.rootPath}%')`;
    const atGroups = `people p join orgs o on o.id = p.org_id and o.type = 'party_group' where o.id in ${mine}`;
    expect(await count(first, `select count(*) n from ${atGroups}`)).toBeGreaterThan(0);
    expect(await count(first, `select count(*) n from ${AT_GROUPED_BRANCH} and m.org_id in ${mine}`)).toBe(0);
    const gen = await generateSyntheticRecords(first.db, { rootPath: r.rootPath, attendance: 20_000, months: 3 });
    expect(gen.attendance).toBeGreaterThanOrEqual(20_000);
    expect(await count(first, `select count(*) n from ${STRAY_ATTENDEES} and r.org_id in ${mine}`)).toBe(0);
    // 党小组会 list the groups' members.
    const grouped = `record_attendees a join records r on r.id = a.record_id where r.kind = 'party_group_meeting'`;
    expect(await count(first, `select count(*) n from ${grouped} and r.org_id in ${mine}`)).toBeGreaterThan(0);
  });

  it('derives pinyin search keys', () => {
    expect(nameSearchKeys('张三丰')).toEqual({ initials: 'zsf', pinyin: 'zhangsanfeng' });
    expect(nameSearchKeys('单雄信').pinyin).toBe('shanxiongxin');
    expect(nameSearchKeys('吕绿').initials).toBe('ll');
    expect(nameSearchKeys('阿依古丽·买买提').initials).toBe('ayglmmt');
  });
});
