// Rules for the rows of an organisation-tree import: each row's parent is a node of the import's
// subtree or an earlier row, its type may sit under the parent's, and names and codes do not clash.
import { ALLOWED_CHILD_TYPES, type OrgType } from '@xianfeng/shared/domain';
import type { DataRow, RowIssue } from './imports.parse';
import type { NewOrg, ScopeOrg } from './imports.queries';
import type { OrgField } from './imports.templates';

export type OrgValues = Record<OrgField, string | null>;

/** A parent: an existing node, or an earlier row of the file (by its index). */
type Ref = { org: ScopeOrg } | { index: number };

export interface PlannedOrg {
  /** Index of the row in the file, as `Ref` counts. */
  index: number;
  row: number;
  values: OrgValues;
  type: OrgType;
  name: string;
  parent: Ref;
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string) => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * Checks every row in file order and returns the plan of nodes to create; problems go to `issues`
 * (the plan is only used when there are none).
 */
export function checkOrgRows(
  rows: readonly DataRow[],
  values: readonly OrgValues[],
  scope: readonly ScopeOrg[],
  takenCodes: ReadonlySet<string>,
  issues: RowIssue[],
): PlannedOrg[] {
  const existingByCode = new Map(scope.filter((o) => o.code).map((o) => [o.code!, o]));
  const existingByName = groupBy(scope, (o) => o.name);
  const existingSiblings = new Set(scope.map((o) => `o${o.parentId}/${o.name}`));
  // Where each name or code first appears in the file, to explain a parent written too late.
  const firstRowOf = new Map<string, number>();
  values.forEach((v, i) => {
    for (const k of [v.name, v.code]) if (k && !firstRowOf.has(k)) firstRowOf.set(k, rows[i]!.row);
  });

  const seenByCode = new Map<string, number>();
  const seenByName = new Map<string, number[]>();
  const seenSiblings = new Map<string, number>();
  const planned: PlannedOrg[] = [];
  const types: (OrgType | null)[] = [];

  values.forEach((v, i) => {
    const row = rows[i]!.row;
    const issue = (field: OrgField, key: RowIssue['key'], params: RowIssue['params'] = {}) =>
      issues.push({ row, field, key, params });
    const type = v.type as OrgType | null;

    let parent: Ref | undefined;
    if (v.parent) {
      const p = v.parent;
      const byCode = seenByCode.get(p) ?? existingByCode.get(p);
      const candidates: Ref[] = [
        ...(existingByName.get(p) ?? []).map((org) => ({ org })),
        ...(seenByName.get(p) ?? []).map((index) => ({ index })),
      ];
      const later = firstRowOf.get(p);
      if (byCode !== undefined) parent = typeof byCode === 'number' ? { index: byCode } : { org: byCode };
      else if (candidates.length === 1) parent = candidates[0];
      else if (candidates.length > 1) issue('parent', 'import.ambiguousParent', { value: p });
      else if (later !== undefined && later > row) issue('parent', 'import.parentAfterRow', { value: p, row: later });
      else issue('parent', 'import.unknownParent', { value: p });
    }

    if (parent && type) {
      const parentType = 'org' in parent ? (parent.org.type as OrgType) : types[parent.index];
      if (parentType && !(ALLOWED_CHILD_TYPES[parentType] ?? []).includes(type)) {
        issue('type', 'org.childTypeNotAllowed', { parentType: `orgType.${parentType}`, childType: `orgType.${type}` });
      }
    }

    if (parent && v.name) {
      const parentKey = 'org' in parent ? `o${parent.org.id}` : `r${parent.index}`;
      const sibling = seenSiblings.get(`${parentKey}/${v.name}`);
      if (sibling !== undefined) issue('name', 'import.duplicateInFile', { row: sibling });
      else if (existingSiblings.has(`${parentKey}/${v.name}`)) issue('name', 'import.nameTakenUnderParent', { value: v.name });
      seenSiblings.set(`${parentKey}/${v.name}`, row);
    }

    if (v.code) {
      const twin = seenByCode.get(v.code);
      if (twin !== undefined) issue('code', 'import.duplicateInFile', { row: rows[twin]!.row });
      else if (takenCodes.has(v.code)) issue('code', 'import.codeTaken', { value: v.code });
      else seenByCode.set(v.code, i);
    }
    // A bad row still answers to its name, so its children are not reported a second time.
    if (v.name) seenByName.set(v.name, [...(seenByName.get(v.name) ?? []), i]);
    types.push(type);
    if (parent && type && v.name) planned.push({ index: i, row, values: v, type, name: v.name, parent });
  });
  return planned;
}

/** Ids, paths and depths of the planned nodes, parents before children (file order). */
export function placeOrgs(planned: readonly PlannedOrg[], ids: readonly number[], today: string): NewOrg[] {
  const placed: NewOrg[] = [];
  const byIndex = new Map<number, NewOrg>();
  planned.forEach((p, i) => {
    const parent = 'org' in p.parent ? p.parent.org : byIndex.get(p.parent.index)!;
    const id = ids[i]!;
    const node: NewOrg = {
      id,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      type: p.type,
      name: p.name,
      code: p.values.code,
      unitName: p.values.unitName,
      establishedOn: p.values.establishedOn,
      termEndsOn: p.values.termEndsOn,
      validFrom: p.values.establishedOn ?? today,
    };
    byIndex.set(p.index, node);
    placed.push(node);
  });
  return placed;
}
