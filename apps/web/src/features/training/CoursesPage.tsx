import { Card, Empty, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { FUNDING, LEVELS, levelOptions, rateText } from './labels';
import { OpenCourseButton } from './OpenCourseButton';
import type { CourseListItem, FundingSource, TrainingLevel } from './types';

/** `/courses`: every course of the user's units with its fill, completion and certificate rates. */
export function CoursesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [level, setLevel] = useState<TrainingLevel | undefined>();
  const [funding, setFunding] = useState<FundingSource | undefined>();
  const courses = useApiQuery<CourseListItem[]>(can('training:read') ? '/courses' : null, {
    level,
    fundingSource: funding,
  });

  const columns: TableColumnsType<CourseListItem> = [
    {
      title: t('Khóa học', 'Course'),
      key: 'title',
      render: (_, c) => (
        <Flex vertical>
          <Link to={`/courses/${c.courseId}`}>{c.terms.title}</Link>
          <span style={{ fontSize: 12, opacity: 0.7 }}>
            {t('Mã nghề', 'Occupation')} {c.terms.occupationCode} · {c.unitCode}
          </span>
        </Flex>
      ),
    },
    { title: t('Trình độ', 'Level'), key: 'level', render: (_, c) => t(LEVELS[c.terms.level]) },
    {
      title: t('Thời gian', 'Dates'),
      key: 'dates',
      render: (_, c) => `${formatDate(c.terms.startDate)} – ${formatDate(c.terms.endDate)}`,
    },
    {
      title: t('Nguồn kinh phí', 'Funding'),
      key: 'funding',
      render: (_, c) => t(FUNDING[c.terms.funding.source]),
    },
    { title: t('Tỷ lệ lấp đầy', 'Fill rate'), key: 'fill', render: (_, c) => rateText(c.fillRate) },
    {
      title: t('Tỷ lệ hoàn thành', 'Completion rate'),
      key: 'completion',
      render: (_, c) => rateText(c.completionRate),
    },
    {
      title: t('Tỷ lệ cấp chứng chỉ', 'Certificate rate'),
      key: 'cert',
      render: (_, c) => rateText(c.certificateRate),
    },
    {
      title: t('Trạng thái', 'Status'),
      key: 'status',
      render: (_, c) =>
        c.closedOn ? (
          <Tag>{t('Đã đóng', 'Closed')}</Tag>
        ) : c.enrolled >= c.places ? (
          <Tag color="orange">{t('Đã đủ chỗ', 'Full')}</Tag>
        ) : (
          <Tag color="green">{t('Đang mở', 'Open')}</Tag>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('Khóa đào tạo', 'Training courses')}
        extra={can('training:write') && <OpenCourseButton />}
      />
      <Card>
        <Flex gap={8} wrap="wrap" style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('Lọc theo trình độ', 'Filter by level')}
            placeholder={t('Mọi trình độ', 'Every level')}
            allowClear
            value={level}
            onChange={setLevel}
            options={levelOptions(t)}
            style={{ minWidth: 200 }}
          />
          <Select
            aria-label={t('Lọc theo nguồn kinh phí', 'Filter by funding source')}
            placeholder={t('Mọi nguồn kinh phí', 'Every funding source')}
            allowClear
            value={funding}
            onChange={setFunding}
            options={(Object.keys(FUNDING) as FundingSource[]).map((value) => ({
              value,
              label: t(FUNDING[value]),
            }))}
            style={{ minWidth: 240 }}
          />
        </Flex>
        <ErrorAlert error={courses.error} />
        <Table<CourseListItem>
          rowKey="courseId"
          data-testid="courses-table"
          loading={courses.isLoading}
          dataSource={courses.data ?? []}
          columns={columns}
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('Chưa có khóa đào tạo', 'No courses yet')} /> }}
        />
      </Card>
    </>
  );
}
