// A TreeSelect over a campaign's subtree (the owner node and below), one node or several: the tree
// starts at the owner when the user may read it, otherwise at the user's own nodes inside the subtree.
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { useT } from '../../app/i18n';
import { fetchChildren, orgKeys, searchOrgs, TREE_PAGE, useOrg, useRoots } from '../orgs/orgs.api';

interface Common {
  /** The campaign's owner node. */
  rootId: number;
  /** Names of chosen nodes the tree has not loaded (e.g. a member's supervised units). */
  known?: { id: number; name: string }[];
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}
type Props = Common &
  (
    | { multiple: true; value?: number[]; onChange?: (ids: number[]) => void }
    | { multiple?: false; value?: number | null; onChange?: (id: number | null) => void }
  );

interface PickerNode {
  id: number;
  pId: number;
  value: number;
  title: string;
  isLeaf: boolean;
}
const toNode = (o: OrgSummary, pId: number, title = o.name): PickerNode => ({
  id: o.id,
  pId,
  value: o.id,
  title,
  isLeaf: o.childCount === 0,
});

export function SubtreePicker(props: Props) {
  const { rootId, known, placeholder, style } = props;
  const t = useT();
  const owner = useOrg(rootId);
  const roots = useRoots(owner.isError);
  const ownerPath = owner.data?.path;
  const [loaded, setLoaded] = useState<PickerNode[]>([]);
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const hits = useQuery({ queryKey: orgKeys.search(term), queryFn: () => searchOrgs(term, 30), enabled: term.length > 0 });

  const top = useMemo<OrgSummary[]>(() => {
    if (owner.data) return [owner.data];
    // Not a reader of the owner: the user's own roots (the server refuses nodes outside the campaign).
    return roots.data ?? [];
  }, [owner.data, roots.data]);
  const inside = (o: OrgSummary) => !ownerPath || o.path.startsWith(ownerPath);

  const treeData = useMemo<PickerNode[]>(() => {
    if (term) return (hits.data ?? []).filter(inside).map((h) => ({ ...toNode(h, 0, h.pathNames.join(' / ')), isLeaf: true }));
    return [...top.map((o) => toNode(o, 0)), ...loaded];
    // `inside` reads ownerPath only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [term, hits.data, top, loaded, ownerPath]);

  // Names of chosen nodes, wherever they were seen (the tree, a search, the caller).
  const [seen, setSeen] = useState<Map<number, string>>(() => new Map());
  const nameOf = (id: number) =>
    seen.get(id) ?? treeData.find((n) => n.id === id)?.title ?? known?.find((k) => k.id === id)?.name ?? String(id);
  const remember = (ids: number[]) =>
    setSeen((m) => {
      const next = new Map(m);
      for (const id of ids) next.set(id, (hits.data ?? []).find((h) => h.id === id)?.name ?? nameOf(id));
      return next;
    });
  const labelled = (id: number) => ({ value: id, label: nameOf(id) });

  const loadData = async (node: { value?: unknown }) => {
    const id = Number(node.value);
    if (!id || loaded.some((n) => n.pId === id)) return;
    const page = await fetchChildren(id, 1, TREE_PAGE);
    setLoaded((l) => [...l, ...page.items.map((o) => toNode(o, id))]);
  };

  const common = {
    'data-testid': props['data-testid'],
    style,
    allowClear: true,
    placeholder: placeholder ?? t('orgPicker.placeholder'),
    treeDataSimpleMode: { id: 'id', pId: 'pId', rootPId: 0 },
    treeData,
    loadData: term ? undefined : loadData,
    popupMatchSelectWidth: false,
    styles: { popup: { root: { minWidth: 280, maxWidth: '90vw' } } },
    notFoundContent: term ? t('orgPicker.noMatch') : undefined,
    showSearch: { searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true },
    treeNodeFilterProp: 'title',
  };
  if (props.multiple)
    return (
      <TreeSelect<{ value: number; label: string }[]>
        {...common}
        multiple
        labelInValue
        value={(props.value ?? []).map(labelled)}
        onChange={(vs) => {
          const ids = (vs ?? []).map((v) => Number(v.value));
          remember(ids);
          setSearch('');
          props.onChange?.(ids);
        }}
      />
    );
  return (
    <TreeSelect<{ value: number; label: string } | undefined>
      {...common}
      labelInValue
      value={props.value ? labelled(props.value) : undefined}
      onChange={(v) => {
        const id = v ? Number(v.value) : null;
        if (id) remember([id]);
        setSearch('');
        props.onChange?.(id);
      }}
    />
  );
}
