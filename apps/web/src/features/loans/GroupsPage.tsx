import { PlusOutlined } from '@ant-design/icons';
import { Form, Input, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { formatDate, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { CommandModalButton } from '../../components/CommandModal';
import { useGroups, useVillageName } from './hooks';
import { PersonName } from '../../components/PersonLink';
import type { SavingsGroup } from './types';

/** The savings-and-loan groups (Tổ TK&VV) of the user's villages. */
export function GroupsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [village, setVillage] = useState<string | undefined>();
  const groups = useGroups(village);
  const villageName = useVillageName();
  const req = { required: true, message: t('Bắt buộc', 'Required') };

  return (
    <>
      <PageHeader
        title={t('Tổ tiết kiệm và vay vốn', 'Savings-and-loan groups')}
        extra={
          <>
            <UnitSelect
              levels={['village']}
              aria-label={t('Thôn', 'Village')}
              placeholder={t('Mọi thôn', 'Any village')}
              allowClear
              value={village}
              onChange={setVillage}
              style={{ minWidth: 180 }}
            />
            {can('loans:write') && (
              <CommandModalButton<{ name: string; villageCode: string; formedOn: Dayjs }>
                buttonType="primary"
                icon={<PlusOutlined />}
                label={t('Thành lập tổ', 'Form a group')}
                title={t('Thành lập Tổ tiết kiệm và vay vốn', 'Form a savings-and-loan group')}
                path="/savings-groups"
                invalidate={['/savings-groups']}
                success={{ vi: 'Đã thành lập tổ', en: 'Group formed' }}
                initialValues={{ formedOn: dayjs(), villageCode: village }}
                toBody={(v) => ({ name: v.name.trim(), villageCode: v.villageCode, formedOn: toIsoDate(v.formedOn) })}
                testId="form-group"
              >
                <Form.Item name="name" label={t('Tên tổ', 'Group name')} rules={[req, { max: 200 }]}>
                  <Input placeholder="Tổ TK&VV số 2 thôn Đông" />
                </Form.Item>
                <Form.Item name="villageCode" label={t('Thôn', 'Village')} rules={[req]}>
                  <UnitSelect levels={['village']} />
                </Form.Item>
                <Form.Item name="formedOn" label={t('Ngày thành lập', 'Formed on')} rules={[req]}>
                  <DateField />
                </Form.Item>
              </CommandModalButton>
            )}
          </>
        }
      />
      <ErrorAlert error={groups.error} />
      <Table<SavingsGroup>
        data-testid="savings-groups"
        rowKey="groupId"
        size="small"
        loading={groups.isLoading}
        dataSource={groups.groups}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('Chưa có tổ nào', 'No groups yet') }}
        columns={[
          {
            title: t('Tên tổ', 'Group'),
            dataIndex: 'name',
            render: (name: string, g) => <Link to={`/savings-groups/${g.groupId}`}>{name}</Link>,
          },
          { title: t('Thôn', 'Village'), dataIndex: 'villageCode', render: (c: string) => villageName(c) },
          { title: t('Ngày thành lập', 'Formed on'), dataIndex: 'formedOn', render: formatDate },
          { title: t('Tổ trưởng', 'Leader'), dataIndex: 'leaderPersonId', render: (p: string | null) => <PersonName id={p} /> },
          { title: t('Số thành viên', 'Members'), key: 'members', align: 'right', render: (_, g) => g.members.length },
        ]}
      />
    </>
  );
}
