import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceTable, ParticipationPeoplePage, ParticipationTable } from '@xianfeng/shared/schemas/compliance';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { memberships, people } from '../people/people.schema';
import { buildRecord, buildStudy } from './compliance.factory';

describe('participation and member rules', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let staffA: string;
  let secretaryA1: string;
  let secretaryName: string;
  const p: Record<'an' | 'bai' | 'chen' | 'ding', number> = { an: 0, bai: 0, chen: 0, ding: 0 };

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    const sec = await buildAccount(t.db, tree.branchA1, ['secretary']);
    secretaryA1 = sec.cookie;
    secretaryName = (await t.db.select({ name: people.name }).from(people).where(eq(people.id, sec.personId)))[0]!.name;
    p.an = (await buildPerson(t.db, tree.branchA1, { name: '安然' })).id;
    p.bai = (await buildPerson(t.db, tree.branchA1, { name: '白雪' })).id;
    p.chen = (await buildPerson(t.db, tree.groupA1, { name: '陈晨' })).id;
    // 丁一 transfers from A1 to A2 on 2024-02-15 (组织关系转接): counted where a member on the day.
    p.ding = (await buildPerson(t.db, tree.branchA1, { name: '丁一' })).id;
    await t.db
      .update(memberships)
      .set({ endOn: '2024-02-15' })
      .where(and(eq(memberships.personId, p.ding), isNull(memberships.endOn)));
    await t.db.insert(memberships).values({ personId: p.ding, orgId: tree.branchA2.id, startOn: '2024-02-15' });
    await t.db.update(people).set({ orgId: tree.branchA2.id, orgPath: tree.branchA2.path }).where(eq(people.id, p.ding));

    await buildRecord(t.db, tree.branchA1, 'branch_committee_meeting', '2024-01-10', {
      studyHours: 2,
      attendees: [
        { personId: p.an, attendance: 'present' },
        { personId: p.bai, attendance: 'excused' },
        { personId: p.chen, attendance: 'absent' },
        { personId: p.ding, attendance: 'present' },
      ],
    });
    // A lecture held by the unit's committee: its attendees count for their own branches.
    await buildRecord(t.db, tree.unitA, 'party_lecture', '2024-02-01', {
      studyHours: 3,
      attendees: [
        { personId: p.an, attendance: 'present' },
        { personId: p.ding, attendance: 'present' },
      ],
    });
    await buildRecord(t.db, tree.branchA2, 'theme_party_day', '2024-03-01', {
      studyHours: 1.5,
      attendees: [{ personId: p.ding, attendance: 'present' }],
    });
    // Not counted: planned, and outside the window.
    await buildRecord(t.db, tree.branchA1, 'branch_assembly', '2024-03-20', {
      status: 'planned',
      attendees: [{ personId: p.an, attendance: 'absent' }],
    });
    await buildRecord(t.db, tree.branchA1, 'branch_assembly', '2024-04-02', {
      attendees: [{ personId: p.an, attendance: 'absent' }],
    });
    await buildStudy(t.db, p.an, '2024-01-20', 4);
    await buildStudy(t.db, p.an, '2024-05-20', 8);
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('rolls participation rate and study hours up per child node, counting each member where they were', async () => {
    const res = await get(staffA, `/api/participation?orgId=${tree.unitA.id}&from=2024-01&to=2024-03`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ParticipationTable;
    const [a1, a2] = body.children;
    expect(a1).toMatchObject({
      orgId: tree.branchA1.id,
      people: 4,
      listed: 6,
      present: 4,
      excused: 1,
      absent: 1,
      studyHours: 14,
    });
    expect(a1!.rate).toBeCloseTo(4 / 6);
    expect(a2).toMatchObject({ orgId: tree.branchA2.id, people: 1, listed: 1, present: 1, rate: 1, studyHours: 1.5 });
    expect(body.total).toMatchObject({ orgId: tree.unitA.id, people: 4, listed: 7, present: 5, studyHours: 15.5 });
  });

  it('lists a branch’s members by name only, paginated, with their own figures', async () => {
    const res = await get(secretaryA1, `/api/participation/people?orgId=${tree.branchA1.id}&from=2024-01&to=2024-03&pageSize=3`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as ParticipationPeoplePage;
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.name)).toEqual(['安然', '白雪', '陈晨']);
    expect(page.items[0]).toMatchObject({ personId: p.an, listed: 2, present: 2, rate: 1, studyHours: 9 });
    expect(page.items[2]).toMatchObject({ listed: 1, absent: 1, rate: 0, studyHours: 0 });
    const next = (
      await get(secretaryA1, `/api/participation/people?orgId=${tree.branchA1.id}&from=2024-01&to=2024-03&pageSize=3&page=2`)
    ).json() as ParticipationPeoplePage;
    expect(next.items.map((i) => i.name)).toEqual(['丁一', secretaryName]); // the secretary is a 王
    expect(next.items[0]).toMatchObject({ personId: p.ding, listed: 2, present: 2, studyHours: 5 });
    const desc = (
      await get(secretaryA1, `/api/participation/people?orgId=${tree.branchA1.id}&from=2024-01&to=2024-03&order=desc&pageSize=1`)
    ).json();
    expect(desc.items[0].name).not.toBe('安然');
    // No other sort: rankings of members are not offered.
    expect(
      (await get(secretaryA1, `/api/participation/people?orgId=${tree.branchA1.id}&from=2024-01&to=2024-03&sort=rate`)).json()
        .items[0].name,
    ).toBe('安然');
  });

  it('measures a committee’s member rule for 党课: each member at least once a quarter', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/rules',
      headers: { cookie: staffA },
      payload: {
        ownerOrgId: tree.unitA.id,
        kind: 'party_lecture',
        orgType: 'member',
        minCount: 1,
        period: 'quarter',
        basis: '党员每季度至少参加1次党课',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = (await get(staffA, `/api/compliance?orgId=${tree.unitA.id}&from=2024-01&to=2024-03`)).json() as ComplianceTable;
    const key = 'party_lecture|member|quarter';
    expect(body.columns.find((c) => c.key === key)).toMatchObject({ ruleId: created.json().id, orgType: 'member' });
    const cellOf = (row: { cells: { key: string }[] }) => row.cells.find((c) => c.key === key);
    // A1: 安然 (attended), 白雪, 陈晨, the secretary; A2: 丁一 (attended); the staff member at the unit itself.
    expect(cellOf(body.children[0]!)).toMatchObject({ nodes: 4, compliant: 1, held: 1 });
    expect(cellOf(body.children[1]!)).toMatchObject({ nodes: 1, compliant: 1 });
    expect(cellOf(body.total)).toMatchObject({ nodes: 6, compliant: 2, periodsDue: 6, periodsMet: 2 });
    // Seen from the root, the unit's member rule is a column too (owned below), and absent at unit B.
    const root = (await get(admin, `/api/compliance?orgId=${tree.root.id}&from=2024-01&to=2024-03`)).json() as ComplianceTable;
    expect(cellOf(root.children[1]!)).toMatchObject({ nodes: 0 });
    expect(cellOf(root.total)).toMatchObject({ nodes: 6, compliant: 2 });
  });

  it('answers 404 outside the caller subtree', async () => {
    for (const url of [
      `/api/participation?orgId=${tree.unitA.id}&from=2024-01&to=2024-03`,
      `/api/participation?orgId=${tree.branchB1.id}&from=2024-01&to=2024-03`,
      `/api/participation/people?orgId=${tree.branchA2.id}&from=2024-01&to=2024-03`,
    ]) {
      expect((await get(secretaryA1, url)).statusCode, url).toBe(404);
    }
    expect((await get(staffA, `/api/participation/people?orgId=${tree.unitB.id}&from=2024-01&to=2024-03`)).statusCode).toBe(404);
    expect((await get(admin, `/api/participation?orgId=${tree.root.id}&from=2024-06&to=2024-01`)).statusCode).toBe(400);
  });
});
