// Domain vocabulary shared by server and browser. One name per idea (docs/GLOSSARY.md).

/** 党组织类型 — kinds of node in the organisation tree. */
export const ORG_TYPES = ['committee', 'leading_group', 'general_branch', 'branch', 'party_group'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Which kinds of node may sit under which; a party group lives only inside a branch. */
export const ALLOWED_CHILD_TYPES: Record<OrgType, readonly OrgType[]> = {
  committee: ['committee', 'general_branch', 'branch'],
  leading_group: ['committee', 'general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['party_group'],
  party_group: [],
};

/** 政治面貌 / 党员状态 — a person's party status. */
export const PARTY_STATUSES = [
  'applicant', // 入党申请人
  'activist', // 入党积极分子
  'candidate', // 发展对象
  'probationary_member', // 预备党员
  'full_member', // 正式党员
  'non_member', // 群众
] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];
export const MEMBER_STATUSES: readonly PartyStatus[] = ['probationary_member', 'full_member'];

/** 职务 — positions held in a node's committee. */
export const POSITIONS = [
  'secretary', // 书记
  'deputy_secretary', // 副书记
  'committee_member', // 委员
  'organisation_member', // 组织委员
  'publicity_member', // 宣传委员
  'discipline_member', // 纪检委员
  'group_leader', // 党小组组长
] as const;
export type Position = (typeof POSITIONS)[number];

/** Roles granted at a node; each reaches the node's whole subtree. */
export const ROLES = ['admin', 'org_staff', 'reviewer', 'secretary', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** What a caller may do; each permission lists the roles that carry it (at a node, over its subtree). */
export const PERMISSION_ROLES = {
  'org.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'org.write': ['admin', 'org_staff'],
  'person.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'person.write': ['admin', 'org_staff', 'secretary'],
  'account.manage': ['admin'],
  'audit.read': ['admin', 'org_staff', 'reviewer'],
  /** Records of organisational life (组织生活): read and record them in a subtree, as for the roster. */
  'record.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'record.write': ['admin', 'org_staff', 'secretary'],
  /** Lock a record by review (审核锁定): held at the record's node's parent. */
  'record.review': ['admin', 'org_staff', 'reviewer'],
  /** Campaigns (专项工作): target nodes read them; the owner node's staff plan them and review assignments. */
  'campaign.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'campaign.write': ['admin', 'org_staff'],
  /** Ledgers (清单): read items of a subtree; update the items a node is responsible for; keep lists and verify closing (销号). */
  'ledger.read': ['admin', 'org_staff', 'reviewer', 'secretary'],
  'ledger.write': ['admin', 'org_staff', 'secretary'],
  'ledger.manage': ['admin', 'org_staff'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSION_ROLES;

/** Positions that carry a role while they last (the current 书记 administers the node). */
export const POSITION_ROLES: Partial<Record<Position, Role>> = {
  secretary: 'secretary',
  deputy_secretary: 'secretary',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
