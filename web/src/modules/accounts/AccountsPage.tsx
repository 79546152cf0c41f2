// 账号管理: accounts in the admin's subtrees, with roles, password resets and disabling.
import { App, Button, Card, Dropdown, Flex, Input, Select, Space, Table, Tag, Typography, type MenuProps, type TableProps } from 'antd';
import { DownOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '@xianfeng/shared/domain';
import type { AccountRow } from '@xianfeng/shared/schemas/accounts';
import { OrgPicker } from '../../app/OrgPicker';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { accountKeys, isLocked, resetPassword, setDisabled, unlockAccount, useAccounts, type AccountsParams } from './accounts.api';
import { CreateAccountModal } from './CreateAccountModal';
import { GrantsModal } from './GrantsModal';
import { RoleSelect } from './RoleSelect';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';

function StatusTags({ a }: { a: AccountRow }) {
  const t = useT();
  if (a.disabled) return <Tag>{t('accountsPage.status.disabled')}</Tag>;
  return (
    <Space size={4} wrap>
      {isLocked(a) ? <Tag color="orange">{t('accountsPage.status.locked')}</Tag> : <Tag color="green">{t('accountsPage.status.active')}</Tag>}
      {a.mustChangePassword && <Tag color="gold">{t('accountsPage.status.mustChange')}</Tag>}
    </Space>
  );
}

export default function AccountsPage() {
  const t = useT();
  const fmt = useFormat();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [params, setParams] = useState<AccountsParams>({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<AccountRow | null>(null);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const accounts = useAccounts(params);
  const filter = (change: Partial<AccountsParams>) => setParams((p) => ({ ...p, ...change, page: 1 }));

  useEffect(() => {
    const timer = setTimeout(() => setParams((p) => (p.q === (text.trim() || undefined) ? p : { ...p, q: text.trim() || undefined, page: 1 })), 400);
    return () => clearTimeout(timer);
  }, [text]);

  const done = (key: 'accountsPage.disabledDone' | 'accountsPage.enabledDone' | 'accountsPage.unlockedDone') => async () => {
    void message.success(t(key));
    await client.invalidateQueries({ queryKey: accountKeys.all });
  };
  const onError = async (err: unknown) => {
    showError(err);
    await client.invalidateQueries({ queryKey: accountKeys.all });
  };
  const disable = useMutation({ mutationFn: (a: AccountRow) => setDisabled(a, true), onSuccess: done('accountsPage.disabledDone'), onError });
  const enable = useMutation({ mutationFn: (a: AccountRow) => setDisabled(a, false), onSuccess: done('accountsPage.enabledDone'), onError });
  const unlock = useMutation({ mutationFn: (a: AccountRow) => unlockAccount(a.id), onSuccess: done('accountsPage.unlockedDone'), onError });
  const reset = useMutation({
    mutationFn: (a: AccountRow) => resetPassword(a.id),
    onSuccess: async (res, a) => {
      setPassword({ username: a.username, password: res.temporaryPassword });
      await client.invalidateQueries({ queryKey: accountKeys.all });
    },
    onError,
  });

  // 重置密码, 停用/启用 and 解锁 sit in a menu, each asking for confirmation first.
  const ask = (title: string, run: () => Promise<unknown>, danger = false) =>
    modal.confirm({ title, okText: t('common.ok'), cancelText: t('common.cancel'), okButtonProps: { danger }, onOk: () => run().catch(() => undefined) });
  const moreItems = (a: AccountRow): MenuProps['items'] => [
    { key: 'reset', label: t('accountsPage.reset'), onClick: () => ask(t('accountsPage.resetConfirm', { username: a.username }), () => reset.mutateAsync(a)) },
    a.disabled
      ? { key: 'enable', label: t('accountsPage.enable'), onClick: () => ask(t('accountsPage.enableConfirm', { username: a.username }), () => enable.mutateAsync(a)) }
      : {
          key: 'disable',
          danger: true,
          label: t('accountsPage.disable'),
          onClick: () => ask(t('accountsPage.disableConfirm', { username: a.username }), () => disable.mutateAsync(a), true),
        },
    ...(isLocked(a)
      ? [{ key: 'unlock', label: t('accountsPage.unlock'), onClick: () => ask(t('accountsPage.unlockConfirm', { username: a.username }), () => unlock.mutateAsync(a)) }]
      : []),
  ];

  const columns: TableProps<AccountRow>['columns'] = [
    { key: 'username', title: t('accountsPage.username'), width: 130, fixed: 'left', render: (_, a) => <Typography.Text code>{a.username}</Typography.Text> },
    { key: 'person', title: t('accountsPage.person'), width: 90, render: (_, a) => <Link to={`/people/${a.personId}`}>{a.personName}</Link> },
    { key: 'org', title: t('accountsPage.org'), ellipsis: true, render: (_, a) => a.orgName ?? t('common.none') },
    {
      key: 'grants',
      title: t('accountsPage.roles'),
      width: 260,
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {a.grants.map((g) => (
            <Tag key={g.id} color="red" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
              {t('accountsPage.grantTag', { role: t(`role.${g.role}`), org: g.orgName })}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'status', title: t('accountsPage.status'), width: 130, render: (_, a) => <StatusTags a={a} /> },
    { key: 'lastLogin', title: t('accountsPage.lastLogin'), width: 170, render: (_, a) => fmt.dateTime(a.lastLoginAt) || t('common.none') },
    {
      key: 'actions',
      title: t('accountsPage.actions'),
      width: 150,
      fixed: 'right',
      render: (_, a) =>
        a.manageable && (
          <Space size={12}>
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setGranting(a)}>
              {t('accountsPage.grants')}
            </Button>
            <Dropdown menu={{ items: moreItems(a) }} trigger={['click']}>
              <Button type="link" size="small" style={{ padding: 0 }} data-testid={`account-more-${a.username}`}>
                {t('accountsPage.more')} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('accountsPage.title')}
        </Typography.Title>
        <Button data-testid="account-create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('accountsPage.create')}
        </Button>
      </Flex>
      <Card size="small">
        <Space wrap size={[8, 8]}>
          <OrgPicker value={params.orgId ?? null} onChange={(id) => filter({ orgId: id ?? undefined })} style={{ width: 260, maxWidth: '100%' }} />
          <Input
            data-testid="account-search"
            allowClear
            prefix={<SearchOutlined />}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => filter({ q: text.trim() || undefined })}
            placeholder={t('accountsPage.search')}
            style={{ width: 260, maxWidth: '100%' }}
          />
          <Select<'all' | 'enabled' | 'disabled'>
            value={params.disabled === undefined ? 'all' : params.disabled ? 'disabled' : 'enabled'}
            onChange={(v) => filter({ disabled: v === 'all' ? undefined : v === 'disabled' })}
            options={[
              { value: 'all', label: t('accountsPage.filter.all') },
              { value: 'enabled', label: t('accountsPage.filter.enabled') },
              { value: 'disabled', label: t('accountsPage.filter.disabled') },
            ]}
            style={{ width: 120 }}
          />
          <RoleSelect allowClear value={params.role} onChange={(v: Role | undefined) => filter({ role: v })} style={{ width: 160 }} />
        </Space>
      </Card>
      {accounts.isError ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <Table<AccountRow>
          data-testid="accounts-table"
          rowKey="id"
          size="middle"
          loading={accounts.isFetching}
          columns={columns}
          dataSource={accounts.data?.items ?? []}
          scroll={{ x: 1050 }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: accounts.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('common.total', { total: fmt.number(total) }),
            onChange: (page, pageSize) => setParams((p) => ({ ...p, page: pageSize === p.pageSize ? page : 1, pageSize })),
          }}
        />
      )}
      <CreateAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(username, temporary) => {
          if (temporary) setPassword({ username, password: temporary });
          else void message.success(t('accountsPage.created', { username }));
        }}
      />
      <GrantsModal account={granting} onClose={() => setGranting(null)} />
      <TemporaryPasswordModal shown={password} onClose={() => setPassword(null)} />
    </Space>
  );
}
