// A light layer of 三会一课 and 主题党日 for the other scenario groups, a few months each, with a few
// meetings skipped so that compliance views have something to show in red.
import { type Day } from './dates';
import { cycle, monthOf, workdayFrom } from './records-calendar';
import { EXCUSES, LEADER_EXCUSES, RETIREE_EXCUSES, type RecordsContext, mark } from './records-roster';
import type { OrgRow } from './writer';

interface LightPlan {
  code: string;
  months: readonly string[];
  /** Share of monthly meetings a branch skips. */
  miss: number;
  /** 主题党日 topics, one per month (cycled). */
  theme: readonly string[];
  committee: string;
  assembly: string;
  lecture: string;
  group: string;
  central: string;
}

const PLANS: readonly LightPlan[] = [
  {
    code: 'S2', // 党史学习教育 and 我为群众办实事, 2021
    months: ['2021-04', '2021-05', '2021-06'],
    miss: 0.04,
    theme: [
      '主题党日：学习《中国共产党简史》，讲述党史故事',
      '主题党日：“我为群众办实事”走下去听、请上来讲、坐下来议',
      '主题党日：庆祝中国共产党成立100周年，重温入党誓词',
    ],
    committee: '研究党史学习教育推进和“我为群众办实事”清单落实',
    assembly: '支部党员大会：党史学习教育专题学习',
    lecture: '党史学习教育专题党课：学党史、悟思想、办实事、开新局',
    group: '党小组会：党史专题学习交流',
    central: '党委理论学习中心组学习：党史学习教育专题研讨',
  },
  {
    code: 'S3', // 两学一做 as a regular practice, recent months
    months: ['2026-08', '2026-09', '2026-10'],
    miss: 0.06,
    theme: [
      '主题党日：学党章党规、学系列讲话，做合格党员',
      '主题党日：对照“四讲四有”标准检视问题',
      '主题党日：党员志愿服务进车间',
    ],
    committee: '研究支部分类定级、晋位升级和问题整改销号',
    assembly: '支部党员大会：推进“两学一做”学习教育常态化制度化',
    lecture: '支部书记讲党课：做“四讲四有”合格党员',
    group: '党小组会：对照“四高”标准查摆问题',
    central: '党委理论学习中心组学习：全面从严治党专题研讨',
  },
  {
    code: 'S4', // 基层党建标杆创建, recent months
    months: ['2026-09', '2026-10'],
    miss: 0.05,
    theme: ['主题党日：项目一线“党建+安全生产”', '主题党日：对标“六个有力”，推进支部标准化规范化建设'],
    committee: '研究支部标准化规范化建设和标杆创建推进工作',
    assembly: '支部党员大会：学习基层党建标杆创建标准',
    lecture: '支部书记讲党课：把支部建在项目上，让党旗在一线飘扬',
    group: '党小组会：交流标杆创建做法',
    central: '党委理论学习中心组学习：党建与生产经营深度融合',
  },
  {
    code: 'S5', // 云岭先锋工程 and 党史学习教育, 2021
    months: ['2021-04', '2021-05', '2021-06'],
    miss: 0.05,
    theme: [
      '主题党日：“云岭先锋”五好党支部创建',
      '主题党日：党员“五带头”践诺行动',
      '主题党日：庆祝中国共产党成立100周年，重温入党誓词',
    ],
    committee: '研究五好党支部创建和党史学习教育推进工作',
    assembly: '支部党员大会：党史学习教育暨“云岭先锋”工程推进',
    lecture: '支部书记讲党课：学党史、强党性，争当“五带头”党员',
    group: '党小组会：对照“五带头”查摆问题',
    central: '党委理论学习中心组学习：党史学习教育专题研讨',
  },
];

const THEME_DAYS = [8, 10, 12, 15, 18, 20];
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;

export async function seedLightRecords(c: RecordsContext): Promise<void> {
  for (const plan of PLANS) await seedPlan(c, plan);
}

async function seedPlan(c: RecordsContext, plan: LightPlan): Promise<void> {
  const { idx, rng } = c;
  const root = idx.byCode(plan.code);
  const months = plan.months.map((m) => ({ month: m, ...monthOf(m) }));
  const existed = (node: OrgRow, day: Day) => node.establishedOn <= day;
  const add = async (
    node: OrgRow,
    kind: string,
    topic: string,
    day: Day,
    people: number[],
    extra: { hostLectures?: boolean; studyHours?: number } = {},
  ) => {
    if (!existed(node, day) || day > c.today || people.length === 0) return;
    const seated = node.type === 'party_group' ? idx.holders(node, ['group_leader'])[0] : idx.secretary(node);
    // The holder of today's seat may have joined later: then the first listed person hosts.
    const host = seated !== undefined && people.includes(seated) ? seated : people[0];
    const old = node.name.includes('离退休');
    const leaders = node.type === 'committee';
    await c.w.add({
      org: node,
      kind,
      topic,
      day,
      at: leaders ? '08:30' : '14:30',
      length: leaders ? 180 : 90,
      place: leaders ? '党委会议室' : '党员活动室',
      host,
      recorder: host,
      studyHours: extra.studyHours,
      lecturer: extra.hostLectures ? host : undefined,
      attendees: mark(rng, people, {
        keep: [host],
        excused: old ? 0.15 : 0.07,
        absent: old || leaders ? 0 : 0.015,
        reasons: old ? RETIREE_EXCUSES : leaders ? LEADER_EXCUSES : EXCUSES,
      }),
    });
  };

  for (const [b, branch] of idx.under(root, 'branch').entries()) {
    const members = (day: Day) => idx.membersOn(branch, day);
    for (const [i, m] of months.entries()) {
      const theme = workdayFrom(m.first + cycle(THEME_DAYS, b) - 1);
      if (!rng.chance(plan.miss))
        await add(branch, 'theme_party_day', cycle(plan.theme, i), theme, members(theme), { studyHours: 2 });
      const committee = workdayFrom(m.first + 3 + (b % 9));
      if (!rng.chance(plan.miss))
        await add(branch, 'branch_committee_meeting', plan.committee, committee, idx.branchCommittee(branch, committee));
      // 支部党员大会 once a quarter, in one of the window's months of that quarter.
      const sameQuarter = months.filter((x) => quarterOf(x.month) === quarterOf(m.month));
      if (cycle(sameQuarter, b) === m && !rng.chance(plan.miss / 2)) {
        const day = workdayFrom(m.first + 19 + (b % 6));
        await add(branch, 'branch_assembly', plan.assembly, day, members(day));
      }
      if (b % months.length === i) {
        const day = workdayFrom(m.first + 14 + (b % 8));
        await add(branch, 'party_lecture', plan.lecture, day, members(day), { hostLectures: true, studyHours: 2 });
      }
    }
  }
  for (const [g, group] of idx.under(root, 'party_group').entries()) {
    for (const m of months) {
      const day = workdayFrom(m.first + 5 + (g % 9));
      if (!rng.chance(plan.miss)) await add(group, 'party_group_meeting', plan.group, day, idx.membersOn(group, day));
    }
  }
  // 理论中心组学习 each month at every committee with a leadership team (the root's included).
  for (const [u, committee] of [root, ...idx.under(root, 'committee')].entries()) {
    for (const m of months) {
      const day = workdayFrom(m.first + 8 + (u % 9));
      await add(committee, 'central_group_study', plan.central, day, idx.only(committee, day, idx.leadership(committee)), {
        studyHours: 3,
      });
    }
  }
}
