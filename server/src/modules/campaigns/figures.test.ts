import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFigures } from '@xianfeng/shared/schemas/campaigns';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { buildRecord } from '../records/records.factory';
import { buildCampaign } from './campaigns.factory';
import * as q from './campaigns.queries';
import { assignments, assignmentEvidence, campaignDocuments, campaignReceipts, guidanceVisits } from './campaigns.schema';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';
import { reconcile } from './evidence.queries';

const ZONE = 'Asia/Shanghai';

describe('campaigns API: key figures as of a day', () => {
  let k: CampaignsKit;
  let campaignId: number;
  let act: { lecture: number; study: number; plan: number; branches: number; linked: number; nested: number };
  const figures = async (asOf?: string, orgId?: number, cookie = k.staffRoot) => {
    const params = new URLSearchParams({ ...(asOf ? { asOf } : {}), ...(orgId ? { orgId: String(orgId) } : {}) });
    const res = await k.get(cookie, `/api/campaigns/${campaignId}/figures?${params}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CampaignFigures;
  };
  const action = (f: CampaignFigures, id: number) => f.actions.find((a) => a.actionId === id)!;

  beforeAll(async () => {
    k = await campaignsKit();
    const { root, unitA, unitB, branchA1, branchA2, branchB1 } = k.tree;
    const { campaign } = await buildCampaign(k.db, root, [], { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    campaignId = campaign.id;
    const add = (title: string, o: Partial<Parameters<typeof q.insertAction>[1]>) =>
      q
        .insertAction(k.db, {
          campaignId,
          title,
          deadline: '2026-03-31',
          completion: 'confirmation',
          targetTypes: ['committee'],
          targetDepth: 1,
          ...o,
        })
        .then((a) => a.id);
    act = {
      lecture: await add('主要领导讲专题党课', { completion: 'record_kind', recordKind: 'party_lecture', sortOrder: 1 }),
      study: await add('集中学习研讨', {
        completion: 'record_kind',
        recordKind: 'study_session',
        recordScope: 'subtree',
        minCount: 2,
        deadline: '2026-04-30',
        sortOrder: 2,
      }),
      plan: await add('制定工作方案', { completion: 'documents', needsApproval: true, deadline: '2026-03-15', sortOrder: 3 }),
      branches: await add('支部确认', { targetTypes: ['branch'], targetDepth: null, sortOrder: 4 }),
      linked: await add('找差距专题会', { completion: 'records', sortOrder: 5 }),
      // Targets at every level: a unit's subtree holds its branches' targets too.
      nested: await add('各级学习研讨', {
        completion: 'record_kind',
        recordKind: 'study_session',
        recordScope: 'subtree',
        targetTypes: ['committee', 'branch'],
        targetDepth: null,
        sortOrder: 6,
      }),
    };
    expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaignId}/launch`, { version: 1 })).statusCode).toBe(200);

    const [p1, p2, p3] = [
      await buildPerson(k.db, branchA1),
      await buildPerson(k.db, branchA1),
      await buildPerson(k.db, branchB1),
    ];
    const lectureA = await buildRecord(k.db, unitA, {
      kind: 'party_lecture',
      heldOn: '2026-03-10',
      attendees: [{ personId: p1.id }, { personId: p2.id }],
    });
    await buildRecord(k.db, branchA1, { kind: 'party_lecture', heldOn: '2026-03-05' }); // a branch's: not the unit's own
    await buildRecord(k.db, branchA1, {
      kind: 'study_session',
      heldOn: '2026-02-01',
      attendees: [{ personId: p1.id }, { personId: p2.id, attendance: 'absent' }],
    });
    await buildRecord(k.db, branchA1, { kind: 'study_session', heldOn: '2025-12-20' }); // before the campaign
    await buildRecord(k.db, branchA1, { kind: 'study_session', heldOn: '2026-03-20', status: 'cancelled' });
    await buildRecord(k.db, unitA, { kind: 'study_session', heldOn: '2026-04-10' });
    await buildRecord(k.db, branchA2, { kind: 'study_session', heldOn: '2026-05-05' });
    await buildRecord(k.db, branchB1, { kind: 'study_session', heldOn: '2026-03-01', attendees: [{ personId: p3.id }] });
    const studyB = await buildRecord(k.db, unitB, { kind: 'study_session', heldOn: '2026-05-10' }); // B's second, after the deadline
    const other = await buildRecord(k.db, unitB, { kind: 'other', heldOn: '2026-02-20' });

    const assignment = async (actionId: number, orgId: number) =>
      (
        await k.db
          .select()
          .from(assignments)
          .where(and(eq(assignments.actionId, actionId), eq(assignments.orgId, orgId)))
      )[0]!;
    await k.db.insert(assignmentEvidence).values({
      assignmentId: (await assignment(act.linked, unitB.id)).id,
      recordId: other.id,
      at: new Date('2026-02-21T10:00:00+08:00'),
    });
    // Linked although matched anyway: counted once.
    for (const [actionId, org, rec] of [
      [act.lecture, unitA, lectureA],
      [act.study, unitB, studyB],
    ] as const)
      await k.db.insert(assignmentEvidence).values({ assignmentId: (await assignment(actionId, org.id)).id, recordId: rec.id });
    const doc = (org: typeof unitA, title: string, at: string, removedAt: string | null = null) =>
      k.db
        .insert(campaignDocuments)
        .values({
          campaignId,
          orgId: org.id,
          orgPath: org.path,
          title,
          fileName: `${title}.docx`,
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          size: 100,
          sha256: 'x'.repeat(64),
          storageKey: `t/${title}`,
          uploadedAt: new Date(at),
          removedAt: removedAt ? new Date(removedAt) : null,
        })
        .returning()
        .then((r) => r[0]!);
    const plan = await doc(unitA, '工作方案', '2026-03-01T23:30:00+08:00');
    await doc(unitB, '草稿', '2026-02-01T10:00:00+08:00', '2026-02-05T10:00:00+08:00');
    const planA = await assignment(act.plan, unitA.id);
    await k.db
      .insert(assignmentEvidence)
      .values({ assignmentId: planA.id, documentId: plan.id, at: new Date('2026-03-02T09:00:00+08:00') });
    await reconcile(k.db, { campaignId }, ZONE);
    // Approved at 01:00 on 03-05 Beijing time (still 03-04 in UTC): the deployment's zone decides the day.
    await k.db
      .update(assignments)
      .set({ status: 'approved', reviewedAt: new Date('2026-03-05T01:00:00+08:00') })
      .where(eq(assignments.id, planA.id));
    await k.db
      .insert(campaignReceipts)
      .values({ campaignId, orgId: unitA.id, orgPath: unitA.path, acknowledgedOn: '2026-01-05' });
    await k.db
      .insert(guidanceVisits)
      .values({ campaignId, orgId: unitB.id, orgPath: unitB.path, visitedOn: '2026-02-10', kind: 'visit', evaluation: 'good' });
  });

  it('counts per action the units, done and on time, and the records, as of the day asked', async () => {
    const before = await figures('2026-03-09');
    expect(before).toMatchObject({ campaignId, org: { id: k.tree.root.id }, asOf: '2026-03-09' });
    expect(action(before, act.lecture)).toMatchObject({ units: 2, done: 0, onTime: 0, records: 0 });
    expect(action(before, act.study)).toMatchObject({ units: 2, done: 0, records: 2 });
    expect(action(before, act.plan)).toMatchObject({ units: 2, done: 1, onTime: 1, records: null });
    expect(action(before, act.branches)).toMatchObject({ units: 3, done: 0, records: null });
    expect(action(before, act.linked)).toMatchObject({ units: 2, done: 1, onTime: 1, records: 1 });

    const lecture = await figures('2026-03-10');
    expect(action(lecture, act.lecture)).toMatchObject({ done: 1, onTime: 1, records: 1 });
    // The document counts from its linking day, the approval from 03-05.
    expect(action(await figures('2026-03-04'), act.plan)).toMatchObject({ done: 0 });
    expect(action(await figures('2026-03-05'), act.plan)).toMatchObject({ done: 1, onTime: 1 });

    expect(action(await figures('2026-04-10'), act.study)).toMatchObject({ done: 1, onTime: 1, records: 3 });
    // B's second session came after the deadline: done, not on time; the cancelled and the early one never count.
    const after = await figures('2026-06-30');
    expect(action(after, act.study)).toMatchObject({ units: 2, done: 2, onTime: 1, records: 5 });
    // Nested targets share records: each counts once.
    expect(action(after, act.nested)).toMatchObject({ units: 5, records: 5 });
  });

  it('sums records by kind with attendance, documents, 已传达 and visits by the day', async () => {
    const early = await figures('2026-01-04');
    expect(early.records).toEqual({ total: 0, byKind: [], attendees: 0, attendances: 0 });
    expect(early).toMatchObject({ documents: 0, acknowledged: { nodes: 0, of: 5 }, visits: 0 });

    const feb = await figures('2026-02-10');
    expect(feb.records).toEqual({
      total: 1,
      byKind: [{ kind: 'study_session', records: 1, nodes: 1 }],
      attendees: 1,
      attendances: 1,
    });
    // The draft uploaded on 02-01 counts until it was removed on 02-05.
    expect(feb).toMatchObject({ documents: 0, acknowledged: { nodes: 1, of: 5 }, visits: 1 });
    expect((await figures('2026-02-03')).documents).toBe(1);

    const march = await figures('2026-03-10');
    expect(march.records.byKind).toEqual([
      { kind: 'party_lecture', records: 2, nodes: 2 },
      { kind: 'study_session', records: 2, nodes: 2 },
      { kind: 'other', records: 1, nodes: 1 },
    ]);
    expect(march.records).toMatchObject({ total: 5, attendees: 3, attendances: 4 });
    expect(march.documents).toBe(1);
  });

  it('narrows to a node of the subtree, which its own staff may read', async () => {
    const { unitA, branchB1 } = k.tree;
    const a = await figures('2026-06-30', unitA.id, k.staffA);
    expect(a.org.id).toBe(unitA.id);
    expect(action(a, act.study)).toMatchObject({ units: 1, done: 1, records: 3 });
    expect(action(a, act.branches)).toMatchObject({ units: 2 });
    expect(action(a, act.nested)).toMatchObject({ units: 3, records: 3 });
    expect(a).toMatchObject({ documents: 1, acknowledged: { nodes: 1, of: 3 }, visits: 0 });
    const b1 = await figures('2026-06-30', branchB1.id, k.secretaryB1);
    expect(action(b1, act.branches).units).toBe(1);
    expect(action(b1, act.study).units).toBe(0);
    expect(b1.records).toMatchObject({ total: 1, attendees: 1 });
  });

  it('defaults to today in the deployment time zone', async () => {
    expect((await figures()).asOf).toBe(todayIn(ZONE));
  });

  it('refuses what the caller may not see, nodes outside the campaign and bad days', async () => {
    const url = (q: string) => `/api/campaigns/${campaignId}/figures?${q}`;
    // A branch secretary reads the campaign (the branch holds an assignment) but not the group's figures.
    expect((await k.get(k.secretaryB1, url(''))).statusCode).toBe(404);
    expect((await k.get(k.secretaryB1, url(`orgId=${k.tree.root.id}`))).statusCode).toBe(404);
    expect((await k.get(k.secretaryB1, url(`orgId=${k.tree.branchA1.id}`))).statusCode).toBe(404);
    expect((await k.get(k.staffA, url(`orgId=${k.tree.unitB.id}`))).statusCode).toBe(404);
    const other = await buildTree(k.db);
    const stranger = (await buildAccount(k.db, other.root, ['admin'])).cookie;
    expect((await k.get(stranger, url(''))).statusCode).toBe(404);
    expect((await k.get(k.staffRoot, url('asOf=2026-13-40'))).statusCode).toBe(400);
    expect((await k.get(k.staffRoot, `/api/campaigns/999999999/figures`)).statusCode).toBe(404);

    // A campaign owned by unit A: unit B lies outside it.
    const { campaign } = await buildCampaign(k.db, k.tree.unitA, [{ targetTypes: ['branch'] }]);
    const outside = await k.get(k.staffRoot, `/api/campaigns/${campaign.id}/figures?orgId=${k.tree.unitB.id}`);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toBeDefined();
    // A draft is not visible to its would-be targets.
    expect((await k.get(k.secretaryA1, `/api/campaigns/${campaign.id}/figures?orgId=${k.tree.branchA1.id}`)).statusCode).toBe(
      404,
    );
  });
});
