// Rules for the rows of a roster import: each person goes to a node of the import's subtree that may
// hold their membership (a branch 党支部 for members); a 工号 (employee number) already held by
// someone there means "update that person".
import type { PartyStatus } from '@xianfeng/shared/domain';
import { inSubtree } from '../../core/access';
import { canHoldMembership, nameSearchKeys } from '../people';
import type { DataRow, RowIssue } from './imports.parse';
import type { ExistingPerson, NewPerson, PersonFields, ScopeOrg, StatusChange } from './imports.queries';
import type { PersonField } from './imports.templates';

export type PersonValues = Record<PersonField, string | null>;

export interface PlannedPerson {
  fields: Omit<PersonFields, 'id'>;
  org: ScopeOrg;
  startOn: string | null;
  /** The person this row updates (matched by employee number). */
  existing?: ExistingPerson;
}

/** Pinyin initials ('zsf' for 张三丰) and full pinyin, the same keys the people module searches. */
function pinyinOf(name: string) {
  const keys = nameSearchKeys(name);
  return { nameInitials: keys.initials, namePinyin: keys.pinyin };
}

/**
 * 入党时间 belongs to members, 转正时间 to full members; a non-member may be a former member.
 * The people module's rule (datesFitStatus), repeated until its index exports it.
 */
function datesFitStatus(status: PartyStatus, joinedOn: string | null, fullMemberOn: string | null) {
  if (status === 'full_member' || status === 'non_member') return true;
  if (status === 'probationary_member') return !fullMemberOn;
  return !joinedOn && !fullMemberOn;
}

export function checkPersonRows(
  rows: readonly DataRow[],
  values: readonly PersonValues[],
  scope: readonly ScopeOrg[],
  existing: readonly ExistingPerson[],
  underPath: string,
  issues: RowIssue[],
): PlannedPerson[] {
  const byCode = new Map(scope.filter((o) => o.code).map((o) => [o.code!, o]));
  const byName = new Map<string, ScopeOrg[]>();
  for (const o of scope) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const byEmployeeNo = new Map(existing.map((p) => [p.employeeNo, p]));
  const seenEmployeeNo = new Map<string, number>();
  const planned: PlannedPerson[] = [];

  values.forEach((v, i) => {
    const row = rows[i]!.row;
    const issue = (field: PersonField, key: RowIssue['key'], params: RowIssue['params'] = {}) =>
      issues.push({ row, field, key, params });

    let org: ScopeOrg | undefined;
    if (v.org) {
      const named = byName.get(v.org) ?? [];
      org = byCode.get(v.org) ?? (named.length === 1 ? named[0] : undefined);
      if (!org) issue('org', named.length > 1 ? 'import.ambiguousOrg' : 'import.unknownOrg', { value: v.org });
      else if (v.partyStatus && !canHoldMembership(v.partyStatus as PartyStatus, org.type))
        issue('org', 'person.targetNotBranch');
    }

    const status = v.partyStatus as PartyStatus | null;
    if (status && !datesFitStatus(status, v.joinedOn, v.fullMemberOn)) {
      issue(v.joinedOn && status !== 'probationary_member' ? 'joinedOn' : 'fullMemberOn', 'person.datesNotForStatus', {
        status: `partyStatus.${status}`,
      });
    } else if (v.joinedOn && v.fullMemberOn && v.fullMemberOn < v.joinedOn) issue('fullMemberOn', 'import.dateOrder');

    let match: ExistingPerson | undefined;
    if (v.employeeNo) {
      const twin = seenEmployeeNo.get(v.employeeNo);
      match = byEmployeeNo.get(v.employeeNo);
      if (twin !== undefined) issue('employeeNo', 'import.duplicateInFile', { row: twin });
      // Held by someone outside the import's subtree: the number is taken, not a match.
      else if (match && !inSubtree(match.orgPath, underPath))
        issue('employeeNo', 'person.employeeNoTaken', { employeeNo: v.employeeNo });
      seenEmployeeNo.set(v.employeeNo, row);
    }

    if (!org || !v.name || !v.partyStatus) return;
    planned.push({
      fields: {
        name: v.name,
        ...pinyinOf(v.name),
        gender: v.gender,
        birthDate: v.birthDate,
        ethnicity: v.ethnicity,
        education: v.education,
        phone: v.phone,
        employeeNo: v.employeeNo,
        partyStatus: v.partyStatus,
        joinedOn: v.joinedOn,
        fullMemberOn: v.fullMemberOn,
      },
      org,
      startOn: v.startOn,
      existing: match,
    });
  });
  return planned;
}

/** Dated status history of a new person: a full member with both dates was probationary first. */
export function initialStatuses(p: NewPerson): StatusChange[] {
  const status = p.partyStatus as PartyStatus;
  const at = (s: PartyStatus, effectiveOn: string) => ({ personId: p.id, status: s, effectiveOn });
  if (status === 'probationary_member') return [at(status, p.joinedOn ?? p.startOn)];
  if (status === 'full_member') {
    if (p.joinedOn && p.fullMemberOn) return [at('probationary_member', p.joinedOn), at(status, p.fullMemberOn)];
    return [at(status, p.fullMemberOn ?? p.joinedOn ?? p.startOn)];
  }
  return [at(status, p.startOn)];
}

/** The change an update brings when the status differs, dated no earlier than the latest one. */
export function statusUpdate(person: ExistingPerson, fields: PlannedPerson['fields'], today: string): StatusChange | undefined {
  if (person.partyStatus === fields.partyStatus) return undefined;
  const dated =
    fields.partyStatus === 'full_member'
      ? fields.fullMemberOn
      : fields.partyStatus === 'probationary_member'
        ? fields.joinedOn
        : null;
  const candidate = dated ?? today;
  const effectiveOn = person.lastStatusOn && person.lastStatusOn > candidate ? person.lastStatusOn : candidate;
  return { personId: person.id, status: fields.partyStatus, effectiveOn };
}
