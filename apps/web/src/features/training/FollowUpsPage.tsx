import { Card, Empty, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { CHECKPOINTS } from './labels';
import { PersonLink } from '../../components/PersonLink';
import { usePersonNames } from '../../core/people';
import { OutcomeButton } from './TraineeActions';
import type { DueFollowUp } from './types';

const PAGE = 20;

export const followUpKey = (f: DueFollowUp) => `${f.courseId}:${f.jobSeekerId}:${f.checkpoint}`;

/** `GET /api/training-follow-ups`, gated by training:read. */
export function useDueFollowUps() {
  const { can } = useAuth();
  return useApiQuery<DueFollowUp[]>(can('training:read') ? '/training-follow-ups' : null);
}

/** `/training-follow-ups`: completers due for their 3- or 6-month follow-up, oldest first. */
export function FollowUpsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const due = useDueFollowUps();
  const [page, setPage] = useState(1);
  // Names of the rows on this page only: each name read is a recorded view of personal data.
  const names = usePersonNames(
    (due.data ?? []).slice((page - 1) * PAGE, page * PAGE).map((f) => f.jobSeekerId),
  );
  const columns: TableColumnsType<DueFollowUp> = [
    {
      title: t('Học viên', 'Trainee'),
      key: 'name',
      render: (_, f) => <PersonLink id={f.jobSeekerId} />,
    },
    {
      title: t('Khóa học', 'Course'),
      key: 'course',
      render: (_, f) => <Link to={`/courses/${f.courseId}`}>{f.courseTitle}</Link>,
    },
    {
      title: t('Mốc theo dõi', 'Checkpoint'),
      key: 'checkpoint',
      render: (_, f) => t(CHECKPOINTS[f.checkpoint]),
    },
    {
      title: t('Đến hạn', 'Due on'),
      key: 'due',
      render: (_, f) => {
        const days = dayjs().startOf('day').diff(dayjs(f.dueOn), 'day');
        return (
          <>
            {formatDate(f.dueOn)}{' '}
            {days > 0 && (
              <Tag color={days > 30 ? 'red' : 'orange'}>{t(`quá ${days} ngày`, `${days} days overdue`)}</Tag>
            )}
          </>
        );
      },
    },
    { title: t('Đơn vị', 'Unit'), dataIndex: 'unitCode', key: 'unit' },
    ...(can('training:write')
      ? [
          {
            title: t('Thao tác', 'Actions'),
            key: 'actions',
            render: (_: unknown, f: DueFollowUp) => (
              <OutcomeButton
                courseId={f.courseId}
                jobSeekerId={f.jobSeekerId}
                name={names.nameOf(f.jobSeekerId)}
                checkpoint={f.checkpoint}
                primary
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('Theo dõi sau đào tạo', 'Training follow-ups')} />
      <Card>
        <ErrorAlert error={due.error} />
        <Table<DueFollowUp>
          rowKey={followUpKey}
          data-testid="follow-ups-table"
          loading={due.isLoading}
          dataSource={due.data ?? []}
          columns={columns}
          scroll={{ x: true }}
          pagination={{
            pageSize: PAGE,
            current: page,
            onChange: setPage,
            hideOnSinglePage: true,
            showSizeChanger: false,
          }}
          locale={{
            emptyText: <Empty description={t('Không có ai đến hạn theo dõi', 'No follow-ups due')} />,
          }}
        />
      </Card>
    </>
  );
}
