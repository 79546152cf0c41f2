// The S1 campaign's evidence beyond documents, in SQL over the demo's records: the meetings units link,
// 已传达 on the day each node relayed the campaign, the guidance group's attendance (指导组参会) at every
// meeting it is listed at as a guest, and the reviews of the research reports.
import { sql } from 'drizzle-orm';
import { GUIDANCE } from './records-s1-data';
import type { S1CampaignContext } from './campaign-s1';
import { S1_CAMPAIGN, S1_ZONE } from './campaign-s1-data';

const held = sql`r.status = 'held' and r.held_on between ${S1_CAMPAIGN.periodStart}::date and ${S1_CAMPAIGN.periodEnd}::date`;

/** 学习交流研讨会 and 找差距专题会: the unit links its own meeting, two hours after it ended. */
export async function linkMeetings(c: S1CampaignContext): Promise<void> {
  const links = [
    [c.actions.exchange, sql`r.kind = 'study_session' and r.topic like '%学习交流研讨会'`],
    [c.actions.gap, sql`r.kind = 'other' and r.topic = '对照党章党规找差距专题会议'`],
  ] as const;
  for (const [actionId, which] of links)
    await c.db.execute(sql`
      insert into assignment_evidence (assignment_id, record_id, at)
      select a.id, r.id, r.ends_at + interval '2 hours'
      from assignments a join records r on r.org_id = a.org_id
      where a.action_id = ${actionId} and ${held} and ${which}`);
}

/**
 * 已传达: a unit on the day of its 动员部署会, a branch on the day of the 党员大会 that relayed the 部署会精神
 * (acknowledged by the meeting's host).
 */
export async function recordReceipts(c: S1CampaignContext): Promise<void> {
  await c.db.execute(sql`
    insert into campaign_receipts (campaign_id, org_id, org_path, acknowledged_on, note, person_id, at)
    select distinct on (a.org_id) a.campaign_id, a.org_id, a.org_path, r.held_on,
      case when r.kind = 'mobilisation_meeting' then '召开主题教育动员部署会，传达集团公司党委部署要求'
           else '召开支部党员大会，传达学习主题教育动员部署会精神' end,
      r.host_person_id, r.ends_at
    from assignments a join records r on r.org_id = a.org_id
    where a.campaign_id = ${c.campaignId} and ${held}
      and (r.kind = 'mobilisation_meeting' or (r.kind = 'branch_assembly' and r.topic like '%传达学习主题教育动员部署会精神%'))
    order by a.org_id, r.held_on, r.id`);
}

const SUMMARY = sql`case r.kind
  when 'mobilisation_meeting' then '指导组参加动员部署会，对实施方案和工作安排提出指导意见。'
  when 'study_session' then '指导组参加集中学习研讨，班子成员围绕专题逐一发言交流。'
  when 'special_tutorial' then '指导组成员送课到基层，开展专题辅导。'
  when 'party_lecture' then '指导组参加主要领导讲专题党课。'
  when 'research_symposium' then '指导组参加调研成果交流会，对调研报告和A3报告逐一点评。'
  when 'democratic_life_meeting' then '指导组全程参加专题民主生活会并作点评。'
  else '指导组参会指导。' end`;

// Every seventh study session attended falls short somewhere: an evaluation of 'fair' with findings.
const FAIR = sql`(r.kind = 'study_session' and r.id % 7 = 0)`;
const FINDINGS = ['个别班子成员书面发言材料联系思想和工作实际不够紧密', '研讨中相互提醒、批评开展得不够深入'];

