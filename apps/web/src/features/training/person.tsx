// The training pieces of the person page and the counsellor's work list.
import {
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate, todayInVietnam } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { CommandModalButton } from '../../components/CommandModal';
import { followUpKey, useDueFollowUps } from './FollowUpsPage';
import { CHECKPOINTS, LEVELS, STATUS_COLOR, TRAINEE_STATUS } from './labels';
import { PersonLink } from '../../components/PersonLink';
import type { CourseListItem, TrainingRecord, TrainingRecordCourse } from './types';

const INVALIDATE = ['/courses', '/training-follow-ups', '/job-seekers'];

/** Open courses with a place left that have not ended (`GET /api/courses?from=today`). */
function OpenCourseSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useI18n();
  const today = todayInVietnam();
  const courses = useApiQuery<CourseListItem[]>('/courses', { from: today });
  const options = (courses.data ?? [])
    .filter((c) => c.closedOn === null)
    .map((c) => ({
      value: c.courseId,
      label: `${c.terms.title} — ${formatDate(c.terms.startDate)} (${
        c.enrolled < c.places
          ? `${t('còn', 'left:')} ${c.places - c.enrolled} ${t('chỗ', 'places')}`
          : t('đã đủ chỗ', 'full')
      })`,
    }));
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={courses.isLoading}
      options={options}
      notFoundContent={t('Không có khóa học đang mở', 'No open course')}
    />
  );
}

