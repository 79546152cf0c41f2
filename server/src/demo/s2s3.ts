// S2 中国融通集团 (seed 001) and S3 陕西有色金属控股集团 (seed 002).
import { dayOf } from './dates';
import {
  type ScenarioContext,
  type UnitSpec,
  addPartyGroups,
  addUnit,
  peopleOf,
  pipeline,
  plainMember,
  populateAll,
} from './common';
import { committeeSeats, drawFrom, seat } from './populate';
import type { TreeNode } from './tree';

export interface GroupResult {
  root: TreeNode;
  /** People for the group admin account (and the system admin, in S2). */
  people: { admin: number; sysadmin?: number };
}

/** 集团10个部门: headquarters departments, one branch each. */
const S2_HQ: UnitSpec = {
  unit: '集团总部',
  committee: '集团总部直属机关党委',
  branches: [
    '办公室党支部',
    '党群工作部党支部',
    '人力资源部党支部',
    '战略规划部党支部',
    '财务金融部党支部',
    '资产管理部党支部',
    '投资发展部党支部',
    '法律合规部党支部',
    '审计部党支部',
    '安全质量部党支部',
  ],
};

/** 8家子公司 */
const S2_SUBSIDIARIES: readonly UnitSpec[] = [
  {
    unit: '融通地产公司',
    branches: ['机关第一党支部', '机关第二党支部', '工程管理部党支部', '营销中心党支部'],
    generalBranches: [
      { name: '华北区域公司党总支', branches: ['华北区域公司第一党支部', '华北区域公司第二党支部', '华北区域公司项目党支部'] },
      { name: '华东区域公司党总支', branches: ['华东区域公司第一党支部', '华东区域公司第二党支部'] },
      { name: '西南区域公司党总支', branches: ['西南区域公司第一党支部', '西南区域公司第二党支部'] },
    ],
  },
  {
    unit: '融通农发公司',
    branches: ['机关党支部', '种植事业部党支部', '畜牧事业部党支部', '粮油贸易部党支部'],
    generalBranches: [
      { name: '东北分公司党总支', branches: ['东北分公司第一党支部', '东北分公司第二党支部'] },
      { name: '西北分公司党总支', branches: ['西北分公司第一党支部', '西北分公司第二党支部'] },
    ],
  },
  {
    unit: '融通旅业公司',
    branches: [
      '机关党支部',
      '酒店管理部党支部',
      '北戴河接待中心党支部',
      '三亚接待中心党支部',
      '青岛接待中心党支部',
      '黄山接待中心党支部',
    ],
  },
  {
    unit: '融通资产公司',
    branches: ['机关第一党支部', '机关第二党支部', '资产处置部党支部', '租赁管理部党支部'],
    generalBranches: [{ name: '北京分公司党总支', branches: ['北京分公司第一党支部', '北京分公司第二党支部'] }],
  },
  // 医疗健康公司筹备组, 八一骨科医院 (article)
  {
    unit: '融通医疗健康公司',
    branches: ['机关党支部', '八一骨科医院第一党支部', '八一骨科医院第二党支部', '八一骨科医院护理党支部', '康养中心党支部'],
  },
  { unit: '融通人力公司', branches: ['机关党支部', '人才服务部党支部', '培训中心党支部', '派遣业务部党支部'] },
  {
    unit: '融通商服公司',
    branches: ['机关党支部', '物业管理部党支部', '餐饮服务部党支部'],
    generalBranches: [{ name: '华南分公司党总支', branches: ['华南分公司第一党支部', '华南分公司第二党支部'] }],
  },
  { unit: '融通资本公司', branches: ['机关党支部', '投资一部党支部', '投资二部党支部', '风控合规部党支部'] },
];

