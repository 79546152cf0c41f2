// S4 中交一局 (seed 003): 746 base-level party organisations under 20 second-level units.
import { dayOf } from './dates';
import { type ScenarioContext, addPartyGroups, peopleOf, pipeline, plainMember, populateAll } from './common';
import { committeeSeats, drawFrom, seat } from './populate';
import { type Rng, spread } from './random';
import type { TreeNode } from './tree';

/** 746个基层党组织: committees, general branches and branches below the group committee. */
export const S4_BASE_ORGS = 746;

// prettier-ignore
const UNITS = [
  '一公司', '二公司', '三公司', '四公司', '五公司', '六公司', '七公司', '八公司', '桥隧公司', '厦门公司',
  '海威公司', '华中公司', '西南公司', '华北公司', '电气化公司', '城轨公司', '投资公司', '海外分公司', '物资公司',
];
const HQ_DEPARTMENTS = [
  '办公室',
  '党委工作部',
  '人力资源部',
  '财务部',
  '工程管理部',
  '安全质量部',
  '市场开发部',
  '纪委办公室',
  '审计部',
  '科技部',
  '法律事务部',
  '投资管理部',
  '物资设备部',
  '海外事业部',
  '工会',
];
const REGIONS = ['华北', '华东', '华南', '西北', '西南', '东北', '雄安', '粤港澳'];
const DIVISIONS = [
  '路桥工程分公司',
  '市政工程分公司',
  '机械化分公司',
  '养护工程分公司',
  '试验检测中心',
  '勘察设计院',
  '第一工程处',
  '第二工程处',
  '第三工程处',
  '隧道工程分公司',
];
// prettier-ignore
const PLACES = [
  '京港澳', '京哈', '京雄', '京沪', '沈海', '连霍', '沪昆', '包茂', '大广', '二广', '杭绍甬', '成渝', '渝黔', '贵瓮', '昆磨',
  '呼和浩特', '石家庄', '太原', '郑州', '济南', '武汉', '长沙', '南昌', '合肥', '福州', '厦门', '深圳', '广州', '南宁', '海口',
  '成都', '重庆', '贵阳', '昆明', '西安', '兰州', '银川', '西宁', '乌鲁木齐', '拉萨', '天津', '唐山', '大连', '青岛', '宁波',
  '雄安新区', '北京城市副中心', '大兴机场', '深中通道', '白鹤滩', '川藏', '滇中', '琼中', '塔城', '喀什',
];
const KINDS = ['高速公路', '快速路', '地铁', '大桥', '隧道', '港口', '市政道路', '综合管廊', '城际铁路', '机场道路'];
const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 项目党支部: named after a project, unique within the unit. */
function projectName(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(PLACES)}${rng.pick(KINDS)}${rng.pick(SECTION_NUMERALS)}标项目党支部`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

interface Unit {
  committee: TreeNode;
  office: TreeNode[];
  branches: TreeNode[];
  /** Sub-committees and general branches with their own branches, for seating. */
  middles: { node: TreeNode; branches: TreeNode[] }[];
}

/** Builds one unit with exactly `budget` base organisations below its committee. */
function buildUnit(ctx: ScenarioContext, root: TreeNode, unit: string, budget: number): Unit {
  const { tree, rng } = ctx;
  const committee = tree.add(root, { type: 'committee', name: `${unit}党委`, unitName: unit });
  const taken = new Set<string>();
  const office = ['机关第一党支部', '机关第二党支部'].map((n) => tree.add(committee, { type: 'branch', name: unit + n }));
  const out: Unit = { committee, office, branches: [...office], middles: [] };
  let left = budget - office.length;
  const addProjects = (parent: TreeNode, n: number, into: TreeNode[]) => {
    for (let i = 0; i < n; i++) into.push(tree.add(parent, { type: 'branch', name: unit + projectName(rng, taken) }));
    left -= n;
  };
  // 区域分公司党委: the largest units run third-level committees.
  const subCommittees = budget >= 60 ? 2 : budget >= 40 ? 1 : 0;
  const firstRegion = rng.int(0, REGIONS.length - subCommittees);
  for (const region of REGIONS.slice(firstRegion, firstRegion + subCommittees)) {
    const sub = tree.add(committee, { type: 'committee', name: `${unit}${region}分公司党委` });
    left -= 1;
    const subBranches: TreeNode[] = [];
    addProjects(sub, rng.int(4, 7), subBranches);
    out.middles.push({ node: sub, branches: subBranches });
    out.branches.push(...subBranches);
  }
  // 党总支 of divisions, each with a few project branches.
  const generals = Math.max(1, Math.round(budget * 0.08));
  const firstDivision = rng.int(0, Math.max(0, DIVISIONS.length - generals));
  const divisions = DIVISIONS.slice(firstDivision, firstDivision + generals);
  for (const division of divisions) {
    if (left < 4) break;
    const gb = tree.add(committee, { type: 'general_branch', name: `${unit}${division}党总支` });
    left -= 1;
    const gbBranches: TreeNode[] = [];
    addProjects(gb, Math.min(left - 1, rng.int(2, 5)), gbBranches);
    out.middles.push({ node: gb, branches: gbBranches });
    out.branches.push(...gbBranches);
  }
  addProjects(committee, left, out.branches);
  return out;
}

export async function seedS4(ctx: ScenarioContext): Promise<{ root: TreeNode; people: { admin: number } }> {
  const { tree, rng } = ctx;
  const root = tree.add(null, {
    type: 'committee',
    name: '中交一局党委',
    unitName: '中交一局',
    code: 'S4',
    establishedOn: dayOf('2005-12-28'),
  });
  // 局机关党委: one branch per headquarters department.
  const hqCommittee = tree.add(root, { type: 'committee', name: '局机关党委', unitName: '局机关' });
  const hq = HQ_DEPARTMENTS.map((d) => tree.add(hqCommittee, { type: 'branch', name: `局机关${d}党支部` }));
  const budgets = spread(rng, S4_BASE_ORGS - 1 - hq.length - UNITS.length, UNITS.length, 15, 3);
  const units = UNITS.map((u, i) => buildUnit(ctx, root, u, budgets[i] ?? 0));

  const plans = [...hq, ...units.flatMap((u) => u.branches)].map((node) => {
    const members = rng.int(8, 15);
    return { node, members, ...pipeline(rng, members), groups: addPartyGroups(ctx, node, members) };
  });
  const byBranch = await populateAll(ctx, plans);

  await seat(ctx, root, committeeSeats(9, 2), drawFrom(peopleOf(byBranch, hq)));
  await seat(ctx, hqCommittee, committeeSeats(5), drawFrom(peopleOf(byBranch, hq.slice().reverse())));
  for (const u of units) {
    await seat(ctx, u.committee, committeeSeats(rng.int(5, 7)), drawFrom(peopleOf(byBranch, [...u.office, ...u.branches])));
    for (const m of u.middles) {
      const seats =
        m.node.type === 'committee' ? committeeSeats(3) : (['secretary', 'committee_member', 'committee_member'] as const);
      await seat(ctx, m.node, seats, drawFrom(peopleOf(byBranch, m.branches)));
    }
  }
  return { root, people: { admin: plainMember(byBranch, hq[1] as TreeNode) } };
}
