import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { buildAccount } from '../accounts/accounts.factory';
import { codeFor } from './checkin.service';
import { daysFromNow, recordsKit, type TestKit } from './records.testkit';

/** Waits until the current 30-second window has at least 3 s left, so a test does not straddle two. */
async function awayFromWindowEdge() {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 3000) await new Promise((r) => setTimeout(r, left + 50));
}
const windowNow = () => Math.floor(Date.now() / 30_000);

describe('QR check-in (签到)', () => {
  let k: TestKit;
  let memberB: Awaited<ReturnType<typeof buildAccount>>;
  beforeAll(async () => {
    k = await recordsKit();
    memberB = await buildAccount(k.t.db, k.tree.branchA1, ['member']);
  });

  const planToday = (startsAt: string) =>
    k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'theme_party_day',
      status: 'planned',
      topic: '主题党日',
      startsAt,
      hostPersonId: k.a1[0]!.id,
      attendance: [{ personId: k.member.personId }, { personId: k.a1[0]!.id }],
    });
  const secretOf = async (id: number) =>
    (await rowsOf<{ s: string | null }>(k.t.db, sql`select check_in_secret as s from records where id = ${id}`))[0]!.s;

  it('the host opens it, a listed member checks in with the rotating code, and is marked present on time', async () => {
    const rec = (await planToday(daysFromNow(1 / 24))).json();
    expect(rec.counts).toMatchObject({ listed: 2, absent: 2 });
    await awayFromWindowEdge();
    const opened = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    const { code, expiresAt, url } = opened.json();
    expect(code).toMatch(/^\d{6}$/);
    expect(url).toBe(`/check-in/${rec.id}?code=${code}`);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(30_000);
    expect((await k.get(k.secretaryA1.cookie, `/api/records/${rec.id}/check-in/code`)).json().code).toBe(code);

    const wrong = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code: code === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('签到码无效或已过期，请重新扫码。');
    const ok = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ recordId: rec.id, late: false });
    const again = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(again.json().checkedInAt).toBe(ok.json().checkedInAt);
    const detail = (await k.get(k.member.cookie, `/api/records/${rec.id}`)).json();
    expect(detail.attendees.find((a: { personId: number }) => a.personId === k.member.personId)).toMatchObject({ attendance: 'present', late: false });
    expect(detail.can.checkIn).toBe(true);
  });

  it('accepts the previous window’s code, not an older one', async () => {
    const rec = (await planToday(daysFromNow(1 / 24))).json();
    await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {});
    const secret = (await secretOf(rec.id))!;
    await awayFromWindowEdge();
    const older = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code: codeFor(secret, windowNow() - 2) });
    expect(older.statusCode).toBe(400);
    const previous = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code: codeFor(secret, windowNow() - 1) });
    expect(previous.statusCode, previous.body).toBe(200);
  });

  it('marks a check-in more than 10 minutes after the start as late', async () => {
    const rec = (await planToday(daysFromNow(-1 / 48))).json();
    const { code } = (await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {})).json();
    const res = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(res.json().late).toBe(true);
  });

  it('only people on the list check in; only host, recorder or staff open, show or close it', async () => {
    const rec = (await planToday(daysFromNow(1 / 24))).json();
    expect((await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {})).statusCode).toBe(403);
    const { code } = (await k.send(k.staffA.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {})).json();
    const notListed = await k.send(memberB.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(notListed.statusCode).toBe(404);
    const staffNotListed = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(staffNotListed.statusCode).toBe(403);
    expect(staffNotListed.json().message).toBe('您不在本次活动的参会名单中。');
    expect((await k.get(k.member.cookie, `/api/records/${rec.id}/check-in/code`)).statusCode).toBe(403);
    expect((await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/close`, {})).statusCode).toBe(200);
    const closed = await k.send(k.member.cookie, 'POST', `/api/records/${rec.id}/check-in`, { code });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().message).toBe('签到未开启或已结束。');
    expect((await k.get(k.secretaryA1.cookie, `/api/records/${rec.id}/check-in/code`)).statusCode).toBe(400);
  });

  it('no check-in on a cancelled or locked record', async () => {
    const rec = (await planToday(daysFromNow(1 / 24))).json();
    await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {});
    await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/cancel`, { version: 1 });
    expect(await secretOf(rec.id)).toBeNull();
    expect((await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/check-in/open`, {})).statusCode).toBe(400);
    const held = await k.createHeld({ attendance: [] });
    await k.send(k.staffA.cookie, 'POST', `/api/records/${held.id}/lock`, { version: 1 });
    const locked = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${held.id}/check-in/open`, {});
    expect(locked.statusCode).toBe(400);
    expect(locked.json().message).toBe('该记录已审核锁定，请先解锁。');
  });
});
