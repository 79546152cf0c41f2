// S1's campaign (seed 000): the group's plan for the second batch of the 主题教育 — phases, the required
// actions with their time nodes from the group's 操作指南, and the documents each unit uploads.

/** The deployment zone the demo's times are written in (as the records'). */
export const S1_ZONE = 'Asia/Shanghai';

export const S1_CAMPAIGN = {
  title: '东北工业集团“不忘初心、牢记使命”主题教育（第二批）',
  kind: 'theme_education',
  periodStart: '2019-09-16',
  periodEnd: '2019-12-31',
  /** Drafted before, launched right after the group's deployment meeting of 09-16. */
  createdAt: '2019-09-12T15:00:00+08:00',
  launchedAt: '2019-09-16T11:30:00+08:00',
} as const;

export const PHASES = [
  { key: 'plan', name: '筹划部署', startsOn: '2019-09-16', endsOn: '2019-09-30' },
  { key: 'run', name: '组织实施', startsOn: '2019-10-01', endsOn: '2019-11-30' },
  { key: 'check', name: '检查验收', startsOn: '2019-12-01', endsOn: '2019-12-31' },
] as const;

export type ActionKey =
  | 'plan'
  | 'team'
  | 'schedule'
  | 'mobilise'
  | 'study'
  | 'exchange'
  | 'research'
  | 'symposium'
  | 'lecture'
  | 'gap'
  | 'democratic'
  | 'organisational'
  | 'themeDay';

export interface ActionSpec {
  key: ActionKey;
  title: string;
  guidance: string;
  phase: (typeof PHASES)[number]['key'];
  deadline: string;
  completion: 'record_kind' | 'records' | 'documents' | 'confirmation';
  recordKind?: string;
  recordScope?: 'node' | 'subtree';
  minCount?: number;
  needsApproval?: boolean;
  /** The 9 units (depth 1, committees) unless 'branches' (every 党支部 below). */
  targets?: 'branches';
  /** Which member of the group's office is the contact (联系人). */
  contact: number;
}

// prettier-ignore
export const ACTIONS: readonly ActionSpec[] = [
  { key: 'plan', title: '制定工作方案', phase: 'plan', deadline: '2019-09-20', completion: 'documents', contact: 0,
    guidance: '集团公司党委部署会后，结合本单位实际制定主题教育工作方案，上传方案文本。' },
  { key: 'team', title: '成立领导小组及办公室', phase: 'plan', deadline: '2019-09-20', completion: 'documents', contact: 0,
    guidance: '成立主题教育领导小组及办公室，明确各自工作职责，上传成立通知。' },
  { key: 'schedule', title: '制定工作计划表', phase: 'plan', deadline: '2019-09-20', completion: 'documents', contact: 0,
    guidance: '按操作指南的时间节点制定工作计划表，明确每项工作的责任人和完成时间。' },
  { key: 'mobilise', title: '召开动员部署会', phase: 'plan', deadline: '2019-09-23', completion: 'record_kind', recordKind: 'mobilisation_meeting', contact: 1,
    guidance: '9月24日前召开主题教育动员部署会（或理论中心组学习会），指导组参会。' },
  { key: 'study', title: '集中学习研讨', phase: 'run', deadline: '2019-10-27', completion: 'record_kind', recordKind: 'study_session', recordScope: 'subtree', minCount: 5, contact: 1,
    guidance: '班子成员在自学基础上围绕13个专题集中学习研讨，准备书面发言材料；10月27日前不少于5次（含所属党支部）。' },
  { key: 'exchange', title: '召开学习交流研讨会', phase: 'run', deadline: '2019-10-21', completion: 'records', recordKind: 'study_session', contact: 1,
    guidance: '10月22日前召开学习交流研讨会，班子成员逐一交流书面发言材料；关联本单位的交流研讨会记录。' },
  { key: 'research', title: '确定调研题目并提交调研报告和A3报告', phase: 'run', deadline: '2019-10-31', completion: 'documents', minCount: 2, needsApproval: true, contact: 2,
    guidance: '班子成员每人确定1个调研题目，形成书面调研报告，同时以A3报告形式报指导组，经指导组审核通过。' },
  { key: 'symposium', title: '召开调研成果交流会', phase: 'run', deadline: '2019-10-29', completion: 'record_kind', recordKind: 'research_symposium', contact: 2,
    guidance: '班子成员逐一交流调研成果，提出解决问题的措施，指导组参会。' },
  { key: 'lecture', title: '主要领导讲专题党课', phase: 'run', deadline: '2019-10-29', completion: 'record_kind', recordKind: 'party_lecture', contact: 2,
    guidance: '党委主要负责同志结合学习体会和调研成果讲专题党课。' },
  { key: 'gap', title: '召开对照党章党规找差距专题会', phase: 'run', deadline: '2019-10-31', completion: 'records', contact: 2,
    guidance: '班子成员对照党章党规逐条检视、查摆差距；关联专题会议记录。' },
  { key: 'democratic', title: '召开专题民主生活会', phase: 'check', deadline: '2019-12-20', completion: 'record_kind', recordKind: 'democratic_life_meeting', contact: 0,
    guidance: '会前广泛征求意见、开展谈心谈话，会上开展批评和自我批评，指导组全程参加。' },
  { key: 'organisational', title: '召开专题组织生活会', phase: 'check', deadline: '2019-12-31', completion: 'record_kind', recordKind: 'organisational_life_meeting', recordScope: 'subtree', contact: 0,
    guidance: '所属党支部召开专题组织生活会，对照检查、相互批评，明确整改措施。' },
  { key: 'themeDay', title: '开展“不忘初心、牢记使命”主题党日', phase: 'run', deadline: '2019-10-31', completion: 'record_kind', recordKind: 'theme_party_day', targets: 'branches', contact: 1,
    guidance: '各党支部结合“三会一课”开展主题党日活动，学习重要论述选编，交流心得体会。' },
];

