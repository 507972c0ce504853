import {
  Button,
  Divider,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { UnitSelect } from '../../../components/UnitSelect';
import { useI18n } from '../../../core/i18n';
import { useCommand } from '../../../core/query';
import { CommandModal } from '../../../components/CommandModal';
import { useRequired } from '../shared';
import { ROLE_LABELS, type Role, type RoleGrant, type UserListItem } from '../types';
import { useRoleOptions } from './CreateUser';

interface GrantAnswer {
  userId: string;
  grants: RoleGrant[];
}

/** The user's roles on units: revoke one, or grant another. */
export function GrantsDialog({
  user,
  names,
  onClose,
}: {
  user: UserListItem;
  names: Map<string, string>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const required = useRequired();
  const roles = useRoleOptions();
  const [form] = Form.useForm<RoleGrant>();
  // The list is a read model that may lag; the commands answer with the grants as they now stand.
  const [grants, setGrants] = useState<RoleGrant[]>(user.grants);
  const grant = useCommand<RoleGrant, GrantAnswer>({
    path: `/admin/users/${user.userId}/grants`,
    form,
    invalidate: ['/admin/users'],
    success: { vi: 'Đã cấp vai trò.', en: 'The role was granted.' },
    onSuccess: (answer) => {
      setGrants(answer.grants);
      form.resetFields();
    },
  });
  const revoke = useCommand<RoleGrant, GrantAnswer>({
    path: `/admin/users/${user.userId}/grants/revoke`,
    invalidate: ['/admin/users'],
    success: { vi: 'Đã thu hồi vai trò.', en: 'The role was revoked.' },
    onSuccess: (answer) => setGrants(answer.grants),
  });

  const labelOf = (g: RoleGrant) =>
    `${t(ROLE_LABELS[g.role] ?? { vi: g.role, en: g.role })} — ${names.get(g.unitCode) ?? g.unitCode} (${g.unitCode})`;

  return (
    <Modal
      open
      title={t(`Phân quyền: ${user.displayName}`, `Roles: ${user.displayName}`)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('Đóng', 'Close')}</Button>}
      data-testid="user-grants-dialog"
    >
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('Vai trò hiện có', 'Current roles')}
      </Typography.Title>
      {grants.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('Chưa có vai trò nào.', 'No roles yet.')}
        />
      ) : (
        <Table<RoleGrant>
          size="small"
          pagination={false}
          showHeader={false}
          dataSource={grants}
          rowKey={(g) => `${g.role}-${g.unitCode}`}
          columns={[
            { key: 'label', render: (_, g) => labelOf(g) },
            {
              key: 'revoke',
              align: 'right',
              render: (_, g) => (
                <Popconfirm
                  title={t('Thu hồi vai trò này?', 'Revoke this role?')}
                  okText={t('Thu hồi', 'Revoke')}
                  cancelText={t('Huỷ', 'Cancel')}
                  onConfirm={() => revoke.mutateAsync(g)}
                >
                  <Button size="small" danger aria-label={t(`Thu hồi ${labelOf(g)}`, `Revoke ${labelOf(g)}`)}>
                    {t('Thu hồi', 'Revoke')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      <Divider />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('Cấp thêm vai trò', 'Grant a role')}
      </Typography.Title>
      <Form<RoleGrant> form={form} layout="vertical" onFinish={(v) => grant.mutate(v)}>
        <Form.Item
          name="role"
          label={t('Vai trò', 'Role')}
          rules={[required('Vui lòng chọn vai trò.', 'Choose a role.')]}
        >
          <Select<Role> options={roles} />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('Đơn vị (gồm cả cấp dưới)', 'Unit (with the units below)')}
          rules={[required('Vui lòng chọn đơn vị.', 'Choose a unit.')]}
        >
          <UnitSelect />
        </Form.Item>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={grant.isPending}>
            {t('Cấp vai trò', 'Grant')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

/** Disables an account, with a reason. */
export function DisableUser({ user, onClose }: { user: UserListItem; onClose(): void }) {
  const { t } = useI18n();
  const required = useRequired();
  return (
    <CommandModal<{ reason: string }>
      title={t(`Khoá tài khoản ${user.username}`, `Disable ${user.username}`)}
      path={`/admin/users/${user.userId}/disable`}
      invalidate={['/admin/users']}
      success={{ vi: 'Đã khoá tài khoản.', en: 'The account was disabled.' }}
      onClose={onClose}
      okText={t('Khoá', 'Disable')}
      okDanger
      modalTestId="user-disable-dialog"
    >
      <Typography.Paragraph type="secondary">
        {t('Người dùng sẽ bị đăng xuất ở lần kiểm tra kế tiếp.', 'The user is signed out at the next check.')}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('Lý do', 'Reason')}
        rules={[required('Vui lòng nhập lý do.', 'Enter the reason.'), { max: 500 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModal>
  );
}