/** Button + modal: enrol this job seeker in an open course. */
export function EnrolInCourseButton({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (!can('training:write')) return null;
  const required = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <CommandModalButton<{ courseId: string; enrolledOn: Dayjs }>
      label={t('Ghi danh khóa học', 'Enrol in a course')}
      title={t('Ghi danh khóa học', 'Enrol in a course')}
      testId="enrol-in-course"
      path={(v) => `/courses/${v.courseId}/enrolments`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi danh vào khóa học', en: 'Enrolled in the course' }}
      initialValues={{ enrolledOn: dayjs() }}
      toBody={(v) => ({ jobSeekerId: personId, enrolledOn: v.enrolledOn.format('YYYY-MM-DD') })}
    >
      <Form.Item name="courseId" label={t('Khóa đào tạo', 'Course')} rules={[required]}>
        <OpenCourseSelect />
      </Form.Item>
      <Form.Item name="enrolledOn" label={t('Ngày ghi danh', 'Enrolled on')} rules={[required]}>
        <DateField />
      </Form.Item>
    </CommandModalButton>
  );
}

function RecogniseExperienceButton({ personId }: { personId: string }) {
  const { t } = useI18n();
  const required = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <CommandModalButton<{ occupationCode: string; years: number; evidence: string; recognisedOn: Dayjs }>
      label={t('Công nhận kinh nghiệm', 'Recognise experience')}
      title={t('Công nhận kinh nghiệm (≥ 3 năm)', 'Recognise experience (≥ 3 years)')}
      testId="recognise-experience"
      buttonProps={{ size: 'small' }}
      path={`/job-seekers/${personId}/experience-recognitions`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã công nhận kinh nghiệm', en: 'Experience recognised' }}
      initialValues={{ recognisedOn: dayjs(), years: 3 }}
      toBody={(v) => ({ ...v, recognisedOn: v.recognisedOn.format('YYYY-MM-DD') })}
    >
      <Form.Item
        name="occupationCode"
        label={t('Mã nghề', 'Occupation code')}
        rules={[required, { pattern: /^\d{1,5}$/, message: t('1–5 chữ số', '1–5 digits') }]}
      >
        <Input inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="years"
        label={t('Số năm kinh nghiệm', 'Years of experience')}
        rules={[required, { type: 'number', min: 3, message: t('Ít nhất 3 năm', 'At least 3 years') }]}
      >
        <InputNumber min={0} max={80} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="evidence" label={t('Căn cứ xác nhận', 'Evidence')} rules={[required, { max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="recognisedOn" label={t('Ngày công nhận', 'Recognised on')} rules={[required]}>
        <DateField disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </CommandModalButton>
  );
}

/** The person's training record (courses, certificates, recognitions). */
export function PersonTraining({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const record = useApiQuery<TrainingRecord>(
    can('training:read') ? `/job-seekers/${personId}/training` : null,
  );
  if (!can('training:read')) return null;
  const r = record.data;
  const columns: TableColumnsType<TrainingRecordCourse> = [
    {
      title: t('Khóa học', 'Course'),
      key: 'title',
      render: (_, c) => <Link to={`/courses/${c.courseId}`}>{c.title}</Link>,
    },
    { title: t('Trình độ', 'Level'), key: 'level', render: (_, c) => t(LEVELS[c.level]) },
    {
      title: t('Trạng thái', 'Status'),
      key: 'status',
      render: (_, c) => (
        <>
          <Tag color={STATUS_COLOR[c.status]}>{t(TRAINEE_STATUS[c.status])}</Tag>
          {c.droppedOut && (
            <div style={{ fontSize: 12 }}>{`${formatDate(c.droppedOut.on)}: ${c.droppedOut.reason}`}</div>
          )}
          {c.completedOn && <div style={{ fontSize: 12 }}>{formatDate(c.completedOn)}</div>}
        </>
      ),
    },
    {
      title: t('Chứng chỉ', 'Certificate'),
      key: 'certificate',
      render: (_, c) =>
        c.certificate ? `${c.certificate.certificateNumber} · ${formatDate(c.certificate.issuedOn)}` : '—',
    },
    {
      title: t('Theo dõi sau đào tạo', 'Follow-ups'),
      key: 'followUps',
      render: (_, c) =>
        c.followUps.map((f) => (
          <div key={f.checkpoint} style={{ fontSize: 12 }}>
            {t(CHECKPOINTS[f.checkpoint])}:{' '}
            {f.outcome
              ? f.outcome.employed
                ? t('có việc làm', 'employed')
                : t('chưa có việc làm', 'not employed')
              : `${t('hạn', 'due')} ${formatDate(f.dueOn)}`}
          </div>
        )),
    },
  ];
  return (
    <Card
      title={t('Đào tạo nghề', 'Vocational training')}
      data-testid="person-training"
      extra={can('training:write') && <RecogniseExperienceButton personId={personId} />}
    >
      <ErrorAlert error={record.error} />
      {!r ? (
        !record.error && <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Space wrap>
            <Tag color={r.trained ? 'green' : 'default'}>
              {r.trained
                ? `${t('Đã qua đào tạo từ', 'Trained since')} ${formatDate(r.trainedSince)}`
                : t('Chưa qua đào tạo', 'Not trained')}
            </Tag>
            <Tag color={r.trainedWithCertificate ? 'blue' : 'default'}>
              {r.trainedWithCertificate
                ? `${t('Có chứng chỉ từ', 'Certified since')} ${formatDate(r.certifiedSince)}`
                : t('Chưa có chứng chỉ (sơ cấp trở lên)', 'No certificate (sơ cấp or above)')}
            </Tag>
          </Space>
          <Table<TrainingRecordCourse>
            rowKey="courseId"
            size="small"
            dataSource={r.courses}
            columns={columns}
            scroll={{ x: true }}
            pagination={false}
            locale={{ emptyText: <Empty description={t('Chưa học khóa nào', 'No courses')} /> }}
          />
          {r.recognitions.length > 0 && (
            <div>
              <Typography.Text strong>
                {t('Kinh nghiệm được công nhận', 'Recognised experience')}
              </Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {r.recognitions.map((x) => (
                  <li key={x.occupationCode}>
                    {`${t('Mã nghề', 'Occupation')} ${x.occupationCode} · ${x.years} ${t('năm', 'years')} · ${formatDate(x.recognisedOn)}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Flex>
      )}
    </Card>
  );
}

/** Work-list card: trainees due for their 3- or 6-month follow-up. */
export function TrainingFollowUpsCard() {
  const { t } = useI18n();
  const { can } = useAuth();
  const due = useDueFollowUps();
  if (!can('training:read')) return null;
  const items = due.data ?? [];
  return (
    <Card
      title={`${t('Theo dõi sau đào tạo', 'Training follow-ups')}${due.data ? ` (${items.length})` : ''}`}
      data-testid="training-follow-ups-card"
      extra={<Link to="/training-follow-ups">{t('Xem tất cả', 'See all')}</Link>}
    >
      <ErrorAlert error={due.error} />
      {due.isLoading && <Skeleton active />}
      {due.data && items.length === 0 && (
        <Empty description={t('Không có ai đến hạn theo dõi', 'No follow-ups due')} />
      )}
      <Flex vertical gap={8}>
        {items.slice(0, 6).map((f) => (
          <Flex
            vertical
            key={followUpKey(f)}
            style={{ minWidth: 0, borderBottom: '1px solid rgba(0,0,0,0.06)', paddingBottom: 8 }}
          >
            <PersonLink id={f.jobSeekerId} />
            <span style={{ fontSize: 12 }}>
              <Link to={`/courses/${f.courseId}`}>{f.courseTitle}</Link> · {t(CHECKPOINTS[f.checkpoint])} ·{' '}
              {t('hạn', 'due')} {formatDate(f.dueOn)}
            </span>
          </Flex>
        ))}
      </Flex>
      {items.length > 6 && (
        <Link to="/training-follow-ups">
          {t(`và ${items.length - 6} người khác…`, `and ${items.length - 6} more…`)}
        </Link>
      )}
    </Card>
  );
}
