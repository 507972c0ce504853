import { Card, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAuth } from '../../../core/auth';
import { formatDate, formatVnd } from '../../../core/format';
import { useI18n, type Bilingual } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import { CHANNEL, EVENT, LABOUR_STATUS, OUTCOME, SOURCE, TOPICS, labelOf } from '../labels';
import type { Timeline as TimelineData, TimelineEntry } from '../types';
import { CLOSE_REASONS } from './caseActions';
import { JOB_END_REASONS } from './jobActions';
import { VacancyTitle } from './VacancyTitle';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A short line of what the event says, for the events of this context. */
function EventDetail({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const d = entry.data;
  const reason = (labels: Record<string, Bilingual>, v: unknown) => t(labelOf(labels, str(v)));
  let detail: ReactNode = null;
  switch (entry.type) {
    case 'LabourStatusRecorded':
      detail = t(labelOf(LABOUR_STATUS, str(d.status)));
      break;
    case 'ConsultationLogged':
      detail = (
        <>
          {((d.topics as string[] | undefined) ?? []).map((topic) => (
            <Tag key={topic}>{t(labelOf(TOPICS, topic))}</Tag>
          ))}
          {str(d.notes) && <div>{str(d.notes)}</div>}
          {str(d.nextSteps) && (
            <div>
              {t('Bước tiếp theo', 'Next steps')}: {str(d.nextSteps)}
            </div>
          )}
          {str(d.followUpOn) && (
            <div>
              {t('Hẹn theo dõi', 'Follow-up')}: {formatDate(str(d.followUpOn))}
            </div>
          )}
        </>
      );
      break;
    case 'JobSeekerReferred':
      detail = <VacancyTitle vacancyId={str(d.vacancyId)} />;
      break;
    case 'InterviewOutcomeRecorded':
      detail = (
        <>
          {t(labelOf(OUTCOME, str(d.outcome)))}
          {str(d.note) && ` — ${str(d.note)}`}
        </>
      );
      break;
    case 'JobStarted':
      detail = `${t(labelOf(CHANNEL, str(d.channel)))}${d.domestic === false && d.channel !== 'overseas' ? ` — ${t('ở nước ngoài', 'abroad')}` : ''}`;
      break;
    case 'JobEnded':
      detail = reason(JOB_END_REASONS, d.reason);
      break;
    case 'JobSeekerCaseClosed':
      detail = reason(CLOSE_REASONS, d.reason);
      break;
    case 'JobSeekerRegistered':
      detail =
        typeof d.desiredWage === 'number'
          ? `${t('Lương mong muốn', 'Desired wage')}: ${formatVnd(d.desiredWage)}`
          : null;
      break;
    default:
      detail = entry.source !== 'job-seekers' ? t(labelOf(SOURCE, entry.source)) : null;
  }
  return detail ? <div style={{ color: 'rgba(0,0,0,0.65)' }}>{detail}</div> : null;
}

/** The case's events, newest first, each with its label, business date and who recorded it. */
export function CaseTimeline({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const timeline = useApiQuery<TimelineData>(`/job-seekers/${personId}/timeline`);
  const who = (actor: string) =>
    actor === me?.user.userId
      ? me.user.displayName
      : actor === 'demo-loader'
        ? t('Dữ liệu mẫu', 'Demo data')
        : `${t('Cán bộ', 'Staff')} …${actor.slice(-6)}`;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('Dòng thời gian hồ sơ', 'Case timeline')}</h2>}>
      <ErrorAlert error={timeline.error} />
      {timeline.isLoading && <Skeleton active />}
      {timeline.data && timeline.data.entries.length === 0 && (
        <Empty description={t('Chưa có sự kiện', 'No events yet')} />
      )}
      {timeline.data && timeline.data.entries.length > 0 && (
        <div data-testid="person-timeline">
          <Timeline
            items={timeline.data.entries.map((entry) => ({
              key: entry.eventId,
              color: entry.source === 'job-seekers' ? 'green' : 'blue',
              content: (
                <div>
                  <Typography.Text strong>{t(labelOf(EVENT, entry.type))}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {formatDate(entry.occurredOn)} · {t('Người ghi', 'Recorded by')}:{' '}
                      {who(entry.recordedBy)}
                    </Typography.Text>
                  </div>
                  <EventDetail entry={entry} />
                </div>
              ),
            }))}
          />
        </div>
      )}
    </Card>
  );
}
