// S1's later phase of 2019 (SCENARIOS.md: 专题民主生活会, 专题组织生活会): 谈心谈话 in November, the units'
// 专题民主生活会 and the branches' 专题组织生活会 and 民主评议党员 in December — so that the yearly rules of
// 2019 are met too and a Sept–Oct compliance view of S1 is green in every column.
import { cycle, workdays } from './records-calendar';
import { LEADER_EXCUSES, mark, minutesOf } from './records-roster';
import { type S1Context, branchBase, guidance, listMembers, record } from './records-s1-data';
import type { OrgRow } from './writer';

export async function seedS1YearEnd(c: S1Context, units: readonly OrgRow[], branches: readonly OrgRow[]): Promise<void> {
  const { idx, rng } = c;
  for (const [u, unit] of units.entries()) {
    const team = idx.leadership(unit);
    const day = cycle(workdays('2019-12-02', '2019-12-13'), u);
    await record(c, {
      org: unit,
      kind: 'democratic_life_meeting',
      topic: '“不忘初心、牢记使命”专题民主生活会',
      day,
      at: '08:30',
      length: 240,
      place: `${unit.unitName ?? unit.name}办公楼第一会议室`,
      host: team[0],
      recorder: team.at(-1),
      agenda: '1. 通报征求意见情况和上年度整改情况\n2. 班子成员逐一对照检查，开展批评和自我批评\n3. 指导组点评',
      attendees: mark(rng, idx.only(unit, day, team), { keep: [team[0]], excused: 0, absent: 0, reasons: LEADER_EXCUSES }),
      guests: guidance(u, 2),
    });
  }
  for (const [b, branch] of branches.entries()) {
    const base = branchBase(c, branch);
    const talks = cycle(workdays('2019-11-11', '2019-11-22'), b);
    await record(c, {
      ...base,
      kind: 'heart_to_heart_talk',
      topic: '召开专题组织生活会前，支部书记与党员、党员与党员之间谈心谈话',
      day: talks,
      at: '09:00',
      length: 240,
      attendees: listMembers(c, branch, talks),
    });
    const life = cycle(workdays('2019-12-09', '2019-12-20'), b);
    await record(c, {
      ...base,
      kind: 'organisational_life_meeting',
      topic: '“不忘初心、牢记使命”专题组织生活会',
      day: life,
      at: '14:00',
      length: 150,
      agenda: '1. 支部班子对照检查\n2. 党员逐一发言，开展批评和自我批评\n3. 明确整改措施',
      minutes: minutesOf(['支部书记代表支委会作对照检查。', '党员逐一对照党章党规查摆问题，相互开展批评。']),
      attendees: listMembers(c, branch, life),
    });
    const appraisal = cycle(workdays('2019-12-16', '2019-12-27'), b);
    await record(c, {
      ...base,
      kind: 'member_appraisal',
      topic: '2019年度民主评议党员',
      day: appraisal,
      at: '14:00',
      length: 120,
      attendees: listMembers(c, branch, appraisal),
    });
  }
}