export async function seedS2(ctx: ScenarioContext): Promise<GroupResult> {
  const { tree, rng } = ctx;
  const root = tree.add(null, {
    type: 'committee',
    name: '中国融通集团党委',
    unitName: '中国融通集团',
    code: 'S2',
    establishedOn: dayOf('2016-12-26'),
  });
  const hq = addUnit(ctx, root, S2_HQ);
  const subs = S2_SUBSIDIARIES.map((spec) => addUnit(ctx, root, spec));
  const plans = [hq, ...subs].flatMap((u) =>
    u.branches.map((node) => {
      const members = u === hq ? rng.int(6, 14) : rng.int(8, 24);
      return { node, members, ...pipeline(rng, members), groups: addPartyGroups(ctx, node, members) };
    }),
  );
  const byBranch = await populateAll(ctx, plans);
  // The group's leadership comes from headquarters; each subsidiary's from its own 机关.
  await seat(ctx, root, committeeSeats(7, 2), drawFrom(peopleOf(byBranch, hq.branches)));
  await seat(ctx, hq.committee, committeeSeats(5), drawFrom(peopleOf(byBranch, hq.branches.slice().reverse())));
  for (const u of subs) await seat(ctx, u.committee, committeeSeats(rng.int(5, 7)), drawFrom(peopleOf(byBranch, u.branches)));
  const partyAffairs = hq.branches[1] as TreeNode; // 党群工作部 runs party work, and the system
  return { root, people: { admin: plainMember(byBranch, partyAffairs), sysadmin: plainMember(byBranch, partyAffairs) } };
}

const S3_UNITS: readonly UnitSpec[] = [
  {
    unit: '金钼集团',
    branches: ['机关第一党支部', '机关第二党支部', '离退休党支部'],
    generalBranches: [
      // 机修厂电修车间党支部: 固定课堂, 网上课堂, 流动课堂, 实践课堂; 三点一创
      { name: '机修厂党总支', branches: ['机修厂电修车间党支部', '机修厂机加车间党支部', '机修厂铆焊车间党支部'] },
      { name: '选矿厂党总支', branches: ['选矿厂一选车间党支部', '选矿厂二选车间党支部', '选矿厂三选车间党支部'] },
      { name: '露天矿党总支', branches: ['露天矿采矿车间党支部', '露天矿运输车间党支部', '露天矿穿爆车间党支部'] },
      { name: '冶炼厂党总支', branches: ['冶炼厂焙烧车间党支部', '冶炼厂钼酸铵车间党支部', '冶炼厂综合车间党支部'] },
      { name: '化学公司党总支', branches: ['化学公司生产党支部', '化学公司机关党支部'] },
    ],
  },
  {
    // 回收车间党支部: 挂牌销号
    unit: '陕西锌业公司',
    branches: [
      '机关党支部',
      '回收车间党支部',
      '电解车间党支部',
      '焙烧车间党支部',
      '浸出车间党支部',
      '动力车间党支部',
      '质检中心党支部',
    ],
    generalBranches: [{ name: '商洛炼锌厂党总支', branches: ['商洛炼锌厂第一党支部', '商洛炼锌厂第二党支部'] }],
  },
];

export async function seedS3(ctx: ScenarioContext): Promise<GroupResult> {
  const { tree, rng } = ctx;
  const root = tree.add(null, {
    type: 'committee',
    name: '陕西有色金属控股集团党委',
    unitName: '陕西有色金属控股集团',
    code: 'S3',
    establishedOn: dayOf('2001-01-18'),
  });
  const units = S3_UNITS.map((spec) => addUnit(ctx, root, spec));
  // 集团机关: a general branch straight under the group committee.
  const office = tree.add(root, { type: 'general_branch', name: '集团机关党总支', unitName: '集团机关' });
  const officeBranches = ['第一', '第二', '第三'].map((n) => tree.add(office, { type: 'branch', name: `集团机关${n}党支部` }));
  const plans = [...units.flatMap((u) => u.branches), ...officeBranches].map((node) => {
    const retirees = node.name.endsWith('离退休党支部');
    const members = retirees ? rng.int(25, 40) : rng.int(10, 30);
    return {
      node,
      members,
      ...(retirees ? { born: [1944, 1964] as [number, number] } : pipeline(rng, members)),
      groups: addPartyGroups(ctx, node, members),
    };
  });
  const byBranch = await populateAll(ctx, plans);
  await seat(ctx, root, committeeSeats(7, 2), drawFrom(peopleOf(byBranch, officeBranches)));
  await seat(ctx, office, ['secretary', 'committee_member', 'committee_member'], drawFrom(peopleOf(byBranch, officeBranches)));
  for (const u of units) await seat(ctx, u.committee, committeeSeats(7, 2), drawFrom(peopleOf(byBranch, u.branches)));
  return { root, people: { admin: plainMember(byBranch, officeBranches[0] as TreeNode) } };
}
