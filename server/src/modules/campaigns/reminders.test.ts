import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from '../people/people.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';
import { sendDeadlineReminders } from './reminders';

const ZONE = 'Asia/Shanghai';

describe('deadline reminders (3 days before and on the day)', () => {
  let k: CampaignsKit;
  let people: Record<'staffA1' | 'secA1' | 'heldA1' | 'memberA1' | 'staffUnitA' | 'staffA2' | 'staffB1', number>;
  let ids: { campaign: number; plan: number };
  let secA1Cookie: string;
  let tree: TestTree;
  beforeAll(async () => {
    k = await campaignsKit();
    // A tree of its own: the kit's accounts would be responsible too.
    tree = await buildTree(k.db);
    const { branchA1, branchA2, branchB1, unitA } = tree;
    const secA1 = await buildAccount(k.db, branchA1, ['secretary']);
    secA1Cookie = secA1.cookie;
    // 书记 by position, with an account granting the same node: still one reminder.
    const held = await buildPerson(k.db, branchA1);
    await buildPosition(k.db, held.id, branchA1.id, 'secretary');
    await buildAccount(k.db, branchA1, ['org_staff'], { personId: held.id });
    people = {
      staffA1: (await buildAccount(k.db, branchA1, ['org_staff'])).personId,
      secA1: secA1.personId,
      heldA1: held.id,
      memberA1: (await buildAccount(k.db, branchA1, ['member'])).personId,
      staffUnitA: (await buildAccount(k.db, unitA, ['org_staff'])).personId,
      staffA2: (await buildAccount(k.db, branchA2, ['org_staff'])).personId,
      staffB1: (await buildAccount(k.db, branchB1, ['org_staff'])).personId,
    };
    const { campaign, actions } = await buildCampaign(k.db, tree.root, [{ title: '报送学习计划', targetTypes: ['branch'], deadline: '2031-05-13', needsApproval: true }]);
    const staffRoot = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    expect((await k.inject(staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    ids = { campaign: campaign.id, plan: actions[0]!.id };
    // A2 is done; B1 awaits review.
    await k.db.execute(sql`update assignments set satisfied_on = '2031-05-01', status = 'approved' where action_id = ${ids.plan} and org_id = ${branchA2.id}`);
    await k.db.execute(sql`update assignments set satisfied_on = '2031-05-01', status = 'submitted' where action_id = ${ids.plan} and org_id = ${branchB1.id}`);
  });

  const received = async (kind: string) => {
    const rows = await rowsOf<{ personId: number; n: number }>(
      k.db,
      sql`select person_id::int as "personId", count(*)::int as n from notifications
          where kind = ${kind} and (params->>'campaign') = (select title from campaigns where id = ${ids.campaign}) group by person_id`,
    );
    return Object.fromEntries(rows.map((r) => [r.personId, r.n]));
  };

  it('3 days before: one notification per responsible person of the node, none for done or submitted ones; idempotent', async () => {
    const sent = await sendDeadlineReminders(k.db, '2031-05-10', ZONE);
    expect(sent).toBeGreaterThanOrEqual(1);
    const once = { [people.staffA1]: 1, [people.secA1]: 1, [people.heldA1]: 1 };
    expect(await received('assignment.dueSoon')).toEqual(once);
    await sendDeadlineReminders(k.db, '2031-05-10', ZONE);
    await sendDeadlineReminders(k.db, '2031-05-11', ZONE);
    expect(await received('assignment.dueSoon')).toEqual(once);
    expect(await received('assignment.dueToday')).toEqual({});
    const marks = await rowsOf<{ kind: string }>(k.db, sql`select e.kind from assignment_events e join assignments a on a.id = e.assignment_id where a.action_id = ${ids.plan}`);
    expect(marks.map((m) => m.kind)).toEqual(['remind_3d']);
  });

  it('on the day: once more, in the reader’s language, linking to the assignment', async () => {
    await sendDeadlineReminders(k.db, '2031-05-13', ZONE);
    await sendDeadlineReminders(k.db, '2031-05-13', ZONE);
    expect(await received('assignment.dueToday')).toEqual({ [people.staffA1]: 1, [people.secA1]: 1, [people.heldA1]: 1 });
    const [assignment] = await rowsOf<{ id: number }>(k.db, sql`select id::int from assignments where action_id = ${ids.plan} and org_id = ${tree.branchA1.id}`);
    const mine = (await k.get(secA1Cookie, '/api/notifications')).json().items;
    expect(mine.map((n: { kind: string }) => n.kind)).toEqual(['assignment.dueToday', 'assignment.dueSoon']);
    expect(mine[0]).toMatchObject({ title: '报送学习计划', link: `/assignments/${assignment!.id}` });
    expect(mine[0].message).toMatch(new RegExp(`^${tree.branchA1.name}的任务“报送学习计划”今天（2031-05-13）到期（测试主题教育`));
    // After the deadline: no daily nags.
    expect(await sendDeadlineReminders(k.db, '2031-05-14', ZONE)).toBe(0);
    expect(await received('assignment.dueToday')).toEqual({ [people.staffA1]: 1, [people.secA1]: 1, [people.heldA1]: 1 });
  });
});
