import { Card, Col, Empty, Row, Table } from 'antd';
import { useAuth } from '../../../core/auth';
import { formatDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { CHANNEL, OUTCOME, labelOf } from '../labels';
import type { JobSeekerDetails } from '../types';
import { InterviewOutcomeButton } from './jobActions';
import { VacancyTitle } from './VacancyTitle';

/** The person's referrals (with the interview outcome action) and jobs. */
export function ReferralsJobsCard({ details, writable }: { details: JobSeekerDetails; writable: boolean }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const canWrite = writable && can('job-seekers:write');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('Giới thiệu việc làm', 'Referrals')}</h2>}>
          <Table
            rowKey="referralId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={details.referrals}
            locale={{
              emptyText: <Empty description={t('Chưa giới thiệu việc làm nào', 'No referrals yet')} />,
            }}
            columns={[
              {
                title: t('Vị trí tuyển dụng', 'Vacancy'),
                dataIndex: 'vacancyId',
                render: (id: string) => <VacancyTitle vacancyId={id} />,
              },
              { title: t('Ngày giới thiệu', 'Referred on'), dataIndex: 'date', render: formatDate },
              {
                title: t('Kết quả phỏng vấn', 'Interview outcome'),
                key: 'outcome',
                render: (_: unknown, r) =>
                  r.outcome ? (
                    `${t(labelOf(OUTCOME, r.outcome.outcome))} (${formatDate(r.outcome.date)})`
                  ) : canWrite ? (
                    <InterviewOutcomeButton personId={details.jobSeekerId} referral={r} />
                  ) : (
                    t('Chưa có', 'Pending')
                  ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('Việc làm', 'Jobs')}</h2>}>
          <Table
            rowKey="jobId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={details.jobs}
            locale={{
              emptyText: <Empty description={t('Chưa ghi nhận việc làm nào', 'No jobs recorded')} />,
            }}
            columns={[
              {
                title: t('Hình thức', 'Channel'),
                dataIndex: 'channel',
                render: (c: string) => t(labelOf(CHANNEL, c)),
              },
              { title: t('Ngày bắt đầu', 'Started on'), dataIndex: 'date', render: formatDate },
              { title: t('Ngày nghỉ việc', 'Ended on'), dataIndex: 'endedOn', render: formatDate },
              {
                title: t('Nơi làm việc', 'Place'),
                dataIndex: 'domestic',
                render: (d: boolean) => (d ? t('Trong nước', 'Vietnam') : t('Nước ngoài', 'Abroad')),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
