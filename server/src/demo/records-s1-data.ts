// S1 东北工业集团, autumn 2019 (seed 000): the figures its records must yield, and the words they use.
import { type Day, dayOf } from './dates';
import { EXCUSES, RETIREE_EXCUSES, type RecordsContext, mark } from './records-roster';
import type { AttendeeRow, RecordInput } from './records-writer';
import type { OrgRow } from './writer';
import { S1 } from './s1';

/** What the product must compute from the records (SCENARIOS.md S1). */
export const S1_RECORDS = {
  /** 集中学习研讨 held across the 9 units by 10-27. */
  studySessions: 73,
  studySessionsBy: '2019-10-27',
  /** 10-18 学习交流成果会 of 一东公司装配分厂党支部: 13 of its 21 members present. */
  exchange: { branch: S1.assemblyBranch, on: '2019-10-18', present: 13, members: S1.assemblyMembers },
} as const;

/** Leadership-team study sessions per unit (65), in the units' order; 8 more are held at branches. */
export const UNIT_SESSIONS = [10, 8, 7, 5, 10, 7, 8, 5, 5] as const;
export const BRANCH_SESSIONS = S1_RECORDS.studySessions - UNIT_SESSIONS.reduce((a, b) => a + b, 0);

/** The 13 专题 the units' leadership teams studied and spoke on. */
export const TOPICS = [
  '学习习近平新时代中国特色社会主义思想，坚定理想信念',
  '学习《中国共产党章程》，增强“四个意识”、坚定“四个自信”、做到“两个维护”',
  '学习《习近平关于“不忘初心、牢记使命”重要论述选编》，守初心、担使命',
  '学习习近平总书记视察中央企业重要讲话和指示批示精神',
  '深化国有企业改革，推动企业高质量发展',
  '坚持以人民为中心，着力解决职工群众急难愁盼问题',
  '全面从严治党，加强党风廉政建设',
  '加强基层党组织建设，发挥战斗堡垒作用',
  '坚持创新驱动，增强企业核心竞争力',
  '发扬斗争精神，增强斗争本领',
  '学习新中国成立70年伟大成就，厚植爱国主义情怀',
  '整治形式主义、官僚主义，转变工作作风',
  '对照党章党规找差距，抓好问题整改落实',
] as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
export const topicOf = (i: number) => `专题${NUMERALS[i % 13]}：${TOPICS[i % 13]}`;

/** 集团公司主题教育指导组: attends and guides the units' meetings. */
export const GUIDANCE = [
  { name: '刘长青', title: '集团公司主题教育指导组组长' },
  { name: '王丽娟', title: '集团公司主题教育指导组副组长' },
  { name: '孙志强', title: '集团公司主题教育指导组成员' },
  { name: '赵晓梅', title: '集团公司主题教育指导组成员' },
] as const;

/** 兵器集团第二巡回指导组, named in the article (10-16 and 10-24 at 一东公司). */
export const TOUR = {
  zhao: { name: '赵宝荣', title: '兵器集团第二巡回指导组组长' },
  gao: { name: '高希', title: '兵器集团第二巡回指导组副组长' },
  li: { name: '李斌', title: '兵器集团第二巡回指导组组员' },
} as const;

export const guidance = (i: number, n = 2) => Array.from({ length: n }, (_, k) => GUIDANCE[(i + k) % GUIDANCE.length]!);

export interface S1Context extends RecordsContext {
  /** Study sessions written so far that fall on or before 10-27. */
  counted: number;
}

const CUTOFF: Day = dayOf(S1_RECORDS.studySessionsBy);

/** Writes a record and keeps the count of study sessions by 10-27. */
export async function record(c: S1Context, r: RecordInput): Promise<number> {
  if (r.kind === 'study_session' && r.day <= CUTOFF) c.counted++;
  return c.w.add(r);
}

const retirees = (branch: OrgRow) => branch.name.endsWith('离退休党支部');

export function branchBase(c: S1Context, branch: OrgRow) {
  const secretary = c.idx.secretary(branch);
  const recorder = c.idx.holders(branch, ['organisation_member', 'publicity_member'])[0] ?? secretary;
  return { org: branch, host: secretary, recorder, place: retirees(branch) ? '离退休活动中心' : '党员活动室' };
}

export function listMembers(c: S1Context, branch: OrgRow, day: Day, people = c.idx.membersOn(branch, day)): AttendeeRow[] {
  const old = retirees(branch);
  return mark(c.rng, people, {
    keep: [c.idx.secretary(branch)],
    excused: old ? 0.15 : 0.07,
    absent: old ? 0 : 0.012,
    reasons: old ? RETIREE_EXCUSES : EXCUSES,
  });
}
