import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { rowsOf } from '../../db/rows';
import { buildAccount } from '../accounts/accounts.factory';
import { buildOrg } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { recordsKit, type TestKit } from './records.testkit';

describe('records API: recording a meeting', () => {
  let k: TestKit;
  beforeAll(async () => {
    k = await recordsKit();
  });

  it('records a held meeting with its list, guests and sanitised minutes, and audits it', async () => {
    const rec = await k.createHeld({ minutes: '<p>会议传达了<strong>精神</strong></p><script>alert(1)</script><img src="x" onerror="y">' });
    expect(rec).toMatchObject({
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      kindName: '支部党员大会',
      status: 'held',
      heldOn: '2024-05-10',
      studyHours: 2,
      counts: { listed: 4, present: 2, excused: 1, absent: 1 },
      locked: false,
      host: { id: k.a1[0]!.id, name: '张三' },
      recorder: { id: k.a1[1]!.id, name: '李四' },
      guests: [{ name: '刘指导', title: '指导组成员', personId: null }],
      version: 1,
    });
    expect(rec.minutes).toBe('<p>会议传达了<strong>精神</strong></p>');
    expect(rec.attendees.find((a: { personId: number }) => a.personId === k.a1[1]!.id)).toMatchObject({ attendance: 'excused', reason: '出差' });
    const audit = (await k.get(k.staffA.cookie, `/api/audit?orgId=${k.tree.branchA1.id}&entityType=record`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'record.create', entityId: rec.id });
    expect(audit.items[0].after.attendance).toHaveLength(4);
  });

  it('takes held_on from the start in Beijing time', async () => {
    const rec = await k.createHeld({ startsAt: '2024-05-10T17:30:00Z', endsAt: null, attendance: [] });
    expect(rec.heldOn).toBe('2024-05-11');
  });

  it('pre-fills the roll with party members as of that day; activists only when asked for everyone', async () => {
    const activist = await buildPerson(k.t.db, k.tree.branchA1, { name: '吴积极', partyStatus: 'activist', startOn: '2020-01-01' });
    // A candidate admitted as probationary member on 2024-06-15 joins the roll from that day.
    const admitted = await buildPerson(k.t.db, k.tree.branchA1, { name: '郑发展', partyStatus: 'candidate', startOn: '2020-01-01' });
    await k.t.db.execute(sql`insert into party_status_changes (person_id, status, effective_on) values (${admitted.id}, 'probationary_member', '2024-06-15')`);
    const names = async (on: string, all = false) =>
      (await k.get(k.secretaryA1.cookie, `/api/records/roll?orgId=${k.tree.branchA1.id}&on=${on}${all ? '&all=true' : ''}`))
        .json()
        .map((r: { name: string }) => r.name);
    expect(await names('2024-05-31')).not.toContain('吴积极');
    expect(await names('2024-05-31')).not.toContain('郑发展');
    expect(await names('2024-06-20')).toContain('郑发展');
    expect(await names('2024-05-31', true)).toEqual(expect.arrayContaining(['吴积极', '郑发展']));
    expect(activist.id).toBeGreaterThan(0);
  });

  it('lists only the members of the node and its party groups on that day: transfers count', async () => {
    const moving = await buildPerson(k.t.db, k.tree.branchA1, { name: '孙七', startOn: '2020-01-01' });
    const arriving = await buildPerson(k.t.db, k.tree.branchB1, { name: '周八', startOn: '2020-01-01' });
    // 孙七 leaves A1 for B1 on 2024-06-01; 周八 comes from B1 to A1 the same day.
    await k.t.db.execute(sql`update memberships set end_on = '2024-06-01' where person_id in (${moving.id}, ${arriving.id})`);
    await k.t.db.execute(sql`insert into memberships (person_id, org_id, start_on) values (${moving.id}, ${k.tree.branchB1.id}, '2024-06-01'), (${arriving.id}, ${k.tree.branchA1.id}, '2024-06-01')`);

    const before = (await k.get(k.secretaryA1.cookie, `/api/records/roll?orgId=${k.tree.branchA1.id}&on=2024-05-31`)).json();
    const names = before.map((r: { name: string }) => r.name);
    expect(names).toContain('孙七');
    expect(names).toContain('王五');
    expect(names).not.toContain('周八');
    expect(before.find((r: { name: string }) => r.name === '王五').orgId).toBe(k.tree.groupA1.id);
    const after = (await k.get(k.secretaryA1.cookie, `/api/records/roll?orgId=${k.tree.branchA1.id}&on=2024-06-01`)).json();
    expect(after.map((r: { name: string }) => r.name)).toContain('周八');
    expect(after.map((r: { name: string }) => r.name)).not.toContain('孙七');

    // A large roll is narrowed by name, pinyin initials, and a limit.
    const rollUrl = `/api/records/roll?orgId=${k.tree.branchA1.id}&on=2024-05-31`;
    expect((await k.get(k.secretaryA1.cookie, `${rollUrl}&q=${encodeURIComponent('孙')}`)).json().map((r: { name: string }) => r.name)).toEqual(['孙七']);
    expect((await k.get(k.secretaryA1.cookie, `${rollUrl}&q=zs`)).json().map((r: { name: string }) => r.name)).toEqual(['张三']);
    expect((await k.get(k.secretaryA1.cookie, `${rollUrl}&limit=1`)).json()).toHaveLength(1);

    const refused = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_committee_meeting',
      topic: '支委会',
      startsAt: '2024-05-20T09:00:00+08:00',
      attendance: [
        { personId: moving.id, attendance: 'present' },
        { personId: arriving.id, attendance: 'present' },
        { personId: k.b1.id, attendance: 'absent' },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('2 人在 2024-05-20 不是该党组织的成员，不能登记其出席情况。');
    // The A1 secretary may not see B1's people: their names stay hidden.
    expect(refused.json().details).toEqual([
      { personId: arriving.id, name: '', message: '2024-05-20 不是该党组织的成员。' },
      { personId: k.b1.id, name: '', message: '2024-05-20 不是该党组织的成员。' },
    ]);
    const ok = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_committee_meeting',
      topic: '支委会',
      startsAt: '2024-06-20T09:00:00+08:00',
      attendance: [{ personId: arriving.id, attendance: 'present' }],
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses an excused absence without a reason, a kind the node type does not hold, a future held meeting', async () => {
    const noReason = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      topic: 'x',
      startsAt: '2024-05-10T14:30:00+08:00',
      attendance: [{ personId: k.a1[0]!.id, attendance: 'excused' }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details).toEqual([{ field: 'attendance.0.reason', message: '请假须填写原因。' }]);
    const wrongKind = await k.send(k.staffA.cookie, 'POST', '/api/records', { orgId: k.tree.unitA.id, kind: 'branch_assembly', topic: 'x', startsAt: '2024-05-10T14:30:00+08:00' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().message).toBe('“支部党员大会”不适用于党委。');
    const future = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', { orgId: k.tree.branchA1.id, kind: 'branch_assembly', topic: 'x', startsAt: '2099-01-01T09:00:00+08:00' });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toBe('会议尚未开始（2099-01-01），不能登记为已召开。');
    const unknown = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', { orgId: k.tree.branchA1.id, kind: 'no_such_kind', topic: 'x', startsAt: '2024-05-10T14:30:00+08:00' });
    expect(unknown.statusCode).toBe(400);
  });

  it('checks host, recorder and lecturer', async () => {
    const outsider = await k.send(k.staffA.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      topic: 'x',
      startsAt: '2024-05-10T14:30:00+08:00',
      hostPersonId: k.b1.id,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().message).toBe('主持人须为本党组织的人员或列席人员。');
    // A guest with a person hosts; a lecture names its lecturer; an assembly has none.
    const guestHost = await k.createHeld({ hostPersonId: k.b1.id, guests: [{ name: '赵六', title: '乙公司党委委员', personId: k.b1.id }] }, k.staffA.cookie);
    expect(guestHost.host).toEqual({ id: k.b1.id, name: '赵六' });
    const lecture = await k.createHeld({ kind: 'party_lecture', lecturerName: '外请专家', attendance: [] });
    expect(lecture.lecturerName).toBe('外请专家');
    const noLecturer = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      topic: 'x',
      startsAt: '2024-05-10T14:30:00+08:00',
      lecturerName: '某人',
    });
    expect(noLecturer.statusCode).toBe(400);
  });

  it('edits with the version read, recheck the list when the day moves, and refuses a stale version', async () => {
    const rec = await k.createHeld();
    const res = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, {
      version: rec.version,
      topic: '更名后的主题',
      attendance: [{ personId: k.a1[0]!.id, attendance: 'present' }],
      guests: [],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ topic: '更名后的主题', version: 2, counts: { listed: 1, present: 1 }, guests: [] });
    const stale = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: rec.version, topic: '再改' });
    expect(stale.statusCode).toBe(409);
    const moved = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: 2, startsAt: '2024-05-12T09:00:00+08:00', endsAt: null });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().heldOn).toBe('2024-05-12');
    const [row] = await rowsOf<{ held_on: string }>(k.t.db, sql`select held_on::text from record_attendees where record_id = ${rec.id}`);
    expect(row!.held_on).toBe('2024-05-12');
    const back = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: 3, status: 'planned' });
    expect(back.statusCode).toBe(400);
  });

  it('cancels, after which the record cannot change', async () => {
    const rec = await k.createHeld();
    const cancelled = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/cancel`, { version: 1, reason: '误录' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', can: { write: false } });
    const edit = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: 2, topic: 'x' });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().message).toBe('该记录已取消，不能修改。');
  });

  it('lists with filters and pagination', async () => {
    const branch = await buildOrg(k.t.db, { parent: k.tree.unitA, type: 'branch' });
    const mk = (kind: string, startsAt: string, topic: string) =>
      k.createHeld({ orgId: branch.id, kind, startsAt, endsAt: null, topic, hostPersonId: null, recorderPersonId: null, attendance: [], guests: [] }, k.staffA.cookie);
    await mk('branch_assembly', '2024-01-10T09:00:00+08:00', '一月党员大会');
    await mk('theme_party_day', '2024-02-10T09:00:00+08:00', '二月主题党日');
    await mk('party_lecture', '2024-03-10T09:00:00+08:00', '三月党课');
    const all = (await k.get(k.staffA.cookie, `/api/records?orgId=${branch.id}`)).json();
    expect(all.total).toBe(3);
    expect(all.items.map((r: { topic: string }) => r.topic)).toEqual(['三月党课', '二月主题党日', '一月党员大会']);
    const two = (await k.get(k.staffA.cookie, `/api/records?orgId=${branch.id}&kind=branch_assembly&kind=party_lecture&pageSize=1`)).json();
    expect(two.total).toBe(2);
    expect(two.items).toHaveLength(1);
    const dated = (await k.get(k.staffA.cookie, `/api/records?orgId=${branch.id}&from=2024-02-01&to=2024-02-29`)).json();
    expect(dated.items.map((r: { kind: string }) => r.kind)).toEqual(['theme_party_day']);
    const text = (await k.get(k.staffA.cookie, `/api/records?orgId=${branch.id}&q=${encodeURIComponent('党课')}&status=held`)).json();
    expect(text.total).toBe(1);
    // The unit A staff's whole scope includes the new branch; the B1 secretary's does not.
    const scoped = (await k.get(k.secretaryB1.cookie, `/api/records?q=${encodeURIComponent('三月党课')}`)).json();
    expect(scoped.total).toBe(0);
  });

  it('moves records with their subtree', async () => {
    const rootAdmin = (await buildAccount(k.t.db, k.tree.root, ['admin'])).cookie;
    const staffB = (await buildAccount(k.t.db, k.tree.unitB, ['org_staff'])).cookie;
    const unit = (await k.send(rootAdmin, 'POST', '/api/orgs', { parentId: k.tree.root.id, type: 'committee', name: '丙公司党委' })).json();
    const branch = (await k.send(rootAdmin, 'POST', '/api/orgs', { parentId: unit.id, type: 'branch', name: '丙一支部' })).json();
    const rec = await k.createHeld({ orgId: branch.id, hostPersonId: null, recorderPersonId: null, attendance: [], guests: [] }, rootAdmin);
    const moved = await k.send(rootAdmin, 'POST', `/api/orgs/${unit.id}/move`, { version: unit.version, parentId: k.tree.unitB.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = (await k.get(rootAdmin, `/api/records/${rec.id}`)).json();
    expect(detail.orgPath).toBe(`${k.tree.unitB.path}${unit.id}/${branch.id}/`);
    const underB = (await k.get(staffB, `/api/records?orgId=${k.tree.unitB.id}`)).json();
    expect(underB.items.map((r: { id: number }) => r.id)).toContain(rec.id);

    // A merge moves the merged node's children, and their records, under the target.
    const other = (await k.send(rootAdmin, 'POST', '/api/orgs', { parentId: k.tree.root.id, type: 'committee', name: '丁公司党委' })).json();
    const merged = await k.send(rootAdmin, 'POST', `/api/orgs/${unit.id}/merge`, { version: moved.json().version, intoId: other.id, effectiveOn: todayIn('Asia/Shanghai') });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await k.get(rootAdmin, `/api/records/${rec.id}`)).json().orgPath).toBe(`${other.path}${branch.id}/`);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = (await k.t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of ['/api/records', '/api/records/{id}', '/api/records/summary', '/api/records/{id}/check-in', '/api/me/study', '/api/notifications', '/api/record-kinds'])
      expect(Object.keys(doc.paths), path).toContain(path);
  });
});
