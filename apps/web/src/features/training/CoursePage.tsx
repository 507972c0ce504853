import {
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate, formatNumber, formatVnd, todayInVietnam } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { CloseCourseButton, EnrolTraineeButton } from './CourseCommands';
import { CHECKPOINTS, FUNDING, LEVELS, STATUS_COLOR, TRAINEE_STATUS, ratePercent, rateText } from './labels';
import { PersonLink } from '../../components/PersonLink';
import { usePersonNames } from '../../core/people';
import {
  AttendanceButton,
  CertificateButton,
  CompleteButton,
  DropoutButton,
  OutcomeButton,
} from './TraineeActions';
import type { CourseDetails, CourseTrainee, Rate } from './types';

function RateCard({ title, rate }: { title: string; rate: Rate }) {
  return (
    <Card size="small">
      <Statistic title={title} value={rateText(rate)} />
      <Progress percent={ratePercent(rate)} showInfo={false} size="small" aria-label={title} />
    </Card>
  );
}

/** `/courses/:id`: terms, statistics, and each trainee with status and the next actions. */
export function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const course = useApiQuery<CourseDetails>(can('training:read') ? `/courses/${id}` : null);
  const names = usePersonNames(course.data?.trainees.map((r) => r.jobSeekerId) ?? []);
  const data = course.data;
  const writable = can('training:write');
  const today = todayInVietnam();

  if (course.error) return <ErrorAlert error={course.error} />;
  if (!data) return <Skeleton active />;

  const { terms, statistics: s } = data;
  const open = data.closedOn === null;
  const nameOf = names.nameOf;

  const actions = (r: CourseTrainee) => {
    const props = { courseId: data.courseId, jobSeekerId: r.jobSeekerId, name: nameOf(r.jobSeekerId) };
    if (r.status === 'enrolled' && open)
      return (
        <Space wrap size={4}>
          <AttendanceButton {...props} />
          <CompleteButton {...props} />
          <DropoutButton {...props} />
        </Space>
      );
    if (r.status !== 'completed') return null;
    const due = r.followUps.find((f) => f.outcome === null && f.dueOn <= today);
    return (
      <Space wrap size={4}>
        {!r.certificate && <CertificateButton {...props} level={terms.level} />}
        {due && <OutcomeButton {...props} checkpoint={due.checkpoint} />}
      </Space>
    );
  };

  const columns: TableColumnsType<CourseTrainee> = [
    {
      title: t('Học viên', 'Trainee'),
      key: 'name',
      render: (_, r) => <PersonLink id={r.jobSeekerId} />,
    },
    { title: t('Ngày ghi danh', 'Enrolled on'), key: 'enrolled', render: (_, r) => formatDate(r.enrolledOn) },
    {
      title: t('Trạng thái', 'Status'),
      key: 'status',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLOR[r.status]}>{t(TRAINEE_STATUS[r.status])}</Tag>
          <span style={{ fontSize: 12 }}>{formatDate(r.completedOn ?? r.droppedOutOn)}</span>
        </Flex>
      ),
    },
    {
      title: t('Chuyên cần', 'Attendance'),
      key: 'milestones',
      render: (_, r) => r.milestones.join(', ') || '—',
    },
    {
      title: t('Chứng chỉ', 'Certificate'),
      key: 'certificate',
      render: (_, r) =>
        r.certificate ? `${r.certificate.certificateNumber} (${t(LEVELS[r.certificate.level])})` : '—',
    },
    {
      title: t('Theo dõi sau đào tạo', 'Follow-ups'),
      key: 'followUps',
      render: (_, r) =>
        r.followUps.length === 0
          ? '—'
          : r.followUps.map((f) => (
              <div key={f.checkpoint} style={{ fontSize: 12 }}>
                {t(CHECKPOINTS[f.checkpoint])}:{' '}
                {f.outcome
                  ? f.outcome.employed
                    ? t('có việc làm', 'employed') +
                      (f.outcome.inTrainedOccupation ? t(', đúng nghề', ', in trade') : '')
                    : t('chưa có việc làm', 'not employed')
                  : `${t('hạn', 'due')} ${formatDate(f.dueOn)}`}
              </div>
            )),
    },
    ...(writable
      ? [
          {
            title: t('Thao tác', 'Actions'),
            key: 'actions',
            render: (_: unknown, r: CourseTrainee) => actions(r),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={terms.title}
        crumbs={[{ title: t('Khóa đào tạo', 'Courses'), to: '/courses' }, { title: terms.title }]}
        extra={
          writable &&
          open && (
            <>
              <EnrolTraineeButton courseId={data.courseId} />
              <CloseCourseButton courseId={data.courseId} />
            </>
          )
        }
      />
      {!open && (
        <Tag style={{ marginBottom: 12 }}>
          {t('Đã đóng ngày', 'Closed on')} {formatDate(data.closedOn)}
        </Tag>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('Thông tin khóa học', 'Terms')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('Mã nghề', 'Occupation code')}>
                {terms.occupationCode}
              </Descriptions.Item>
              <Descriptions.Item label={t('Trình độ', 'Level')}>{t(LEVELS[terms.level])}</Descriptions.Item>
              <Descriptions.Item label={t('Cơ sở đào tạo', 'Provider')}>{terms.provider}</Descriptions.Item>
              <Descriptions.Item
                label={t('Địa điểm học', 'Venue')}
              >{`${terms.venue} (${terms.unitCode})`}</Descriptions.Item>
              <Descriptions.Item
                label={t('Thời gian', 'Dates')}
              >{`${formatDate(terms.startDate)} – ${formatDate(terms.endDate)}`}</Descriptions.Item>
              <Descriptions.Item label={t('Số chỗ', 'Places')}>
                {formatNumber(terms.places)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Nguồn kinh phí', 'Funding')}>
                {t(FUNDING[terms.funding.source])}
                {terms.funding.note && ` — ${terms.funding.note}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('Chi phí / học viên', 'Cost per trainee')}>
                {formatVnd(terms.costPerTrainee)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('Ghi danh', 'Enrolled')} value={s.enrolled} suffix={`/ ${s.places}`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('Đang học', 'In training')} value={s.inTraining} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('Hoàn thành', 'Completed')} value={s.completed} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('Bỏ học', 'Dropped out')} value={s.droppedOut} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <RateCard title={t('Tỷ lệ lấp đầy', 'Fill rate')} rate={s.fillRate} />
            </Col>
            <Col xs={24} md={12}>
              <RateCard title={t('Tỷ lệ hoàn thành', 'Completion rate')} rate={s.completionRate} />
            </Col>
            <Col xs={24} md={12}>
              <RateCard title={t('Tỷ lệ cấp chứng chỉ', 'Certificate rate')} rate={s.certificateRate} />
            </Col>
            <Col xs={24} md={12}>
              <RateCard
                title={t('Tỷ lệ có việc làm sau đào tạo', 'Employment rate after training')}
                rate={s.employmentRate}
              />
            </Col>
          </Row>
        </Col>
      </Row>
      <Card title={t('Học viên', 'Trainees')} style={{ marginTop: 16 }}>
        <Table<CourseTrainee>
          rowKey="jobSeekerId"
          data-testid="trainees-table"
          dataSource={data.trainees}
          columns={columns}
          scroll={{ x: true }}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('Chưa có học viên', 'No trainees yet')} /> }}
        />
      </Card>
    </>
  );
}
