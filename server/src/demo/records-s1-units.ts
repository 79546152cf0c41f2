// S1's unit level (二级单位党委), autumn 2019: the group's deployment meeting, each unit's 动员部署会
// before 09-24, 理论中心组学习, the leadership teams' 集中学习研讨 on the 13 专题 with their 学习交流研讨会
// before 10-22, the guidance group's tutorials, 调研成果交流会, the main leaders' 专题党课, 找差距专题会
// and red-education visits. Guidance groups (指导组) attend as guests.
import { type Day, dayOf } from './dates';
import { cycle, spreadOver, workdays } from './records-calendar';
import { LEADER_EXCUSES, mark, minutesOf } from './records-roster';
import { type S1Context, TOUR, UNIT_SESSIONS, guidance, record, topicOf } from './records-s1-data';
import type { Guest } from './records-writer';
import type { OrgRow } from './writer';

/** The group committee's 09-16 meeting: the first batch summed up, the second deployed to 9 units. */
export async function seedS1Group(c: S1Context, root: OrgRow, units: readonly OrgRow[]): Promise<void> {
  const day = dayOf('2019-09-16');
  const leaders = c.idx.only(
    root,
    day,
    units.flatMap((u) => c.idx.leadership(u)),
  );
  await record(c, {
    org: root,
    kind: 'mobilisation_meeting',
    topic: '东北工业集团党委“不忘初心、牢记使命”主题教育第一批总结暨第二批工作安排部署会',
    day,
    at: '09:00',
    length: 150,
    place: '集团公司办公楼多功能厅',
    agenda: '1. 总结第一批主题教育\n2. 部署9家单位第二批主题教育\n3. 成立主题教育指导组，下发工作方案和操作指南',
    minutes: minutesOf([
      '会议总结了第一批主题教育工作，对所属9家单位开展第二批主题教育作出安排。',
      '会议宣布成立主题教育指导组。',
    ]),
    attendees: mark(c.rng, leaders, { excused: 0.03, absent: 0, reasons: LEADER_EXCUSES }),
  });
}