/** 指导组参会: each of the unit's meetings at which members of the group's guidance group were guests. */
export async function recordVisits(c: S1CampaignContext): Promise<void> {
  const names = GUIDANCE.map((g) => g.name);
  await c.db.execute(sql`
    insert into guidance_visits (campaign_id, org_id, org_path, visited_on, kind, record_id, person_ids, evaluation, summary, findings, created_at)
    select ${c.campaignId}, r.org_id, r.org_path, r.held_on, 'meeting', r.id, array_agg(m.person_id order by m.seat),
      case when ${FAIR} then 'fair' else 'good' end, ${SUMMARY},
      case when ${FAIR} then ${sql.param(FINDINGS)}::text[] else '{}'::text[] end,
      r.ends_at + interval '3 hours'
    from records r
    join record_guests g on g.record_id = r.id
    join unnest(${sql.param(names)}::text[], ${sql.param(c.guidance)}::bigint[]) with ordinality as m(name, person_id, seat) on m.name = g.name
    where r.org_path like ${c.root.path + '%'} and r.org_id <> ${c.root.id} and ${held}
    group by r.id`);
}

const nextWorkday = (d: ReturnType<typeof sql>) =>
  sql`(${d} + case extract(isodow from ${d})::int when 5 then 3 when 6 then 2 else 1 end)`;
const at = (d: ReturnType<typeof sql>, time: string) => sql`((${d} + time ${sql.raw(`'${time}'`)}) at time zone ${S1_ZONE})`;
/** The unit whose A3 report the guidance group first sent back (奥威公司). */
const RETURNED_UNIT = 5;

/**
 * 调研报告和A3报告 need the guidance group's approval: each unit submits 20 minutes after its last document,
 * the unit's guidance member approves the next working day at 10:00; one unit is first returned for more
 * detail, resubmits that afternoon and is approved the working day after. Events and statuses as the API writes them.
 */
export async function recordApprovals(c: S1CampaignContext): Promise<void> {
  const reviewers = c.units.map((_, u) => c.guidance[u % c.guidance.length]!);
  const returned = c.units.map((_, u) => u === RETURNED_UNIT);
  const secretary = sql`(select p.person_id from positions p where p.org_id = a.org_id and p.title = 'secretary' and p.end_on is null order by p.id limit 1)`;
  const timeline = sql`
    with s as (
      select a.id, a.org_id, max(e.at) + interval '20 minutes' as submitted, ${secretary} as submitter
      from assignments a join assignment_evidence e on e.assignment_id = a.id
      where a.action_id = ${c.actions.research} group by a.id),
    v as (
      select s.*, u.reviewer, u.returned, ${nextWorkday(sql`(s.submitted at time zone ${S1_ZONE})::date`)} as d1
      from s join unnest(${sql.param(c.units.map((u) => u.id))}::bigint[], ${sql.param(reviewers)}::bigint[], ${sql.param(returned)}::boolean[])
        as u(org_id, reviewer, returned) on u.org_id = s.org_id),
    t as (select v.*, ${nextWorkday(sql`v.d1`)} as d2 from v),
    steps (id, seq, kind, comment, person_id, at) as (
      select id, 1, 'submit', null, submitter, submitted from t
      union all select id, 2, 'return', 'A3报告“对策措施”一栏过于笼统，请细化到责任人和完成时间后重新提交。', reviewer, ${at(sql`d1`, '10:00')} from t where returned
      union all select id, 3, 'submit', '已按指导组意见细化对策措施', submitter, ${at(sql`d1`, '16:00')} from t where returned
      union all select id, 4, 'approve', '调研报告和A3报告齐全，同意。', reviewer, case when returned then ${at(sql`d2`, '10:00')} else ${at(sql`d1`, '10:00')} end from t)`;
  await c.db.execute(sql`${timeline}
    insert into assignment_events (assignment_id, kind, comment, person_id, at)
    select id, kind, comment, person_id, at from steps order by id, seq`);
  await c.db.execute(sql`${timeline}
    update assignments a set status = 'approved', reviewer_person_id = t.reviewer, comment = '调研报告和A3报告齐全，同意。',
      submitted_at = (select max(at) from steps where steps.id = a.id and kind = 'submit'),
      reviewed_at = (select max(at) from steps where steps.id = a.id and kind = 'approve'),
      version = 1 + (select count(*) from steps where steps.id = a.id)
    from t where t.id = a.id`);
}
