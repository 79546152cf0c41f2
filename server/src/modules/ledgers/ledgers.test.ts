import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { buildCampaign } from '../campaigns/campaigns.factory';
import { buildTree } from '../orgs/orgs.factory';
import { orgs } from '../orgs/orgs.schema';
import { buildPerson } from '../people/people.factory';
import { buildRecord } from '../records/records.factory';
import { colourOf } from './item-state';
import { ledgerItems, ledgers } from './ledgers.schema';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

const shanghai = () => todayIn('Asia/Shanghai');
const plus = (days: number) => new Date(Date.parse(`${shanghai()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('ledgers (清单): lists, items, colours, links, subtree moves', () => {
  let k: LedgersKit;
  beforeAll(async () => {
    k = await ledgersKit();
  });

  it('creates, reads, lists and edits a list; only the owner’s staff manage it; a campaign must contain the owner', async () => {
    const list = await k.problemList();
    expect(list).toMatchObject({
      kind: 'problem',
      ownerOrgId: k.tree.unitA.id,
      categories: ['作风', '制度'],
      version: 1,
      can: { manage: true },
    });
    expect((await k.auditOf('ledger.create', list.id)).length).toBe(1);
    // A list is read in its owner's subtree, and by the responsible nodes of its items once it has some.
    expect((await k.inject(k.secretaryA1, 'GET', `/api/ledgers/${list.id}`)).statusCode).toBe(404);
    await k.addItem(list.id, { deadline: '2099-01-01' });
    expect((await k.inject(k.secretaryA1, 'GET', `/api/ledgers/${list.id}`)).json().can).toEqual({ manage: false });
    expect((await k.inject(k.secretaryA1, 'GET', '/api/ledgers')).json().items.map((l: { id: number }) => l.id)).toContain(
      list.id,
    );
    expect((await k.inject(k.secretaryB1, 'GET', `/api/ledgers/${list.id}`)).statusCode).toBe(404);
    const reviewerA = (await buildAccount(k.db, k.tree.unitA, ['reviewer'])).cookie;
    expect((await k.inject(reviewerA, 'GET', `/api/ledgers/${list.id}`)).json().can).toEqual({ manage: false });
    expect((await k.inject(reviewerA, 'PATCH', `/api/ledgers/${list.id}`, { version: 1, title: 'x' })).statusCode).toBe(403);
    expect(
      (await k.inject(k.secretaryA1, 'POST', '/api/ledgers', { ownerOrgId: k.tree.branchA1.id, kind: 'key_task', title: 't' }))
        .statusCode,
    ).toBe(403);
    const edited = await k.inject(k.staffA, 'PATCH', `/api/ledgers/${list.id}`, {
      version: 1,
      title: '2026年问题整改清单',
      escalation: [{ step: 'urge', afterDays: 7 }],
    });
    expect(edited.json()).toMatchObject({
      title: '2026年问题整改清单',
      escalation: [{ step: 'urge', afterDays: 7 }],
      version: 2,
    });
    expect((await k.inject(k.staffA, 'PATCH', `/api/ledgers/${list.id}`, { version: 1, title: 'y' })).statusCode).toBe(409);

    const page = (await k.inject(k.staffRoot, 'GET', `/api/ledgers?orgId=${k.tree.unitA.id}&kind=problem`)).json();
    expect(page.items.map((l: { id: number }) => l.id)).toContain(list.id);
    expect((await k.inject(k.secretaryB1, 'GET', '/api/ledgers')).json().items).toEqual([]);

    const { campaign } = await buildCampaign(k.db, k.tree.unitB);
    const outside = await k.inject(k.staffRoot, 'POST', '/api/ledgers', {
      ownerOrgId: k.tree.unitA.id,
      kind: 'problem',
      title: 'p',
      campaignId: campaign.id,
    });
    expect(outside.statusCode).toBe(400);
    const inside = await k.inject(k.staffRoot, 'POST', '/api/ledgers', {
      ownerOrgId: k.tree.branchB1.id,
      kind: 'problem',
      title: 'p',
      campaignId: campaign.id,
    });
    expect(inside.json()).toMatchObject({ campaignId: campaign.id });
    expect((await k.inject(k.staffRoot, 'GET', `/api/ledgers?campaignId=${campaign.id}`)).json().total).toBe(1);
  });

  it('validates the kind’s fields, the category, the responsible node and the parent item', async () => {
    const list = await k.problemList();
    const bad = await k.addItem(list.id, { deadline: plus(5), fields: { source: 'rumour', severity: 'general', measures: 'm' } });
    expect(bad.statusCode).toBe(400);
    expect((await k.addItem(list.id, { deadline: plus(5), category: '其他' })).statusCode).toBe(400);
    expect((await k.addItem(list.id, { deadline: plus(5), responsibleOrgId: k.tree.branchB1.id }, k.staffRoot)).statusCode).toBe(
      400,
    );
    expect((await k.addItem(list.id, { deadline: plus(5) }, k.secretaryA1)).statusCode).toBe(404);
    await k.addItem(list.id, { deadline: plus(5) });
    expect((await k.addItem(list.id, { deadline: plus(5) }, k.secretaryA1)).statusCode).toBe(403);

    const topics = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', { ownerOrgId: k.tree.unitA.id, kind: 'research_topic', title: '调研课题' })
    ).json();
    expect((await k.addItem(topics.id, { deadline: plus(60), fields: { methods: ['questionnaire'] } })).statusCode).toBe(400);
    const leader = await buildPerson(k.db, k.tree.unitA);
    const topic = await k.addItem(topics.id, {
      title: '基层减负调研',
      deadline: plus(60),
      fields: { leaderPersonId: leader.id, methods: ['individual_interview', 'questionnaire'] },
    });
    expect(topic.json()).toMatchObject({ kind: 'research_topic', fields: { leaderPersonId: leader.id } });
    const found = await k.addItem(list.id, {
      deadline: plus(20),
      parentItemId: topic.json().id,
      fields: { ...k.problem, source: 'research_topic' },
    });
    expect(found.json()).toMatchObject({ parentItemId: topic.json().id });
    // The topic's page lists the problems it found, and only those.
    const children = (await k.inject(k.staffA, 'GET', `/api/ledger-items?parentItemId=${topic.json().id}`)).json();
    expect(children).toMatchObject({ total: 1, items: [{ id: found.json().id }] });
    const otherList = (
      await k.inject(k.staffRoot, 'POST', '/api/ledgers', { ownerOrgId: k.tree.unitB.id, kind: 'problem', title: 'B' })
    ).json();
    const foreign = await k.addItem(
      otherList.id,
      { deadline: plus(20), responsibleOrgId: k.tree.branchB1.id, parentItemId: topic.json().id },
      k.staffRoot,
    );
    expect(foreign.statusCode).toBe(400);
  });

  it('colours items against the deadline in the deployment’s zone (a deadline of today in Shanghai is not overdue)', async () => {
    const list = await k.problemList();
    const ids: Record<string, number> = {};
    for (const [name, deadline] of [
      ['today', plus(0)],
      ['yesterday', plus(-1)],
      ['far', plus(30)],
    ] as const)
      ids[name] = (await k.addItem(list.id, { title: name, deadline, registeredOn: plus(-10) })).json().id;
    const item = (id: number) => k.inject(k.staffA, 'GET', `/api/ledger-items/${id}`).then((r) => r.json());
    expect((await item(ids.today!)).colour).toBe('due_soon');
    expect((await item(ids.yesterday!)).colour).toBe('overdue');
    expect((await item(ids.far!)).colour).toBe('on_track');
    const overdue = (await k.inject(k.staffA, 'GET', `/api/ledger-items?ledgerId=${list.id}&colour=overdue`)).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([ids.yesterday]);
    const all = (await k.inject(k.staffA, 'GET', `/api/ledger-items?ledgerId=${list.id}`)).json();
    expect(all.items.map((i: { title: string }) => i.title)).toEqual(['yesterday', 'today', 'far']);

    // 01:00 in Shanghai on the 26th is still the 25th in UTC: a deadline of the 25th is overdue in Shanghai only.
    const at = new Date('2026-11-25T17:00:00Z');
    const open = { status: 'in_progress', deadline: '2026-11-25', closedOn: null };
    expect(colourOf(open, todayIn('Asia/Shanghai', at))).toBe('overdue');
    expect(colourOf(open, todayIn('UTC', at))).toBe('due_soon');
    expect(colourOf({ ...open, deadline: '2026-11-26' }, todayIn('Asia/Shanghai', at))).toBe('due_soon');
    expect(colourOf({ status: 'closed', deadline: '2026-11-20', closedOn: '2026-11-21' }, '2026-11-25')).toBe('closed_late');
    expect(colourOf({ status: 'closed', deadline: null, closedOn: '2026-11-21' }, '2026-11-25')).toBe('closed');
  });

  it('links an item to another item and to a held record of the responsible subtree, and unlinks', async () => {
    const list = await k.problemList();
    const a = (await k.addItem(list.id, { deadline: plus(9) })).json();
    const b = (await k.addItem(list.id, { deadline: plus(9) })).json();
    const held = await buildRecord(k.db, k.tree.groupA1);
    const elsewhere = await buildRecord(k.db, k.tree.branchA2);
    let r = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${a.id}/links`, { linkedItemId: b.id });
    expect(r.statusCode).toBe(201);
    r = await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${a.id}/links`, { recordId: held.id });
    expect(
      r.json().links.map((l: { linkedItemId: number | null; recordId: number | null }) => [l.linkedItemId, l.recordId]),
    ).toEqual([
      [b.id, null],
      [null, held.id],
    ]);
    expect((await k.inject(k.staffA, 'POST', `/api/ledger-items/${a.id}/links`, { recordId: elsewhere.id })).statusCode).toBe(
      404,
    );
    expect((await k.inject(k.staffA, 'POST', `/api/ledger-items/${a.id}/links`, {})).statusCode).toBe(400);
    expect((await k.inject(k.secretaryB1, 'POST', `/api/ledger-items/${a.id}/links`, { linkedItemId: b.id })).statusCode).toBe(
      404,
    );
    const linkId = r.json().links[0].id;
    expect((await k.inject(k.secretaryA1, 'DELETE', `/api/ledger-items/${a.id}/links/${linkId}`)).statusCode).toBe(200);
    expect((await k.inject(k.secretaryA1, 'DELETE', `/api/ledger-items/${a.id}/links/${linkId}`)).statusCode).toBe(404);
    expect((await k.auditOf('ledgerItem.unlink', a.id)).length).toBe(1);
  });

  it('keeps owner and responsible paths when a subtree moves (rewriteLedgerPaths)', async () => {
    const list = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', { ownerOrgId: k.tree.branchA2.id, kind: 'key_task', title: '重点任务' })
    ).json();
    const item = (
      await k.addItem(list.id, { responsibleOrgId: k.tree.branchA2.id, deadline: plus(3), fields: { aspect: '党建引领' } })
    ).json();
    const [org] = await k.db.select().from(orgs).where(eq(orgs.id, k.tree.branchA2.id));
    const moved = await k.inject(k.staffRoot, 'POST', `/api/orgs/${org!.id}/move`, {
      version: org!.version,
      parentId: k.tree.unitB.id,
    });
    expect(moved.statusCode).toBe(200);
    const [after] = await k.db.select().from(orgs).where(eq(orgs.id, org!.id));
    const [l] = await k.db.select().from(ledgers).where(eq(ledgers.id, list.id));
    const [i] = await k.db.select().from(ledgerItems).where(eq(ledgerItems.id, item.id));
    expect(after!.path).not.toBe(org!.path);
    expect([l!.ownerPath, i!.responsiblePath]).toEqual([after!.path, after!.path]);
    // Now in B's subtree: A's staff no longer see it; root staff do.
    expect((await k.inject(k.staffA, 'GET', `/api/ledger-items/${item.id}`)).statusCode).toBe(404);
    expect((await k.inject(k.staffRoot, 'GET', `/api/ledger-items/${item.id}`)).statusCode).toBe(200);
  });

  it('keeps responsible paths when a node merges into another (its children move)', async () => {
    const tree = await buildTree(k.db);
    const staff = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    const list = (
      await k.inject(staff, 'POST', '/api/ledgers', { ownerOrgId: tree.root.id, kind: 'special_check', title: '专项排查' })
    ).json();
    const item = (
      await k.addItem(
        list.id,
        { responsibleOrgId: tree.branchA1.id, deadline: plus(3), fields: { checkType: '组织关系' } },
        staff,
      )
    ).json();
    const [unitA] = await k.db.select().from(orgs).where(eq(orgs.id, tree.unitA.id));
    const merged = await k.inject(staff, 'POST', `/api/orgs/${unitA!.id}/merge`, {
      version: unitA!.version,
      intoId: tree.unitB.id,
      effectiveOn: shanghai(),
    });
    expect(merged.statusCode).toBe(200);
    const [a1] = await k.db.select().from(orgs).where(eq(orgs.id, tree.branchA1.id));
    const [i] = await k.db.select().from(ledgerItems).where(eq(ledgerItems.id, item.id));
    expect(a1!.path.startsWith(tree.unitB.path)).toBe(true);
    expect(i!.responsiblePath).toBe(a1!.path);
  });
});
