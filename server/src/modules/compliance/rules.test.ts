import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FrequencyRule } from '@xianfeng/shared/schemas/compliance';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { auditLog } from '../audit/audit.schema';
import { buildTree, type TestTree } from '../orgs/orgs.factory';

describe('frequency rules API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let staffA: string;
  let staffB: string;
  let secretaryA1: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    staffB = (await buildAccount(t.db, tree.unitB, ['org_staff'])).cookie;
    secretaryA1 = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie } });
  const rulesAt = async (cookie: string, orgId: number, extra = '') =>
    (await get(cookie, `/api/rules?orgId=${orgId}${extra}`)).json().items as FrequencyRule[];
  const builtIn = (rules: FrequencyRule[], kind: string) => rules.find((r) => r.kind === kind && r.ownerOrgId === null)!;

  it('lists the built-in defaults of the 支部工作条例 at any node, with their article', async () => {
    const rules = await rulesAt(secretaryA1, tree.branchA1.id);
    const defaults = rules.filter((r) => r.ownerOrgId === null);
    expect(defaults.map((r) => [r.kind, r.orgType, r.minCount, r.period])).toEqual(
      expect.arrayContaining([
        ['branch_assembly', 'branch', 1, 'quarter'],
        ['branch_committee_meeting', 'branch', 1, 'month'],
        ['party_group_meeting', 'party_group', 1, 'month'],
        ['theme_party_day', 'branch', 1, 'month'],
        ['party_lecture', 'branch', 1, 'year'],
      ]),
    );
    expect(builtIn(rules, 'branch_assembly').basis).toContain('第十一条');
    expect(builtIn(rules, 'branch_assembly').kindName).toBe('支部党员大会');
    expect(defaults.every((r) => r.overriddenBy === null && !r.ownHere)).toBe(true);
  });

  it('a committee tightens a rule for its subtree; the default is marked overridden there only', async () => {
    const res = await send(staffA, 'POST', '/api/rules', {
      ownerOrgId: tree.unitA.id,
      kind: 'branch_committee_meeting',
      orgType: 'branch',
      minCount: 2,
      period: 'month',
      basis: '甲公司党委要求',
    });
    expect(res.statusCode, res.body).toBe(201);
    const rule = res.json() as FrequencyRule;
    expect(rule).toMatchObject({
      ownerOrgId: tree.unitA.id,
      ownerOrgName: tree.unitA.name,
      minCount: 2,
      ownHere: true,
      version: 1,
    });

    const inA1 = await rulesAt(secretaryA1, tree.branchA1.id);
    expect(builtIn(inA1, 'branch_committee_meeting').overriddenBy).toBe(rule.id);
    expect(inA1.find((r) => r.id === rule.id)).toMatchObject({ ownHere: false, overriddenBy: null });
    const inB1 = await rulesAt(admin, tree.branchB1.id);
    expect(inB1.some((r) => r.id === rule.id)).toBe(false);
    expect(builtIn(inB1, 'branch_committee_meeting').overriddenBy).toBeNull();

    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'rule.create'), eq(auditLog.entityId, rule.id)));
    expect(audit).toMatchObject({ entityType: 'frequency_rule', orgId: tree.unitA.id });
  });

  it('never loosens: a rule below an inherited stricter one is refused with 400', async () => {
    const strict = await send(admin, 'POST', '/api/rules', {
      ownerOrgId: tree.root.id,
      kind: 'theme_party_day',
      orgType: 'branch',
      minCount: 2,
      period: 'month',
    });
    expect(strict.statusCode, strict.body).toBe(201);
    const loose = await send(staffA, 'POST', '/api/rules', {
      ownerOrgId: tree.unitA.id,
      kind: 'theme_party_day',
      orgType: 'branch',
      minCount: 1,
      period: 'month',
    });
    expect(loose.statusCode).toBe(400);
    expect(loose.json().message).toContain('不能设为 1 次');
    const same = await send(staffA, 'POST', '/api/rules', {
      ownerOrgId: tree.unitA.id,
      kind: 'theme_party_day',
      orgType: 'branch',
      minCount: 3,
      period: 'month',
    });
    expect(same.statusCode).toBe(201);
    const again = await send(staffA, 'POST', '/api/rules', {
      ownerOrgId: tree.unitA.id,
      kind: 'theme_party_day',
      orgType: 'branch',
      minCount: 4,
      period: 'month',
    });
    expect(again.statusCode).toBe(409);
  });

  it('edits with the version read: stale → 409, looser → 400, built-in → 400', async () => {
    expect(
      (
        await send(admin, 'POST', '/api/rules', {
          ownerOrgId: tree.root.id,
          kind: 'branch_assembly',
          orgType: 'branch',
          minCount: 2,
          period: 'quarter',
        })
      ).statusCode,
    ).toBe(201);
    const created = (
      await send(staffA, 'POST', '/api/rules', {
        ownerOrgId: tree.unitA.id,
        kind: 'branch_assembly',
        orgType: 'branch',
        minCount: 2,
        period: 'quarter',
      })
    ).json();
    const edited = await send(staffA, 'PATCH', `/api/rules/${created.id}`, { version: 1, minCount: 3, basis: '从严' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ minCount: 3, basis: '从严', version: 2 });
    expect((await send(staffA, 'PATCH', `/api/rules/${created.id}`, { version: 1, minCount: 4 })).statusCode).toBe(409);
    const looser = await send(staffA, 'PATCH', `/api/rules/${created.id}`, { version: 2, minCount: 1 });
    expect(looser.statusCode).toBe(400);
    expect(looser.json().message).toContain('不少于 2 次');
    const defaults = await rulesAt(staffA, tree.unitA.id);
    const res = await send(admin, 'PATCH', `/api/rules/${builtIn(defaults, 'branch_assembly').id}`, { version: 1, minCount: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('INVALID');
  });

  it('a member rule sets 党课 attendance per member; deactivating removes it from force', async () => {
    const res = await send(staffA, 'POST', '/api/rules', {
      ownerOrgId: tree.unitA.id,
      kind: 'party_lecture',
      orgType: 'member',
      minCount: 1,
      period: 'quarter',
    });
    expect(res.statusCode, res.body).toBe(201);
    const rule = res.json() as FrequencyRule;
    expect((await rulesAt(secretaryA1, tree.groupA1.id)).some((r) => r.id === rule.id)).toBe(true);
    const off = await send(staffA, 'POST', `/api/rules/${rule.id}/deactivate`, { version: rule.version });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await rulesAt(staffA, tree.unitA.id)).some((r) => r.id === rule.id)).toBe(false);
    expect((await rulesAt(staffA, tree.unitA.id, '&includeInactive=true')).find((r) => r.id === rule.id)?.active).toBe(false);
    expect((await send(staffA, 'PATCH', `/api/rules/${rule.id}`, { version: 2, minCount: 2 })).statusCode).toBe(400);
  });

  it('refuses unknown kinds and targets that cannot sit below the owner', async () => {
    expect(
      (
        await send(staffA, 'POST', '/api/rules', {
          ownerOrgId: tree.unitA.id,
          kind: 'no_such_kind',
          orgType: 'branch',
          minCount: 1,
          period: 'month',
        })
      ).statusCode,
    ).toBe(400);
    const staffBranch = (await buildAccount(t.db, tree.branchA2, ['org_staff'])).cookie;
    const res = await send(staffBranch, 'POST', '/api/rules', {
      ownerOrgId: tree.branchA2.id,
      kind: 'democratic_life_meeting',
      orgType: 'committee',
      minCount: 1,
      period: 'year',
    });
    expect(res.statusCode).toBe(400);
  });

  it('exempts a node for one period, lists it with the rule, and removes it', async () => {
    const assembly = builtIn(await rulesAt(staffA, tree.unitA.id), 'branch_assembly');
    const url = `/api/rules/${assembly.id}/exemptions`;
    const res = await send(staffA, 'POST', url, {
      orgId: tree.branchA2.id,
      periodStart: '2024-04-01',
      reason: '支部合并，二季度不单独召开',
    });
    expect(res.statusCode, res.body).toBe(201);
    const exemption = res.json();
    expect(exemption).toMatchObject({
      ruleId: assembly.id,
      orgId: tree.branchA2.id,
      orgName: tree.branchA2.name,
      periodStart: '2024-04-01',
    });
    expect(builtIn(await rulesAt(staffA, tree.unitA.id), 'branch_assembly').exemptions.map((e) => e.id)).toEqual([exemption.id]);
    expect(builtIn(await rulesAt(staffB, tree.unitB.id), 'branch_assembly').exemptions).toEqual([]);

    expect(
      (await send(staffA, 'POST', url, { orgId: tree.branchA2.id, periodStart: '2024-04-01', reason: '重复' })).statusCode,
    ).toBe(409);
    expect(
      (await send(staffA, 'POST', url, { orgId: tree.branchA2.id, periodStart: '2024-05-01', reason: '非季度首日' })).statusCode,
    ).toBe(400);
    expect(
      (await send(staffA, 'POST', url, { orgId: tree.unitA.id, periodStart: '2024-04-01', reason: '类型不符' })).statusCode,
    ).toBe(400);

    expect((await send(staffB, 'DELETE', `${url}/${exemption.id}`)).statusCode).toBe(404);
    expect((await send(staffA, 'DELETE', `${url}/${exemption.id}`)).statusCode).toBe(204);
    expect(builtIn(await rulesAt(staffA, tree.unitA.id), 'branch_assembly').exemptions).toEqual([]);
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, exemption.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['rule.exempt', 'rule.unexempt']));
  });

  it('answers 404 outside the caller subtree, for every route', async () => {
    const ownedByB = (
      await send(staffB, 'POST', '/api/rules', {
        ownerOrgId: tree.unitB.id,
        kind: 'work_meeting',
        orgType: 'branch',
        minCount: 1,
        period: 'month',
      })
    ).json();
    expect((await get(staffA, `/api/rules?orgId=${tree.unitB.id}`)).statusCode).toBe(404);
    expect(
      (
        await send(staffA, 'POST', '/api/rules', {
          ownerOrgId: tree.unitB.id,
          kind: 'work_meeting',
          orgType: 'branch',
          minCount: 2,
          period: 'month',
        })
      ).statusCode,
    ).toBe(404);
    expect((await send(staffA, 'PATCH', `/api/rules/${ownedByB.id}`, { version: 1, minCount: 2 })).statusCode).toBe(404);
    expect((await send(staffA, 'POST', `/api/rules/${ownedByB.id}/deactivate`, { version: 1 })).statusCode).toBe(404);
    expect(
      (
        await send(staffA, 'POST', `/api/rules/${ownedByB.id}/exemptions`, {
          orgId: tree.branchA1.id,
          periodStart: '2024-01-01',
          reason: '越权',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await send(staffA, 'POST', `/api/rules/${ownedByB.id}/exemptions`, {
          orgId: tree.branchB1.id,
          periodStart: '2024-01-01',
          reason: '越权',
        })
      ).statusCode,
    ).toBe(404);
    // A secretary reads the rules of the branch but sets none there.
    expect((await get(secretaryA1, `/api/rules?orgId=${tree.branchA1.id}`)).statusCode).toBe(200);
    expect((await get(secretaryA1, `/api/rules?orgId=${tree.branchB1.id}`)).statusCode).toBe(404);
    expect(
      (
        await send(secretaryA1, 'POST', '/api/rules', {
          ownerOrgId: tree.branchA1.id,
          kind: 'work_meeting',
          orgType: 'branch',
          minCount: 1,
          period: 'month',
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/rules?orgId=${tree.root.id}` })).statusCode).toBe(401);
  });
});
