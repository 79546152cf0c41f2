// S1 东北工业集团 (seed 000): 9 units, 73 branches, 1,252 members, 43 leadership-team members.
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
import { spread } from './random';
import type { TreeNode } from './tree';

/** Units with their branches (73 in all): the first six are named in the article, the last three are plausible additions. */
const UNITS: readonly (UnitSpec & { leaders: number })[] = [
  {
    unit: '一东公司',
    leaders: 6,
    branches: [
      '机关第一党支部',
      '机关第二党支部',
      '装配分厂党支部',
      '机加分厂党支部',
      '铸造分厂党支部',
      '热处理分厂党支部',
      '冲压分厂党支部',
      '技术中心党支部',
      '质量保证部党支部',
      '营销公司党支部',
      '设备动力部党支部',
      '离退休党支部',
    ],
  },
  {
    unit: '蓬翔公司',
    leaders: 5,
    branches: [
      '机关党支部',
      '车桥分厂党支部',
      '改装车分厂党支部',
      '总装分厂党支部',
      '冲焊分厂党支部',
      '涂装分厂党支部',
      '技术中心党支部',
      '营销公司党支部',
      '质量部党支部',
      '物流中心党支部',
    ],
  },
  {
    unit: '捷凯公司',
    leaders: 4,
    branches: ['机关党支部', '锻造分厂党支部', '机加分厂党支部', '热处理分厂党支部', '技术质量部党支部', '营销党支部'],
  },
  // 小糸东光公司的3个基层党支部
  { unit: '小糸东光公司', leaders: 4, branches: ['机关党支部', '制造部党支部', '技术质量部党支部'] },
  {
    // 四地五厂
    unit: '大华公司',
    leaders: 6,
    branches: [
      '机关第一党支部',
      '机关第二党支部',
      '吉林一厂党支部',
      '吉林二厂党支部',
      '长春分厂党支部',
      '天津分厂党支部',
      '重庆分厂党支部',
      '技术中心党支部',
      '质量部党支部',
      '营销公司党支部',
      '采购物流部党支部',
      '设备能源部党支部',
      '工具分厂党支部',
      '离退休党支部',
    ],
  },
  {
    unit: '奥威公司',
    leaders: 5,
    branches: [
      '机关党支部',
      '制动器分厂党支部',
      '真空助力器分厂党支部',
      '铸造分厂党支部',
      '技术中心党支部',
      '营销党支部',
      '质量部党支部',
    ],
  },
  {
    unit: '东光公司',
    leaders: 5,
    branches: [
      '机关第一党支部',
      '机关第二党支部',
      '精密机械分厂党支部',
      '光电分厂党支部',
      '电子分厂党支部',
      '装配分厂党支部',
      '机加分厂党支部',
      '技术研究所党支部',
      '质量部党支部',
      '市场部党支部',
      '离退休党支部',
    ],
  },
  {
    unit: '瑞宝公司',
    leaders: 4,
    branches: ['机关党支部', '密封件分厂党支部', '橡胶制品分厂党支部', '技术质量部党支部', '营销党支部'],
  },
  {
    unit: '华威公司',
    leaders: 4,
    branches: ['机关党支部', '液压件分厂党支部', '机加分厂党支部', '装配分厂党支部', '营销党支部'],
  },
];

export const S1 = {
  members: 1252,
  branches: 73,
  leadershipMembers: 43,
  /** 10-18: 13 members met at this branch. */
  assemblyBranch: '一东公司装配分厂党支部',
  assemblyMembers: 21,
  /** Members were admitted before the second batch of the 主题教育 (autumn 2019). */
  membersBy: dayOf('2019-09-01'),
} as const;

export interface S1Result {
  root: TreeNode;
  yidong: TreeNode;
  assembly: TreeNode;
  people: { admin: number; staff: number; secretary: number; member: number };
}

export async function seedS1(ctx: ScenarioContext): Promise<S1Result> {
  const { tree, rng } = ctx;
  const root = tree.add(null, {
    type: 'committee',
    name: '东北工业集团党委',
    unitName: '东北工业集团',
    code: 'S1',
    establishedOn: dayOf('2001-06-28'),
  });
  const units = UNITS.map((spec) => addUnit(ctx, root, spec));
  if (UNITS.reduce((n, u) => n + u.leaders, 0) !== S1.leadershipMembers) throw new Error('S1 needs 43 leadership-team members');
  const all = units.flatMap((u) => u.branches);
  if (all.length !== S1.branches) throw new Error(`S1 needs ${S1.branches} branches, has ${all.length}`);

  const assembly = all.find((b) => b.name === S1.assemblyBranch);
  if (!assembly) throw new Error(`missing ${S1.assemblyBranch}`);
  const others = spread(rng, S1.members - S1.assemblyMembers, all.length - 1, 6);
  const plans = all.map((node) => {
    const members = node === assembly ? S1.assemblyMembers : (others.shift() as number);
    const retirees = node.name.endsWith('离退休党支部');
    return {
      node,
      members,
      region: 'northeast' as const,
      // The 1,252 members of 2019: all admitted before the autumn's meetings, which list them.
      joinedBy: S1.membersBy,
      ...(retirees ? { born: [1946, 1964] as [number, number] } : pipeline(rng, members)),
      groups: addPartyGroups(ctx, node, members),
    };
  });
  const byBranch = await populateAll(ctx, plans);

  // 班子成员: seated from the unit's 机关 branches first.
  for (const [i, u] of units.entries()) {
    const office = u.branches.filter((b) => b.name.includes('机关'));
    const rest = u.branches.filter((b) => !b.name.includes('机关'));
    await seat(ctx, u.committee, committeeSeats(UNITS[i]?.leaders ?? 0), drawFrom(peopleOf(byBranch, [...office, ...rest])));
  }

  const [yidong, , , , dahua] = units;
  const secretary = byBranch.get(assembly.id)?.secretary;
  if (!yidong || !dahua || secretary === undefined) throw new Error('S1 units missing');
  return {
    root,
    yidong: yidong.committee,
    assembly,
    people: {
      admin: plainMember(byBranch, dahua.branches[0] as TreeNode),
      staff: plainMember(byBranch, yidong.branches[0] as TreeNode),
      secretary,
      member: plainMember(byBranch, assembly),
    },
  };
}
