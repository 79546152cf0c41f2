// 授权: the roles an account holds at nodes (each reaching the node's subtree); add and remove.
import { App, Button, Empty, List, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Role } from '@xianfeng/shared/domain';
import type { AccountRow } from '@xianfeng/shared/schemas/accounts';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { accountKeys, addGrant, removeGrant } from './accounts.api';
import { RoleSelect } from './RoleSelect';

interface Props {
  account: AccountRow | null;
  onClose: () => void;
}

export function GrantsModal({ account: initial, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  // The row as the last change returned it.
  const [account, setAccount] = useState<AccountRow | null>(initial);
  const [orgId, setOrgId] = useState<number | null>(null);
  const [role, setRole] = useState<Role | undefined>();
  useEffect(() => {
    setAccount(initial);
    setOrgId(null);
    setRole(undefined);
  }, [initial]);

  const changed = async (row: AccountRow) => {
    setAccount(row);
    await client.invalidateQueries({ queryKey: accountKeys.all });
  };
  const add = useMutation({
    mutationFn: () => addGrant(account!.id, { orgId: orgId!, role: role! }),
    onSuccess: async (row) => {
      void message.success(t('accountsPage.granted'));
      setOrgId(null);
      setRole(undefined);
      await changed(row);
    },
    onError: (err) => showError(err),
  });
  const remove = useMutation({
    mutationFn: (grantId: number) => removeGrant(account!.id, grantId),
    onSuccess: async (row) => {
      void message.success(t('accountsPage.revoked'));
      await changed(row);
    },
    onError: (err) => showError(err),
  });

  return (
    <Modal
      open={!!initial}
      title={account ? t('accountsPage.grantsTitle', { name: account.personName, username: account.username }) : ''}
      footer={null}
      onCancel={onClose}
      width={640}
    >
      {account && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {account.grants.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accountsPage.noGrants')} />
          ) : (
            <List
              size="small"
              bordered
              dataSource={account.grants}
              renderItem={(g) => (
                <List.Item
                  actions={[
                    <Popconfirm
                      key="remove"
                      title={t('accountsPage.revokeConfirm', { role: t(`role.${g.role}`), org: g.orgName })}
                      okText={t('common.ok')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutate(g.id)}
                    >
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('accountsPage.revoke')} />
                    </Popconfirm>,
                  ]}
                >
                  <Space>
                    <Tag color="red">{t(`role.${g.role}`)}</Tag>
                    <Typography.Text>{g.orgName}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Typography.Text type="secondary">{t('accountsPage.rolesHint')}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <OrgPicker data-testid="grant-org" value={orgId} onChange={setOrgId} style={{ flex: 1, minWidth: 0 }} />
            <RoleSelect data-testid="grant-role" value={role} onChange={setRole} style={{ width: 160 }} />
            <Button type="primary" icon={<PlusOutlined />} disabled={!orgId || !role} loading={add.isPending} onClick={() => add.mutate()}>
              {t('accountsPage.grant')}
            </Button>
          </Space.Compact>
        </Space>
      )}
    </Modal>
  );
}
