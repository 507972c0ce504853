import { Card, Col, Empty, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { formatDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { StuckOverseasCard } from '../overseas/person';
import { TrainingFollowUpsCard } from '../training/person';
import { LABOUR_STATUS, labelOf } from './labels';
import { useVillageName } from './useVillageName';
import type { WorkList, WorkListItem } from './types';

function FollowUpsCard() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [mine, setMine] = useState<'all' | 'mine'>('all');
  const [withinDays, setWithinDays] = useState(7);
  const villageName = useVillageName();
  const query = useApiQuery<WorkList>('/work-list', { withinDays, mine: mine === 'mine' ? true : undefined });
  const columns: ColumnsType<WorkListItem> = [
    {
      title: t('Họ và tên', 'Full name'),
      dataIndex: 'fullName',
      render: (_: string, row) => <Link to={`/job-seekers/${row.jobSeekerId}`}>{row.fullName}</Link>,
    },
    {
      title: t('Hẹn theo dõi', 'Follow-up'),
      dataIndex: 'followUpOn',
      render: (_: string, row) => (
        <Space size={4} wrap>
          {formatDate(row.followUpOn)}
          {row.overdue ? (
            <Tag color="red">{t(`Quá hạn ${row.daysOverdue} ngày`, `${row.daysOverdue} days overdue`)}</Tag>
          ) : row.followUpOn === query.data?.today ? (
            <Tag color="orange">{t('Đến hạn hôm nay', 'Due today')}</Tag>
          ) : (
            <Tag color="gold">{t('Sắp đến hạn', 'Due soon')}</Tag>
          )}
        </Space>
      ),
    },
    { title: t('Thôn', 'Village'), dataIndex: 'villageCode', render: (v: string) => villageName(v) },
    {
      title: t('Tình trạng việc làm', 'Labour status'),
      dataIndex: 'labourStatus',
      render: (v: string) => t(labelOf(LABOUR_STATUS, v)),
    },
    { title: t('Tư vấn gần nhất', 'Last consultation'), dataIndex: 'lastConsultationOn', render: formatDate },
  ];
  return (
    <Card title={t('Lịch hẹn theo dõi đến hạn và quá hạn', 'Follow-ups due and overdue')}>
      <div style={{ marginBottom: 12 }}>
        <Space wrap>
          {can('job-seekers:write') && (
            <Segmented
              aria-label={t('Phạm vi', 'Scope')}
              value={mine}
              onChange={(v) => setMine(v as 'all' | 'mine')}
              options={[
                { value: 'all', label: t('Tất cả', 'All') },
                { value: 'mine', label: t('Của tôi', 'Mine') },
              ]}
            />
          )}
          <Segmented
            aria-label={t('Trong vòng', 'Within')}
            value={withinDays}
            onChange={(v) => setWithinDays(Number(v))}
            options={[
              { value: 0, label: t('Hôm nay', 'Today') },
              { value: 7, label: t('7 ngày', '7 days') },
              { value: 30, label: t('30 ngày', '30 days') },
            ]}
          />
        </Space>
      </div>
      <ErrorAlert error={query.error} />
      {query.data && (
        <Typography.Paragraph type="secondary">
          {t(
            `${query.data.items.length} người cần theo dõi đến ${formatDate(query.data.dueBy)}, trong đó ${query.data.overdue} quá hạn.`,
            `${query.data.items.length} people to follow up by ${formatDate(query.data.dueBy)}, ${query.data.overdue} overdue.`,
          )}
        </Typography.Paragraph>
      )}
      <Table<WorkListItem>
        rowKey="jobSeekerId"
        size="small"
        loading={query.isLoading}
        columns={columns}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty description={t('Không có lịch hẹn nào đến hạn', 'No follow-ups due')} />,
        }}
      />
    </Card>
  );
}

/** The counsellor's day: follow-ups due, trainees to follow up, overseas cases stuck. */
export function WorkListPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  return (
    <>
      <PageHeader title={t('Việc cần làm', 'Work list')} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <FollowUpsCard />
        </Col>
        {can('training:read') && (
          <Col xs={24} lg={12}>
            <TrainingFollowUpsCard />
          </Col>
        )}
        {can('overseas:read') && (
          <Col xs={24} lg={12}>
            <StuckOverseasCard />
          </Col>
        )}
      </Row>
    </>
  );
}
