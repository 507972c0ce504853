import { CrownOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Form, Input, Select, Skeleton, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { formatDate, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { CommandModalButton } from '../../components/CommandModal';
import { useProgrammes, useVillageName } from './hooks';
import { PersonName } from '../../components/PersonLink';
import { BorrowerLink, StatusTag, vndCell } from './parts';
import { PersonSearch } from './PersonSearch';
import type { GroupMember, LoanStatus, LoanSummary, SavingsGroupDetails } from './types';

const INVALIDATE = ['/savings-groups', '/loans'];

/** One savings-and-loan group: members, leader, loans; join, leave and set-leader actions. */
export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const query = useApiQuery<SavingsGroupDetails>(`/savings-groups/${encodeURIComponent(id)}`);
  const programmes = useProgrammes();
  const villageName = useVillageName();
  const group = query.data;
  const write = can('loans:write');
  const req = { required: true, message: t('Bắt buộc', 'Required') };
  const base = `/savings-groups/${encodeURIComponent(id)}`;

  if (query.isLoading) return <Skeleton active />;
  if (!group) return <ErrorAlert error={query.error} />;

  return (
    <>
      <PageHeader
        title={group.name}
        crumbs={[{ title: t('Tổ TK&VV', 'Savings groups'), to: '/savings-groups' }, { title: group.name }]}
        extra={
          write && (
            <>
              <CommandModalButton<{ personId: string; householdId: string; joinedOn: Dayjs }>
                buttonType="primary"
                icon={<UserAddOutlined />}
                label={t('Kết nạp thành viên', 'Add a member')}
                title={t('Kết nạp thành viên', 'A member joins')}
                path={`${base}/members`}
                invalidate={INVALIDATE}
                success={{ vi: 'Đã kết nạp thành viên', en: 'Member added' }}
                initialValues={{ joinedOn: dayjs() }}
                toBody={(v) => ({ personId: v.personId, householdId: v.householdId.trim(), joinedOn: toIsoDate(v.joinedOn) })}
                testId="group-join"
              >
                <>
                    <Form.Item name="personId" label={t('Người tham gia', 'Person')} rules={[req]}>
                      <PersonSearch />
                    </Form.Item>
                    <Form.Item name="householdId" label={t('Mã hộ gia đình', 'Household id')} rules={[req]}>
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item name="joinedOn" label={t('Ngày vào tổ', 'Joined on')} rules={[req]}>
                      <DateField />
                    </Form.Item>
                </>
              </CommandModalButton>
              {group.members.length > 0 && (
                <CommandModalButton<{ personId: string; since: Dayjs }>
                  icon={<CrownOutlined />}
                  label={t('Chọn tổ trưởng', 'Set leader')}
                  title={t('Chọn tổ trưởng', 'Set the group leader')}
                  path={`${base}/leader`}
                  invalidate={INVALIDATE}
                  success={{ vi: 'Đã chọn tổ trưởng', en: 'Leader set' }}
                  initialValues={{ since: dayjs(), personId: group.leaderPersonId ?? undefined }}
                  toBody={(v) => ({ personId: v.personId, since: toIsoDate(v.since) })}
                  testId="group-leader"
                >
                  <Form.Item name="personId" label={t('Tổ trưởng', 'Leader')} rules={[req]}>
                    <Select
                      options={group.members.map((m) => ({ value: m.personId, label: <PersonName id={m.personId} /> }))}
                    />
                  </Form.Item>
                  <Form.Item name="since" label={t('Từ ngày', 'Since')} rules={[req]}>
                    <DateField />
                  </Form.Item>
                </CommandModalButton>
              )}
            </>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 4 }}
          items={[
            { key: 'village', label: t('Thôn', 'Village'), children: villageName(group.villageCode) },
            { key: 'formed', label: t('Ngày thành lập', 'Formed on'), children: formatDate(group.formedOn) },
            { key: 'leader', label: t('Tổ trưởng', 'Leader'), children: <PersonName id={group.leaderPersonId} /> },
            { key: 'members', label: t('Số thành viên', 'Members'), children: group.members.length },
          ]}
        />
      </Card>
      <Card size="small" title={t('Thành viên', 'Members')} style={{ marginBottom: 16 }}>
        <Table<GroupMember>
          data-testid="group-members"
          rowKey="personId"
          size="small"
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={group.members}
          locale={{ emptyText: t('Tổ chưa có thành viên', 'No members yet') }}
          columns={[
            {
              title: t('Họ tên', 'Name'),
              dataIndex: 'personId',
              render: (p: string) => (
                <Flex gap={4} align="center">
                  <BorrowerLink personId={p} />
                  {p === group.leaderPersonId && <Tag color="gold">{t('Tổ trưởng', 'Leader')}</Tag>}
                </Flex>
              ),
            },
            { title: t('Mã hộ', 'Household'), dataIndex: 'householdId' },
            { title: t('Ngày vào tổ', 'Joined on'), dataIndex: 'joinedOn', render: formatDate },
            ...(write
              ? [
                  {
                    title: t('Thao tác', 'Actions'),
                    key: 'actions',
                    render: (_: unknown, m: GroupMember) =>
                      m.personId === group.leaderPersonId ? null : (
                        <CommandModalButton<{ leftOn: Dayjs; reason: string }>
                          icon={<LogoutOutlined />}
                          label={t('Ra khỏi tổ', 'Leaves')}
                          title={<><PersonName id={m.personId} /> — {t('ra khỏi tổ', 'leaves the group')}</>}
                          path={`${base}/members/${encodeURIComponent(m.personId)}/leave`}
                          invalidate={INVALIDATE}
                          success={{ vi: 'Đã ghi thành viên ra khỏi tổ', en: 'Member left' }}
                          initialValues={{ leftOn: dayjs() }}
                          toBody={(v) => ({ leftOn: toIsoDate(v.leftOn), reason: v.reason.trim() })}
                        >
                          <Form.Item name="leftOn" label={t('Ngày ra khỏi tổ', 'Left on')} rules={[req]}>
                            <DateField />
                          </Form.Item>
                          <Form.Item name="reason" label={t('Lý do', 'Reason')} rules={[req]}>
                            <Input maxLength={500} />
                          </Form.Item>
                        </CommandModalButton>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('Khoản vay của tổ', 'Loans of the group')}>
        <Table<LoanSummary>
          data-testid="group-loans"
          rowKey="loanId"
          size="small"
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={group.loans}
          locale={{ emptyText: t('Tổ chưa có khoản vay', 'No loans yet') }}
          columns={[
            {
              title: t('Người vay', 'Borrower'),
              dataIndex: 'borrowerPersonId',
              render: (p: string, r) => <Link to={`/loans/${r.loanId}`}><PersonName id={p} /></Link>,
            },
            { title: t('Chương trình', 'Programme'), dataIndex: 'programmeCode', render: (c: string) => programmes.nameOf(c) },
            { title: t('Trạng thái', 'Status'), dataIndex: 'status', render: (s: LoanStatus) => <StatusTag status={s} /> },
            { title: t('Ngày nộp', 'Applied on'), dataIndex: 'appliedOn', render: formatDate },
            { title: t('Dư nợ', 'Outstanding'), dataIndex: 'outstandingPrincipal', align: 'right', render: vndCell },
          ]}
        />
      </Card>
    </>
  );
}
