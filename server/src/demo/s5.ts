// S5 云锡集团 (seed 004): 21 second-level unit committees, 8 group leaders with liaison points (联系点).
import type { Position } from '@xianfeng/shared/domain';
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
import { addPerson, committeeSeats, drawFrom, seat } from './populate';
import type { Rng } from './random';
import type { TreeNode } from './tree';

/** The group leaders and the unit each is linked to (联系点), in the article's order. */
export const S5_LEADERS: readonly { name: string; title: Position; liaisonUnit: string }[] = [
  { name: '肖建明', title: 'secretary', liaisonUnit: '股份公司党委' },
  { name: '杨福生', title: 'deputy_secretary', liaisonUnit: '老厂锡矿党委' },
  { name: '汪云曙', title: 'deputy_secretary', liaisonUnit: '松矿党委' },
  { name: '杨超', title: 'committee_member', liaisonUnit: '大屯选厂党委' },
  { name: '汪继红', title: 'committee_member', liaisonUnit: '锡都实业总公司党委' },
  { name: '兰旭', title: 'committee_member', liaisonUnit: '建安公司党委' },
  { name: '沈洪忠', title: 'committee_member', liaisonUnit: '退管中心党委' },
  { name: '何云泰', title: 'committee_member', liaisonUnit: '卡房采选厂党委' },
];

type Kind = 'mine' | 'plant' | 'service' | 'retirees';

/** 21个二级单位: the eight liaison points first (codes S5-01 … S5-08), then thirteen more. */
const UNITS: readonly { unit: string; kind: Kind; generals?: string[] }[] = [
  { unit: '股份公司', kind: 'plant' },
  { unit: '老厂锡矿', kind: 'mine', generals: ['竹叶山坑', '湾子街坑', '老厂坑'] },
  { unit: '松矿', kind: 'mine', generals: ['松树脚坑', '白龙坑'] },
  { unit: '大屯选厂', kind: 'plant' },
  { unit: '锡都实业总公司', kind: 'service' },
  { unit: '建安公司', kind: 'service' },
  { unit: '退管中心', kind: 'retirees' },
  { unit: '卡房采选厂', kind: 'mine', generals: ['卡房坑', '新山坑'] },
  { unit: '马拉格锡矿', kind: 'mine', generals: ['马拉格坑', '松树坑'] },
  { unit: '新冠采选厂', kind: 'mine', generals: ['新冠坑'] },
  { unit: '古山选厂', kind: 'plant' },
  { unit: '机械厂', kind: 'plant' },
  { unit: '研究设计院', kind: 'service' },
  { unit: '职工总医院', kind: 'service' },
  { unit: '物资储运公司', kind: 'service' }, // grades its branches quarterly; 流动红旗
  { unit: '运输公司', kind: 'service' },
  { unit: '动力厂', kind: 'plant' },
  { unit: '职业技术学院', kind: 'service' },
  { unit: '铜业公司', kind: 'plant' },
  { unit: '房地产公司', kind: 'service' },
  { unit: '文山锌铟公司', kind: 'mine', generals: ['都龙坑'] },
];

const BRANCHES: Record<Kind, readonly string[]> = {
  mine: ['选矿车间党支部', '机运车间党支部', '地测科党支部', '安全环保科党支部', '后勤服务党支部'],
  plant: [
    '熔炼车间党支部',
    '精炼车间党支部',
    '选矿车间党支部',
    '机修车间党支部',
    '动力车间党支部',
    '质检中心党支部',
    '销售科党支部',
  ],
  service: ['第一党支部', '第二党支部', '第三党支部', '第四党支部', '第五党支部', '第六党支部', '第七党支部'],
  retirees: [
    '离退休第一党支部',
    '离退休第二党支部',
    '离退休第三党支部',
    '离退休第四党支部',
    '离退休第五党支部',
    '离退休第六党支部',
  ],
};
const SHIFTS = ['采矿工区党支部', '掘进工区党支部', '机运工区党支部', '通风工区党支部'];

function unitSpec(rng: Rng, u: (typeof UNITS)[number]): UnitSpec {
  const pool = BRANCHES[u.kind];
  const direct = u.kind === 'retirees' || u.unit === '物资储运公司' ? pool.length : rng.int(3, pool.length);
  return {
    unit: u.unit,
    branches: ['机关党支部', ...pool.slice(0, direct)],
    // 坑口党总支 with their work areas (工区) as branches
    generalBranches: (u.generals ?? []).map((pit) => ({
      name: `${pit}党总支`,
      branches: SHIFTS.slice(0, rng.int(2, 4)).map((s) => pit + s),
    })),
  };
}

export async function seedS5(ctx: ScenarioContext): Promise<{ root: TreeNode; people: { admin: number } }> {
  const { tree, rng } = ctx;
  const root = tree.add(null, {
    type: 'committee',
    name: '云锡集团党委',
    unitName: '云锡集团',
    code: 'S5',
    establishedOn: dayOf('1996-10-08'),
  });
  const units = UNITS.map((u) => addUnit(ctx, root, unitSpec(rng, u)));
  // 股份冶化分公司党委: a third-level committee inside 股份公司.
  const shares = units[0] as (typeof units)[number];
  const smelting = tree.add(shares.committee, { type: 'committee', name: '股份冶化分公司党委', unitName: '股份冶化分公司' });
  const smeltingBranches = ['机关党支部', '熔炼车间党支部', '精炼车间党支部', '锡材车间党支部', '化工车间党支部'].map((b) =>
    tree.add(smelting, { type: 'branch', name: `股份冶化分公司${b}` }),
  );
  // 直属党总支: the group's own offices, where the leaders hold their membership.
  const office = tree.add(root, { type: 'general_branch', name: '集团公司机关党总支', unitName: '集团公司机关' });
  const officeBranches = ['第一', '第二', '第三'].map((n) =>
    tree.add(office, { type: 'branch', name: `集团公司机关${n}党支部` }),
  );

  const allBranches = [...units.flatMap((u) => u.branches), ...smeltingBranches, ...officeBranches];
  const plans = allBranches.map((node) => {
    const old = node.name.includes('离退休');
    const members = old ? rng.int(30, 60) : rng.int(8, 25);
    return {
      node,
      members,
      region: 'yunnan' as const,
      ...(old ? { born: [1940, 1966] as [number, number] } : pipeline(rng, members)),
      groups: addPartyGroups(ctx, node, members),
    };
  });
  const byBranch = await populateAll(ctx, plans);

  const first = officeBranches[0] as TreeNode;
  const home = byBranch.get(first.id);
  for (const leader of S5_LEADERS) {
    // At the branch, or at one of its 党小组 when it has them.
    const id = await addPerson(ctx, rng, home?.place() ?? first, 'full_member', {
      name: leader.name,
      region: 'yunnan',
      maleShare: 1,
      bornFrom: 1960,
      bornTo: 1968,
    });
    await seat(ctx, root, [leader.title], [id]);
  }
  await seat(ctx, office, ['secretary', 'committee_member', 'committee_member'], drawFrom(peopleOf(byBranch, officeBranches)));
  for (const u of units) await seat(ctx, u.committee, committeeSeats(rng.int(5, 7)), drawFrom(peopleOf(byBranch, u.branches)));
  await seat(ctx, smelting, committeeSeats(5), drawFrom(peopleOf(byBranch, smeltingBranches)));
  return { root, people: { admin: plainMember(byBranch, officeBranches[1] as TreeNode) } };
}
