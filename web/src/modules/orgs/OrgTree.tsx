// The left pane: a search box and the lazily loaded tree (virtual list, "load more" per 200).
import { useEffect, useMemo, useRef, useState, type Key } from 'react';
import { AutoComplete, Empty, Input, Spin, Tag, Tree, Typography, type GetRef } from 'antd';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { useQuery } from '@tanstack/react-query';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { orgKeys, searchOrgs, useRoots } from './orgs.api';
import type { LazyTree } from './useLazyTree';

interface TreeItem {
  key: string;
  title: string;
  isLeaf: boolean;
  org?: OrgSummary;
  /** A "load more" row: the parent whose next page it loads. */
  moreOf?: number;
  children?: TreeItem[];
}

function useDebounced(value: string, ms = 250) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function OrgTree({ tree, selectedId, selectedPath, selectedHasChildren, onSelect, height }: {
  tree: LazyTree;
  selectedId: number | null;
  selectedPath: string | null;
  /** The chosen node opens too, showing its children. */
  selectedHasChildren: boolean;
  onSelect: (id: number) => void;
  height: number;
}) {
  const t = useT();
  const showError = useShowError();
  const roots = useRoots();
  const ref = useRef<GetRef<typeof Tree>>(null);
  const [text, setText] = useState('');
  const term = useDebounced(text.trim());
  const hits = useQuery({ queryKey: orgKeys.search(term), queryFn: () => searchOrgs(term, 20), enabled: term.length > 0 });

  const { kids } = tree;
  const data = useMemo<TreeItem[]>(() => {
    const build = (o: OrgSummary): TreeItem => {
      const loaded = kids.get(o.id);
      const children = loaded?.items.map(build);
      if (loaded && children && loaded.items.length < loaded.total) {
        const shown = loaded.items.length;
        children.push({ key: `more:${o.id}`, title: t('orgTree.loadMore', { shown, total: loaded.total }), isLeaf: true, moreOf: o.id });
      }
      return { key: String(o.id), title: o.name, isLeaf: o.childCount === 0 && !loaded?.items.length, org: o, children };
    };
    return (roots.data ?? []).map(build);
  }, [roots.data, kids, t]);

  // Open the tree down to the node shown on the right, and bring it into view.
  const rootIds = useMemo(() => (roots.data ?? []).map((r) => r.id), [roots.data]);
  const { expandTo } = tree;
  useEffect(() => {
    if (!selectedPath || !selectedId || rootIds.length === 0) return;
    expandTo(selectedPath, rootIds, selectedHasChildren)
      .then(() => setTimeout(() => ref.current?.scrollTo({ key: String(selectedId), align: 'auto' }), 50))
      .catch(showError);
  }, [selectedPath, selectedId, selectedHasChildren, rootIds, expandTo, showError]);

  const options = (hits.data ?? []).map((h) => ({
    value: String(h.id),
    label: (
      <div>
        <div>
          {h.name} {h.dissolvedOn && <Tag>{t('org.dissolvedTag')}</Tag>}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
          {h.pathNames.slice(0, -1).join(' / ')}
        </Typography.Text>
      </div>
    ),
  }));

  return (
    <div>
      <AutoComplete
        style={{ width: '100%', marginBottom: 8 }}
        value={text}
        options={options}
        onChange={setText}
        onSelect={(v: string) => {
          setText('');
          onSelect(Number(v));
        }}
        notFoundContent={term && !hits.isFetching ? t('orgPicker.noMatch') : undefined}
      >
        <Input.Search placeholder={t('orgTree.search')} allowClear loading={hits.isFetching} data-testid="org-search" />
      </AutoComplete>
      {roots.isPending ? (
        <Spin />
      ) : data.length === 0 ? (
        <Empty description={t('orgTree.empty')} />
      ) : (
        <Tree<TreeItem>
          ref={ref}
          data-testid="org-tree"
          treeData={data}
          height={height}
          blockNode
          expandedKeys={tree.expanded}
          onExpand={(keys) => tree.setExpanded(keys as Key[])}
          selectedKeys={selectedId ? [String(selectedId)] : []}
          loadData={async (node) => {
            const id = Number(node.key);
            if (id) await tree.ensure(id).catch(showError);
          }}
          onSelect={(_keys, { node }) => {
            if (node.moreOf) void tree.loadMore(node.moreOf).catch(showError);
            else if (node.org) onSelect(node.org.id);
          }}
          titleRender={(node) =>
            node.moreOf ? (
              <Typography.Link data-testid="org-tree-more">{node.title}</Typography.Link>
            ) : (
              <span data-testid={`org-node-${node.key}`}>
                {node.title}
                {node.org?.dissolvedOn && <Tag style={{ marginInlineStart: 6 }}>{t('org.dissolvedTag')}</Tag>}
              </span>
            )
          }
        />
      )}
    </div>
  );
}
