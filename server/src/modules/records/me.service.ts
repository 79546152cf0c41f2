// A member's own side (党员自助): meetings that list me, my attendance, my study hours and study records.
import type { Locale } from '@xianfeng/shared/domain';
import { translate } from '@xianfeng/shared/i18n';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { Attendance, CreateStudyBody, MyRecord, MyStudy, StudyForm } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import * as me from './me.queries';
import * as q from './records.queries';
import { hoursOf, toSummary } from './records.format';

export async function listMyRecords(ctx: Ctx, query: { scope: 'upcoming' | 'history'; page: number; pageSize: number }, locale: Locale): Promise<Page<MyRecord>> {
  const today = todayIn(ctx.timeZone);
  const { rows, total } = await q.listMyRecords(ctx.db, ctx.actor.personId, query.scope, today, query.pageSize, (query.page - 1) * query.pageSize);
  const items = rows.map((r) => ({
    ...toSummary(r, locale),
    mine: { attendance: r.myAttendance as Attendance, reason: r.myReason, checkedInAt: r.myCheckedInAt?.toISOString() ?? null, late: r.myLate },
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Study hours of a period (this year so far by default): meetings attended with 学时, and my own study. */
export async function myStudy(ctx: Ctx, query: { from?: string; to?: string }, locale: Locale): Promise<MyStudy> {
  const today = todayIn(ctx.timeZone);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  const [items, totals] = await Promise.all([me.studyItems(ctx.db, ctx.actor.personId, from, to), me.studyTotals(ctx.db, ctx.actor.personId, from, to)]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    from,
    to,
    meetingHours: round(totals.meeting),
    selfHours: round(totals.self),
    totalHours: round(totals.meeting + totals.self),
    items: items.map((i) => ({
      source: i.source,
      id: Number(i.id),
      date: i.date,
      topic: i.topic,
      kind: i.kind,
      kindName: i.source === 'self' ? translate(locale, `studyForm.${i.kind as StudyForm}`) : ((locale === 'en-US' ? i.kindEn : i.kindZh) ?? i.kind),
      hours: Number(i.hours),
    })),
  };
}

export async function addStudy(ctx: Ctx, body: CreateStudyBody) {
  const today = todayIn(ctx.timeZone);
  if (body.studiedOn > today) throw invalid('record.studyInFuture', { date: today });
  return ctx.db.transaction(async (tx) => {
    const row = await me.insertStudy(tx, { personId: ctx.actor.personId, studiedOn: body.studiedOn, form: body.form, topic: body.topic, hours: String(body.hours) });
    const view = { id: row.id, studiedOn: row.studiedOn, form: row.form as StudyForm, topic: row.topic, hours: hoursOf(row.hours)! };
    await recordAudit(tx, ctx, { action: 'study.create', entityType: 'study_record', entityId: row.id, orgId: (await me.myOrgId(tx, ctx.actor.personId)) ?? null, summary: row.topic, after: view });
    return view;
  });
}
