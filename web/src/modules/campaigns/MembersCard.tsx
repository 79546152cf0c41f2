// The campaign's people: 领导小组, 办公室 and 指导组 (with the units each guidance member supervises).
// The owner's staff add, edit and remove them, in a draft or a launched campaign.
import { App, Button, Card, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MEMBER_ROLES, type CampaignDetail, type MemberView } from '@xianfeng/shared/schemas/campaigns';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { campaignKeys, removeMember, useMembers } from './campaigns.api';
import { MemberModal, type MemberDialog } from './MemberModal';

export function MembersCard({ campaign, manage }: { campaign: CampaignDetail; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const members = useMembers(campaign.id);
  const [dialog, setDialog] = useState<MemberDialog>(null);
  const all = members.data ?? [];

  const remove = async (m: MemberView) => {
    try {
      await removeMember(campaign.id, m.id);
      void message.success(t('campaignPeople.removed', { name: m.name }));
      await client.invalidateQueries({ queryKey: campaignKeys.members(campaign.id) });
    } catch (err) {
      showError(err);
    }
  };
  const ops = (m: MemberView) =>
    manage
      ? [
          <Button
            key="edit"
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('campaignPlan.edit')}
            onClick={() => setDialog({ member: m, role: m.role })}
          />,
          <Popconfirm
            key="rm"
            title={t('campaignPeople.removeConfirm', { name: m.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => void remove(m)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('campaignPlan.remove')} />
          </Popconfirm>,
        ]
      : [];

  if (members.isError) return <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="members">
      {MEMBER_ROLES.map((role) => {
        const inRole = all.filter((m) => m.role === role);
        return (
          <Card
            key={role}
            size="small"
            title={t('campaignPeople.roleCount', { role: t(`campaignPeople.role.${role}`), count: inRole.length })}
            extra={
              manage && (
                <Button
                  data-testid={`member-add-${role}`}
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ member: null, role })}
                >
                  {t('campaignPeople.add')}
                </Button>
              )
            }
          >
            {members.isPending ? (
              <Skeleton active paragraph={{ rows: 1 }} />
            ) : (
              <List
                size="small"
                dataSource={inRole}
                locale={{ emptyText: <Typography.Text type="secondary">{t('campaignPeople.empty')}</Typography.Text> }}
                renderItem={(m) => (
                  <List.Item actions={ops(m)} data-testid="member">
                    <List.Item.Meta
                      title={
                        <Space size={6} wrap>
                          <span>{m.name}</span>
                          {m.title && <Typography.Text type="secondary">{m.title}</Typography.Text>}
                        </Space>
                      }
                      description={
                        role === 'guidance' &&
                        (m.orgs.length > 0 ? (
                          <Space size={[4, 4]} wrap>
                            <Typography.Text type="secondary">{t('campaignPeople.supervises')}</Typography.Text>
                            {m.orgs.map((o) => (
                              <Tag key={o.id} style={{ marginInlineEnd: 0 }}>
                                {o.name}
                              </Tag>
                            ))}
                          </Space>
                        ) : (
                          <Typography.Text type="secondary">{t('campaignPeople.noUnits')}</Typography.Text>
                        ))
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        );
      })}
      <MemberModal campaign={campaign} members={all} dialog={dialog} onClose={() => setDialog(null)} />
    </Space>
  );
}
