// A TreeSelect over the organisation tree: loads children when a node opens, searches by name.
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { fetchChildren, fetchOrg, orgKeys, searchOrgs, TREE_PAGE, useRoots } from '../modules/orgs/orgs.api';
import { useT } from './i18n';

export interface OrgPickerProps {
  value?: number | null;
  onChange?: (id: number | null, org?: OrgSummary) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  /** Nodes that cannot be chosen (e.g. a node's own subtree when moving it). */
  isDisabled?: (org: OrgSummary) => boolean;
  'data-testid'?: string;
}

interface PickerNode {
  id: number | string;
  pId: number | string;
  value: number | string;
  title: string;
  isLeaf: boolean;
  disabled?: boolean;
  selectable?: boolean;
}

const toNode = (o: OrgSummary, pId: number | string, isDisabled?: (o: OrgSummary) => boolean, title = o.name): PickerNode => ({
  id: o.id,
  pId,
  value: o.id,
  title,
  isLeaf: o.childCount === 0,
  disabled: isDisabled?.(o) ?? false,
});

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function OrgPicker({ value, onChange, placeholder, allowClear = true, disabled, style, isDisabled, ...rest }: OrgPickerProps) {
  const t = useT();
  const roots = useRoots();
  const [loaded, setLoaded] = useState<PickerNode[]>([]);
  const [known, setKnown] = useState<Map<number, OrgSummary>>(() => new Map());
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const hits = useQuery({ queryKey: orgKeys.search(term), queryFn: () => searchOrgs(term, 30), enabled: term.length > 0 });
  // The name of a chosen node that is not loaded yet.
  const unknown = value && !known.has(value) && !roots.data?.some((r) => r.id === value) ? value : null;
  const chosen = useQuery({ queryKey: orgKeys.detail(unknown ?? 0), queryFn: () => fetchOrg(unknown!), enabled: !!unknown });

  const remember = (orgs: OrgSummary[]) =>
    setKnown((m) => {
      const next = new Map(m);
      for (const o of orgs) next.set(o.id, o);
      return next;
    });

  const treeData = useMemo<PickerNode[]>(() => {
    if (term) return (hits.data ?? []).map((h) => ({ ...toNode(h, 0, isDisabled, h.pathNames.join(' / ')), isLeaf: true }));
    return [...(roots.data ?? []).map((r) => toNode(r, 0, isDisabled)), ...loaded];
  }, [term, hits.data, roots.data, loaded, isDisabled]);

  const loadData = async (node: { value?: unknown }) => {
    const id = Number(node.value);
    if (!id || loaded.some((n) => n.pId === id)) return;
    const page = await fetchChildren(id, 1, TREE_PAGE);
    remember(page.items);
    const nodes = page.items.map((o) => toNode(o, id, isDisabled));
    if (page.total > page.items.length) {
      const more = page.total - page.items.length;
      nodes.push({ id: `more-${id}`, pId: id, value: `more-${id}`, title: t('orgPicker.more', { count: more }), isLeaf: true, disabled: true });
    }
    setLoaded((l) => [...l, ...nodes]);
  };

  const find = (id: number): OrgSummary | undefined =>
    known.get(id) ?? roots.data?.find((r) => r.id === id) ?? hits.data?.find((h) => h.id === id);
  const label = value ? (find(value)?.name ?? chosen.data?.name ?? String(value)) : undefined;

  return (
    <TreeSelect<{ value: number; label: string } | undefined>
      data-testid={rest['data-testid']}
      style={style}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('orgPicker.placeholder')}
      labelInValue
      value={value ? { value, label: label ?? '' } : undefined}
      treeDataSimpleMode={{ id: 'id', pId: 'pId', rootPId: 0 }}
      treeData={treeData}
      loadData={term ? undefined : loadData}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280, maxWidth: '90vw' } } }}
      notFoundContent={term ? t('orgPicker.noMatch') : undefined}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      onChange={(v) => {
        const id = v ? Number(v.value) : null;
        const org = id ? find(id) : undefined;
        if (org) remember([org]);
        setSearch('');
        onChange?.(id, org);
      }}
    />
  );
}
