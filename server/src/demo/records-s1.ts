// S1 东北工业集团, Sept–Oct 2019: 三会一课 and 主题党日 in all 73 branches, the branches' share
// of the 73 集中学习研讨, and 一东公司装配分厂党支部's 学习交流成果会 of 10-18 with 13 members present.
import { type Day, dayOf } from './dates';
import { cycle, workdayFrom, workdays } from './records-calendar';
import { type RecordsContext, mark, minutesOf } from './records-roster';
import { BRANCH_SESSIONS, S1_RECORDS, type S1Context, branchBase, listMembers, record, topicOf } from './records-s1-data';
import { seedS1Group, seedS1Unit } from './records-s1-units';
import { seedS1YearEnd } from './records-s1-year';
import type { AttendeeRow } from './records-writer';
import type { Rng } from './random';
import type { OrgRow } from './writer';

export async function seedS1Records(base: RecordsContext): Promise<void> {
  const c: S1Context = { ...base, counted: 0 };
  const { idx } = c;
  const root = idx.byCode('S1');
  const units = idx.childrenOf(root, 'committee');
  await seedS1Group(c, root, units);
  for (const [u, unit] of units.entries()) await seedS1Unit(c, unit, u);

  const exchange = idx.named(root, S1_RECORDS.exchange.branch);
  const branches = idx.under(root, 'branch');
  for (const [b, branch] of branches.entries()) await seedBranch(c, branch, b, branch === exchange);
  for (const [g, group] of idx.under(root, 'party_group').entries()) await seedGroup(c, group, g);
  await seedS1YearEnd(c, units, branches);

  await seedExchange(c, exchange);
  // The other branch sessions: one branch in each of units 2–8.
  for (const [u, unit] of units.slice(1, BRANCH_SESSIONS).entries()) {
    const branch = idx.under(unit, 'branch')[1] ?? idx.under(unit, 'branch')[0]!;
    const day = cycle(workdays('2019-10-10', '2019-10-25'), 2 * u);
    await record(c, {
      ...branchBase(c, branch),
      kind: 'study_session',
      topic: `“不忘初心、牢记使命”专题学习研讨 ${topicOf(u + 4)}`,
      day,
      at: '16:30',
      length: 120,
      studyHours: 2,
      attendees: listMembers(c, branch, day),
    });
  }
  if (c.counted !== S1_RECORDS.studySessions)
    throw new Error(`S1 has ${c.counted} study sessions by ${S1_RECORDS.studySessionsBy}, not ${S1_RECORDS.studySessions}`);
}

/** 每月相对固定1天: each branch keeps its own day of the month for 主题党日. */
const THEME_DAYS = [10, 12, 15, 18, 20, 25];

