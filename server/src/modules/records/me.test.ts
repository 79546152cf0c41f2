import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { daysFromNow, recordsKit, type TestKit } from './records.testkit';

describe('planned meetings notify their list; a member’s own side', () => {
  let k: TestKit;
  beforeAll(async () => {
    k = await recordsKit();
  });
  const notes = (cookie: string, q = '') => k.get(cookie, `/api/notifications${q}`).then((r) => r.json());

  it('notifies the listed people of a planned meeting, of its rescheduling and of its cancellation', async () => {
    const member2 = await buildAccount(k.t.db, k.tree.branchA1, ['member']);
    const before = (await notes(k.member.cookie)).total;
    const res = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      status: 'planned',
      topic: '季度党员大会',
      startsAt: '2099-03-01T14:30:00+08:00',
      attendance: [{ personId: k.member.personId }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const rec = res.json();
    const page = await notes(k.member.cookie);
    expect(page.total).toBe(before + 1);
    expect(page.unread).toBeGreaterThanOrEqual(1);
    expect(page.items[0]).toMatchObject({
      kind: 'record.planned',
      title: '季度党员大会',
      link: `/records/${rec.id}`,
      message: `${k.tree.branchA1.name}安排了支部党员大会“季度党员大会”，时间：2099-03-01 14:30，地点：待定。`,
      readAt: null,
    });
    const en = await k.t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: k.member.cookie, 'accept-language': 'en-US' } });
    expect(en.json().items[0].message).toBe(`${k.tree.branchA1.name} planned a Branch assembly, "季度党员大会", at 2099-03-01 14:30, place: to be announced.`);

    // Moved, and a second member added: the first hears of the change, the second of the meeting.
    const moved = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, {
      version: 1,
      startsAt: '2099-03-02T09:00:00+08:00',
      place: '党员活动室',
      attendance: [{ personId: k.member.personId }, { personId: member2.personId }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await notes(k.member.cookie)).items[0]).toMatchObject({ kind: 'record.rescheduled', message: '支部党员大会“季度党员大会”已调整，时间：2099-03-02 09:00，地点：党员活动室。' });
    expect((await notes(member2.cookie)).items.map((n: { kind: string }) => n.kind)).toEqual(['record.planned']);

    await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/cancel`, { version: 2 });
    expect((await notes(member2.cookie)).items[0]).toMatchObject({ kind: 'record.cancelled', message: '支部党员大会“季度党员大会”（原定 2099-03-02 09:00）已取消。' });
  });

  it('held records notify nobody', async () => {
    const before = (await notes(k.member.cookie)).total;
    await k.createHeld();
    expect((await notes(k.member.cookie)).total).toBe(before);
  });

  it('lists my upcoming meetings and my history with my attendance', async () => {
    const planned = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'theme_party_day',
      status: 'planned',
      topic: '下月主题党日',
      startsAt: daysFromNow(10),
      attendance: [{ personId: k.member.personId }],
    });
    expect(planned.statusCode).toBe(201);
    const upcoming = (await k.get(k.member.cookie, '/api/me/records?scope=upcoming')).json();
    expect(upcoming.items.map((r: { topic: string }) => r.topic)).toContain('下月主题党日');
    expect(upcoming.items.every((r: { status: string }) => r.status === 'planned')).toBe(true);
    const history = (await k.get(k.member.cookie, '/api/me/records?scope=history&pageSize=50')).json();
    expect(history.total).toBeGreaterThanOrEqual(1);
    expect(history.items[0]).toMatchObject({ status: 'held', mine: { attendance: 'present', late: false } });
    // Someone else's list: not mine.
    const other = (await k.get(k.secretaryB1.cookie, '/api/me/records?scope=history')).json();
    expect(other.total).toBe(0);
  });

  it('adds up my study hours: meetings attended with 学时 and my own study records', async () => {
    const me = await buildAccount(k.t.db, k.tree.branchA1, ['member']);
    await k.createHeld({ studyHours: 2.5, attendance: [{ personId: me.personId, attendance: 'present' }] });
    await k.createHeld({ startsAt: '2024-06-10T09:00:00+08:00', endsAt: null, studyHours: 3, attendance: [{ personId: me.personId, attendance: 'excused', reason: '病假' }] });
    const added = await k.send(me.cookie, 'POST', '/api/me/study', { studiedOn: '2024-05-20', form: 'online_class', topic: '网上党课', hours: 1.5 });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ form: 'online_class', hours: 1.5 });
    const study = (await k.get(me.cookie, '/api/me/study?from=2024-01-01&to=2024-12-31')).json();
    expect(study).toMatchObject({ meetingHours: 2.5, selfHours: 1.5, totalHours: 4 });
    expect(study.items.map((i: { source: string; kindName: string; hours: number }) => [i.source, i.kindName, i.hours])).toEqual([
      ['self', '网上课堂', 1.5],
      ['record', '支部党员大会', 2.5],
    ]);
    const future = await k.send(me.cookie, 'POST', '/api/me/study', { studiedOn: '2099-01-01', form: 'online_class', topic: 'x', hours: 1 });
    expect(future.statusCode).toBe(400);
    const bad = await k.send(me.cookie, 'POST', '/api/me/study', { studiedOn: '2024-01-01', form: 'daily_checkin', topic: 'x', hours: 0 });
    expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['form', 'hours']);
  });
});