/** 领导小组, 办公室 and 指导组 of the group, as (role, title) in seat order. */
export const MEMBERS = {
  leading_group: ['组长', '副组长', '成员', '成员'],
  office: ['主任', '副主任', '成员'],
  guidance: ['组长', '副组长', '成员', '成员'],
} as const;

export interface DocumentSpec {
  action: ActionKey;
  title: (unit: string) => string;
  /** Upload day: fixed days cycled over the units, or the day the unit held its first record of a kind. */
  days?: readonly string[];
  afterRecord?: string;
  paragraphs: (unit: string) => readonly string[];
}

// prettier-ignore
export const DOCUMENTS: readonly DocumentSpec[] = [
  { action: 'plan', days: ['2019-09-17', '2019-09-18', '2019-09-19'],
    title: (u) => `${u}“不忘初心、牢记使命”主题教育实施方案`,
    paragraphs: (u) => [
      `为深入贯彻落实集团公司党委第二批主题教育工作部署，扎实开展“不忘初心、牢记使命”主题教育，结合${u}实际，制定本方案。`,
      '一、总体要求：牢牢把握“守初心、担使命、找差距、抓落实”的总要求，将学习教育、调查研究、检视问题、整改落实贯穿始终。',
      '二、主要措施：（一）抓好学习教育；（二）深入调查研究；（三）认真检视问题；（四）扎实整改落实。',
      '三、时间安排：主题教育自9月中旬开始，11月底基本结束，不划阶段、不分环节。',
      '四、组织领导：成立主题教育领导小组及办公室，党委书记任组长，对主题教育负总责。',
    ] },
  { action: 'team', days: ['2019-09-17', '2019-09-18', '2019-09-19'],
    title: (u) => `关于成立${u}“不忘初心、牢记使命”主题教育领导小组及办公室的通知`,
    paragraphs: (u) => [
      '各党支部、各部门：',
      `经${u}党委研究，决定成立“不忘初心、牢记使命”主题教育领导小组及办公室，名单如下。`,
      '领导小组：组长由党委书记担任，副组长由党委副书记担任，成员为班子其他成员。',
      '领导小组办公室设在党群工作部，负责主题教育日常工作。',
    ] },
  { action: 'schedule', days: ['2019-09-18', '2019-09-19', '2019-09-20'],
    title: (u) => `${u}主题教育工作计划表`,
    paragraphs: () => [
      '9月24日前：召开主题教育动员部署会。',
      '9月下旬至10月下旬：班子成员围绕13个专题集中学习研讨，10月22日前召开学习交流研讨会。',
      '10月：班子成员确定调研题目，开展调查研究，召开调研成果交流会。',
      '10月底前：主要领导讲专题党课，召开对照党章党规找差距专题会。',
      '12月：召开专题民主生活会，所属党支部召开专题组织生活会。',
    ] },
  { action: 'research', afterRecord: 'research_symposium',
    title: (u) => `${u}班子成员调研报告汇编`,
    paragraphs: (u) => [
      `${u}班子成员聚焦主题主线，以问题为导向，每人确定1个调研题目，采取个别访谈、集体座谈、问卷调查等方式深入一线开展调查研究。`,
      '本汇编收录班子成员的书面调研报告，每篇包括调研背景、发现的问题、原因分析和对策建议。',
    ] },
  { action: 'research', afterRecord: 'research_symposium',
    title: (u) => `${u}班子成员调研A3报告`,
    paragraphs: () => [
      'A3报告：背景 — 现状 — 目标 — 原因分析 — 对策措施 — 实施计划 — 效果确认 — 后续跟进。',
      '按集团公司精益管理要求，班子成员的调研报告纳入KPI管理体系，由指导组会同精益管理部门跟踪考核，形成闭环。',
    ] },
];