async function seedBranch(c: S1Context, branch: OrgRow, b: number, isExchange: boolean): Promise<void> {
  const base = branchBase(c, branch);
  // Nothing else at the exchange branch on the day of its 交流会, so that day shows one record.
  const free = (d: Day) => (isExchange && d === dayOf(S1_RECORDS.exchange.on) ? workdayFrom(d + 1) : d);
  const committee = [
    [cycle(workdays('2019-09-09', '2019-09-20'), b), '研究制定支部“不忘初心、牢记使命”主题教育实施计划'],
    [cycle(workdays('2019-10-08', '2019-10-15'), b), '研究10月份主题教育学习安排和检视问题工作'],
  ] as const;
  for (const [d, topic] of committee) {
    const day = free(d);
    await record(c, {
      ...base,
      kind: 'branch_committee_meeting',
      topic,
      day,
      at: '16:00',
      length: 60,
      attendees: mark(c.rng, c.idx.branchCommittee(branch, day), { keep: [base.host], excused: 0.05, absent: 0 }),
    });
  }
  const assembly = [
    [cycle(workdays('2019-09-24', '2019-09-30'), b + 2), '传达学习主题教育动员部署会精神，部署支部主题教育工作'],
    [cycle(workdays('2019-10-21', '2019-10-31'), b), '主题教育学习交流暨检视问题'],
  ] as const;
  for (const [d, topic] of assembly) {
    const day = free(d);
    await record(c, {
      ...base,
      kind: 'branch_assembly',
      topic: `支部党员大会：${topic}`,
      day,
      at: '14:00',
      length: 90,
      minutes: minutesOf(['支部书记传达上级部署要求。', '党员结合岗位交流学习体会。', '会议对下一阶段工作作出安排。']),
      attendees: listMembers(c, branch, day),
    });
  }
  const fixed = cycle(THEME_DAYS, b);
  const joint = branch.name.startsWith('小糸东光公司'); // 10-20: the 3 branches together at 北山
  const themes: [Day, string, string][] = [
    [workdayFrom(dayOf(`2019-09-${fixed}`)), '庆祝新中国成立70周年主题党日：重温入党誓词，“我与国旗合影”', base.place],
    joint
      ? [dayOf('2019-10-20'), '三个党支部联合向吉林北山革命烈士纪念碑敬献花篮、讲主题党课', '吉林北山革命烈士纪念碑']
      : [workdayFrom(dayOf(`2019-10-${fixed}`)), '“不忘初心、牢记使命”主题党日：学习重要论述选编，交流心得体会', base.place],
  ];
  for (const [d, topic, place] of themes) {
    const day = free(d);
    await record(c, {
      ...base,
      kind: 'theme_party_day',
      topic,
      place,
      day,
      at: '14:30',
      length: 120,
      studyHours: 2,
      attendees: listMembers(c, branch, day),
    });
  }
  const day = free(cycle(workdays('2019-10-08', '2019-10-31'), 3 * b));
  await record(c, {
    ...base,
    kind: 'party_lecture',
    topic: '支部书记讲专题党课：守初心、担使命、找差距、抓落实',
    day,
    at: '15:00',
    length: 90,
    studyHours: 2,
    lecturer: base.host,
    attendees: listMembers(c, branch, day),
  });
}

/** 党小组会 in September and October at every party group. */
async function seedGroup(c: S1Context, group: OrgRow, g: number): Promise<void> {
  const leader = c.idx.holders(group, ['group_leader'])[0];
  const meetings = [
    [cycle(workdays('2019-09-02', '2019-09-12'), g), '学习主题教育有关文件，交流学习体会'],
    [cycle(workdays('2019-10-08', '2019-10-17'), g), '围绕“守初心、担使命”谈认识、找差距'],
  ] as const;
  for (const [day, topic] of meetings) {
    await record(c, {
      org: group,
      kind: 'party_group_meeting',
      topic: `党小组会：${topic}`,
      day,
      at: '16:30',
      length: 60,
      place: '班组学习室',
      host: leader,
      recorder: leader,
      attendees: mark(c.rng, c.idx.membersOn(group, day), { keep: [leader] }),
    });
  }
}

/** 10-18, 党建园地: 13 of the branch's 21 members met to exchange what they had learned. */
async function seedExchange(c: S1Context, branch: OrgRow): Promise<void> {
  const { present, members, on } = S1_RECORDS.exchange;
  const day = dayOf(on);
  const all = c.idx.membersOn(branch, day);
  if (all.length !== members) throw new Error(`${branch.name} has ${all.length} members on ${on}, not ${members}`);
  const host = c.idx.secretary(branch);
  if (host === undefined) throw new Error(`${branch.name} has no secretary`);
  const others = shuffle(
    c.rng,
    all.filter((id) => id !== host),
  );
  const away = ['倒班当班', '出差（长春）', '病假', '外出培训', '年休假', '家中有事', '抢修任务'];
  const attendees: AttendeeRow[] = [host, ...others].map((personId, i) =>
    i < present
      ? { personId, attendance: 'present', reason: null }
      : i - present < away.length
        ? { personId, attendance: 'excused', reason: away[i - present]! }
        : { personId, attendance: 'absent', reason: '当班未能离岗，未提前请假' },
  );
  await record(c, {
    ...branchBase(c, branch),
    kind: 'study_session',
    topic: '学习交流成果会：谈认识、谈体会、谈担当',
    day,
    at: '15:30',
    length: 120,
    place: '党建园地',
    studyHours: 2,
    agenda: '1. 支部书记领学\n2. 党员交流学习成果\n3. 支部书记总结',
    minutes: minutesOf([
      '支部在党建园地召开学习交流成果会，13名党员围坐在一起交流学习成果。',
      '大家结合岗位谈认识、谈体会、谈担当。',
    ]),
    attendees,
  });
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