export async function seedS1Unit(c: S1Context, unit: OrgRow, u: number): Promise<void> {
  const { idx, rng } = c;
  const name = unit.unitName ?? unit.name;
  const team = idx.leadership(unit);
  const secretary = team[0];
  const wide = [...team, ...idx.under(unit, 'branch').map((b) => idx.secretary(b))];
  const base = { org: unit, host: secretary, recorder: team.at(-1), place: `${name}办公楼第一会议室` };
  const listed = (people: readonly (number | undefined)[], day: Day) =>
    mark(rng, idx.only(unit, day, people), { keep: [secretary], excused: 0.05, absent: 0, reasons: LEADER_EXCUSES });
  const at = (iso: string) => dayOf(iso);

  let day = cycle(workdays('2019-09-17', '2019-09-23'), u);
  await record(c, {
    ...base,
    kind: 'mobilisation_meeting',
    topic: `${name}“不忘初心、牢记使命”主题教育动员部署会`,
    day,
    at: '09:00',
    length: 120,
    agenda: '1. 传达集团公司党委部署会精神\n2. 印发实施方案，宣布领导小组及办公室组成\n3. 党委书记作动员讲话\n4. 指导组讲话',
    minutes: minutesOf(['党委书记作动员讲话，对主题教育作出全面部署。', '指导组对开展好主题教育提出要求。']),
    attendees: listed(wide, day),
    guests: guidance(u),
  });

  const central = [
    [cycle(workdays('2019-09-24', '2019-09-30'), u), '《习近平关于“不忘初心、牢记使命”重要论述选编》'],
    [cycle(workdays('2019-10-08', '2019-10-25'), 2 * u + 1), '《习近平新时代中国特色社会主义思想学习纲要》'],
  ] as const;
  for (const [d, book] of central) {
    await record(c, {
      ...base,
      kind: 'central_group_study',
      topic: `党委理论学习中心组学习：${book}`,
      day: d,
      at: '08:30',
      length: 180,
      studyHours: 3,
      attendees: listed(team, d),
    });
  }

  // 集中学习研讨 of the leadership team; one of them is the 学习交流研讨会 (一东公司's on 10-16).
  const evening = u === 1 || u === 4; // 白天忙，利用晚上的时间集中学习
  const days = spreadOver(workdays('2019-09-20', '2019-10-27'), UNIT_SESSIONS[u] ?? 0);
  const target = u === 0 ? at('2019-10-16') : cycle(workdays('2019-10-14', '2019-10-21'), u);
  const exchange = nearest(days, target);
  days[exchange] = target;
  for (const [k, d] of days.entries()) {
    const isExchange = k === exchange;
    const guests: Guest[] = isExchange ? guidance(u) : k % 3 === 1 ? guidance(u + k, 1) : [];
    if (isExchange && u === 0) guests.push(TOUR.gao, TOUR.li);
    await record(c, {
      ...base,
      kind: 'study_session',
      topic: isExchange ? `${name}主题教育学习交流研讨会` : `集中学习研讨 ${topicOf(u + k)}`,
      day: d,
      at: evening ? '18:30' : '14:00',
      length: evening ? 120 : 180,
      studyHours: evening ? 2 : 3,
      agenda: isExchange ? '班子成员围绕13个专题逐一交流书面发言材料' : '1. 领学原文\n2. 班子成员交流研讨',
      attendees: listed(isExchange ? wide : team, d),
      guests,
    });
  }
  // After 10-27 some units went on with the last 专题 (outside the figure "by 10-27").
  const late: Record<number, string> = { 2: '2019-10-29', 7: '2019-10-31', 8: '2019-11-05' };
  if (late[u]) {
    day = at(late[u]);
    await record(c, {
      ...base,
      kind: 'study_session',
      topic: `集中学习研讨 ${topicOf(12)}`,
      day,
      at: '14:00',
      length: 150,
      studyHours: 3,
      attendees: listed(team, day),
    });
  }

  // 送课到基层: the guidance group's tutorials from 10-09.
  const tutor = guidance(u, 1)[0]!;
  day = cycle(workdays('2019-10-09', '2019-10-25'), u);
  await record(c, {
    ...base,
    kind: 'special_tutorial',
    topic: '专题辅导：深入学习贯彻习近平新时代中国特色社会主义思想，扎实推进主题教育',
    day,
    at: '14:00',
    length: 150,
    studyHours: 3,
    lecturerName: tutor.name,
    attendees: listed(wide, day),
    guests: [tutor],
  });

  // 主要领导讲专题党课: 7 units by 10-29; 调研成果交流会: 8 units by 10-29; 找差距专题会: 2 units.
  day = u < 7 ? cycle(workdays('2019-10-21', '2019-10-29'), u) : cycle(workdays('2019-11-04', '2019-11-08'), u);
  await record(c, {
    ...base,
    kind: 'party_lecture',
    topic: `主要领导讲专题党课：守初心、担使命，推动${name}高质量发展`,
    day,
    at: '14:30',
    length: 120,
    studyHours: 2,
    lecturer: secretary,
    attendees: listed(wide, day),
    guests: guidance(u + 2, 1),
  });
  day = u === 0 ? at('2019-10-24') : u < 8 ? cycle(workdays('2019-10-21', '2019-10-29'), u + 2) : at('2019-11-01');
  await record(c, {
    ...base,
    kind: 'research_symposium',
    topic: `${name}主题教育调研成果交流会`,
    day,
    at: '09:00',
    length: 180,
    agenda: '班子成员逐一交流调研报告（每人1个调研题目），提出解决问题的措施',
    attendees: listed(team, day),
    guests: u === 0 ? [TOUR.zhao, TOUR.li, ...guidance(u, 1)] : guidance(u + 1, 1),
  });
  if (u === 0 || u === 4) {
    day = at(u === 0 ? '2019-10-28' : '2019-10-29');
    await record(c, {
      ...base,
      kind: 'other',
      topic: '对照党章党规找差距专题会议',
      day,
      at: '09:00',
      length: 180,
      agenda: '班子成员对照党章党规逐条检视，查摆差距，开展批评和自我批评',
      attendees: listed(team, day),
      guests: guidance(u + 3, 1),
    });
  }
  for (const [iso, topic, place] of RED[u] ?? []) {
    day = at(iso);
    await record(c, {
      ...base,
      kind: 'red_education',
      topic,
      place,
      day,
      at: '09:00',
      length: 240,
      attendees: listed(wide, day),
    });
  }
}

/** Red-education visits named in the article (班子成员和基层党支部书记). */
const RED: Record<number, readonly (readonly [string, string, string])[]> = {
  0: [
    ['2019-09-27', '参观一汽轿车红旗展馆', '一汽轿车红旗展馆'],
    ['2019-10-11', '参观“壮阔七十年 奋进新时代——吉林省庆祝中华人民共和国成立70周年成就展”', '吉林省博物馆'],
  ],
  1: [['2019-10-10', '赴马家沟红色文化馆接受革命传统教育', '烟台市马家沟红色文化馆']],
  2: [['2019-10-17', '参观东北抗联蒿子湖密营，重走抗联路，重温抗联情', '桦甸市东北抗联蒿子湖密营']],
};

/** Index of the day in `days` closest to `target`. */
function nearest(days: readonly Day[], target: Day): number {
  let best = 0;
  for (const [i, d] of days.entries()) if (Math.abs(d - target) < Math.abs((days[best] as Day) - target)) best = i;
  return best;
}
