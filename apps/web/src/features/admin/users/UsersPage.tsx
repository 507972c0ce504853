import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useMyUnits } from '../../../components/UnitSelect';
import { useAuth } from '../../../core/auth';
import { searchKey } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery, useCommand } from '../../../core/query';
import { ROLE_LABELS, type UserListItem } from '../types';
import { CreateUser } from './CreateUser';
import { DisableUser, GrantsDialog } from './UserDialogs';

/** Map of unit code → name for the admin's own units. */
export function useUnitNames() {
  const units = useMyUnits();
  return useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u.name])), [units.data]);
}

/** Users holding a role within the admin's units: roles, disable / enable, grants. */
export function UsersPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const { modal } = App.useApp();
  const users = useApiQuery<UserListItem[]>('/admin/users');
  const names = useUnitNames();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<string | null>(null);
  const [disabling, setDisabling] = useState<UserListItem | null>(null);
  const enable = useCommand<{ userId: string }>({
    path: (b) => `/admin/users/${b.userId}/enable`,
    invalidate: ['/admin/users'],
    success: { vi: 'Đã mở khoá tài khoản.', en: 'The account was enabled.' },
  });

  const rows = useMemo(() => {
    const key = searchKey(filter);
    return (users.data ?? []).filter(
      (u) => !key || searchKey(`${u.displayName} ${u.username}`).includes(key),
    );
  }, [users.data, filter]);
  const grantingUser = users.data?.find((u) => u.userId === granting);

  const columns: TableColumnsType<UserListItem> = [
    {
      title: t('Người dùng', 'User'),
      dataIndex: 'displayName',
      render: (name: string, u) => (
        <Flex vertical>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary">{u.username}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('Vai trò trên đơn vị', 'Roles on units'),
      dataIndex: 'grants',
      render: (grants: UserListItem['grants']) => (
        <Flex wrap="wrap" gap={4}>
          {grants.length === 0 && (
            <Typography.Text type="secondary">{t('Chưa có vai trò', 'No role')}</Typography.Text>
          )}
          {grants.map((g) => (
            <Tag key={`${g.role}-${g.unitCode}`} color="blue">
              {t(ROLE_LABELS[g.role] ?? { vi: g.role, en: g.role })} — {names.get(g.unitCode) ?? g.unitCode}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('Trạng thái', 'Status'),
      key: 'status',
      render: (_, u) => (
        <Flex wrap="wrap" gap={4}>
          {u.disabled ? (
            <Tag color="red">{t('Đã khoá', 'Disabled')}</Tag>
          ) : (
            <Tag color="green">{t('Hoạt động', 'Active')}</Tag>
          )}
          {u.mustChangePassword && <Tag color="orange">{t('Phải đổi mật khẩu', 'Must change password')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('Thao tác', 'Actions'),
      key: 'actions',
      render: (_, u) => (
        <Space wrap>
          <Button
            size="small"
            onClick={() => setGranting(u.userId)}
            aria-label={t(`Phân quyền cho ${u.username}`, `Roles of ${u.username}`)}
          >
            {t('Phân quyền', 'Roles')}
          </Button>
          {u.userId !== me?.user.userId &&
            (u.disabled ? (
              <Button
                size="small"
                aria-label={t(`Mở khoá ${u.username}`, `Enable ${u.username}`)}
                onClick={() =>
                  modal.confirm({
                    title: t(`Mở khoá tài khoản ${u.username}?`, `Enable the account ${u.username}?`),
                    okText: t('Mở khoá', 'Enable'),
                    cancelText: t('Huỷ', 'Cancel'),
                    onOk: () => enable.mutateAsync({ userId: u.userId }),
                  })
                }
              >
                {t('Mở khoá', 'Enable')}
              </Button>
            ) : (
              <Button
                size="small"
                danger
                onClick={() => setDisabling(u)}
                aria-label={t(`Khoá ${u.username}`, `Disable ${u.username}`)}
              >
                {t('Khoá', 'Disable')}
              </Button>
            ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('Người dùng', 'Users')}
        crumbs={[{ title: t('Quản trị', 'Administration') }, { title: t('Người dùng', 'Users') }]}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="users-create"
          >
            {t('Tạo người dùng', 'Create a user')}
          </Button>
        }
      />
      <Input.Search
        aria-label={t('Tìm người dùng', 'Search users')}
        placeholder={t('Tìm theo họ tên hoặc tên đăng nhập', 'Search by name or username')}
        allowClear
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <ErrorAlert error={users.error} />
      <Table<UserListItem>
        rowKey="userId"
        columns={columns}
        dataSource={rows}
        loading={users.isLoading}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('Không có người dùng nào.', 'No users.')} /> }}
        data-testid="users-table"
      />
      {creating && <CreateUser onClose={() => setCreating(false)} />}
      {grantingUser && <GrantsDialog user={grantingUser} names={names} onClose={() => setGranting(null)} />}
      {disabling && <DisableUser user={disabling} onClose={() => setDisabling(null)} />}
    </>
  );
}
