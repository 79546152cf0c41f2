// A role (角色) by its label.
import { Select, type SelectProps } from 'antd';
import { ROLES, type Role } from '@xianfeng/shared/domain';
import { useT } from '../../app/i18n';

export function RoleSelect(props: SelectProps<Role>) {
  const t = useT();
  return <Select<Role> placeholder={t('accountsPage.role')} {...props} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />;
}
