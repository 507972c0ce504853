import { Checkbox, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../../components/DateField';
import { api } from '../../../core/api';
import { useAuth } from '../../../core/auth';
import { formatDate, formatVnd, toIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import { CHANNEL, OUTCOME, labelOf, optionsOf } from '../labels';
import type { EmployerSummary, Job, LoanSummary, Referral, VacancySummary } from '../types';
import { CommandModalButton } from '../../../components/CommandModal';
import { CASE_MODAL } from '../useCaseCommand';
import { VacancyTitle } from './VacancyTitle';

const required = (message: string) => [{ required: true, message }];

interface JobStartValues {
  referralId?: string;
  date: Dayjs;
  channel: string;
  employerId?: string;
  domestic: boolean;
  loanId?: string;
  occupationCode?: string;
}

function JobStartFields({
  personId,
  referrals,
  form,
}: {
  personId: string;
  referrals: Referral[];
  form: FormInstance<JobStartValues>;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const channel = Form.useWatch('channel', form);
  const employers = useApiQuery<EmployerSummary[]>(can('vacancies:read') ? '/employers' : null);
  const loans = useApiQuery<LoanSummary[]>(
    can('loans:read') && channel === 'loan_financed' ? `/borrowers/${personId}/loans` : null,
  );
  const pickReferral = async (referralId?: string) => {
    const referral = referrals.find((r) => r.referralId === referralId);
    if (!referral) return;
    form.setFieldsValue({ channel: 'placement' });
    if (!can('vacancies:read')) return;
    try {
      const vacancy = await api.get<VacancySummary>(`/vacancies/${referral.vacancyId}`);
      const abroad = vacancy.terms.place?.kind === 'abroad';
      form.setFieldsValue({
        employerId: vacancy.employerId,
        occupationCode: vacancy.terms.occupationCode ?? undefined,
        domestic: !abroad,
        channel: abroad ? 'overseas' : 'placement',
      });
    } catch {
      /* the vacancy stays as picked; the user fills the rest */
    }
  };
  return (
    <>
      {referrals.length > 0 && (
        <Form.Item name="referralId" label={t('Từ lượt giới thiệu việc làm', 'From a referral')}>
          <Select
            allowClear
            onChange={(v?: string) => void pickReferral(v)}
            options={referrals.map((r) => ({
              value: r.referralId,
              label: <VacancyTitle vacancyId={r.vacancyId} suffix={` — ${formatDate(r.date)}`} />,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="date"
        label={t('Ngày bắt đầu làm việc', 'Start date')}
        rules={required(t('Nhập ngày bắt đầu', 'Enter the start date'))}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="channel"
        label={t('Hình thức tạo việc làm', 'Channel')}
        rules={required(t('Chọn hình thức', 'Choose the channel'))}
      >
        <Select options={optionsOf(CHANNEL, t)} />
      </Form.Item>
      <Form.Item
        name="employerId"
        label={t('Người sử dụng lao động', 'Employer')}
        rules={
          channel === 'placement'
            ? required(
                t('Giới thiệu việc làm cần có người sử dụng lao động', 'A placement needs an employer'),
              )
            : []
        }
      >
        {can('vacancies:read') ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={employers.isLoading}
            options={(employers.data ?? []).map((e) => ({ value: e.employerId, label: e.name }))}
          />
        ) : (
          <Input />
        )}
      </Form.Item>
      {channel === 'loan_financed' && (
        <Form.Item
          name="loanId"
          label={t('Khoản vay', 'Loan')}
          rules={required(t('Việc làm từ vốn vay cần mã khoản vay', 'A loan-financed job needs the loan id'))}
        >
          {can('loans:read') && (loans.data?.length ?? 0) > 0 ? (
            <Select
              options={(loans.data ?? []).map((l) => ({
                value: l.loanId,
                label: `${formatDate(l.appliedOn)} — ${formatVnd(l.approvedAmount ?? l.requestedAmount)}`,
              }))}
            />
          ) : (
            <Input />
          )}
        </Form.Item>
      )}
      <Form.Item
        name="occupationCode"
        label={t('Mã nghề', 'Occupation code')}
        rules={[
          {
            pattern: /^\d{1,5}$/,
            message: t('Mã nghề gồm 1 đến 5 chữ số', 'An occupation code has 1 to 5 digits'),
          },
        ]}
      >
        <Input inputMode="numeric" maxLength={5} />
      </Form.Item>
      <Form.Item name="domestic" valuePropName="checked" label={t('Nơi làm việc', 'Place of work')}>
        <Checkbox>{t('Làm việc trong nước', 'In Vietnam')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** "Ghi nhận việc làm mới": a job start, optionally from one of the person's referrals. */
export function RecordJobStartButton({ personId, referrals }: { personId: string; referrals: Referral[] }) {
  const { t } = useI18n();
  const usable = referrals.filter((r) => !r.outcome || r.outcome.outcome === 'hired');
  return (
    <CommandModalButton<JobStartValues>
      {...CASE_MODAL}
      label={t('Ghi nhận việc làm mới', 'Record a job start')}
      path={`/job-seekers/${personId}/job-starts`}
      success={{ vi: 'Đã ghi nhận việc làm mới', en: 'Job start recorded' }}
      initialValues={() => ({ date: dayjs(), domestic: true, channel: undefined })}
      toBody={(v) => ({
        date: toIsoDate(v.date),
        channel: v.channel,
        employerId: v.employerId || null,
        vacancyId: referrals.find((r) => r.referralId === v.referralId)?.vacancyId ?? null,
        domestic: v.domestic ?? true,
        loanId: v.loanId?.trim() || null,
        occupationCode: v.occupationCode?.trim() || null,
      })}
    >
      {(form) => <JobStartFields personId={personId} referrals={usable} form={form} />}
    </CommandModalButton>
  );
}

export const JOB_END_REASONS = {
  contract_ended: { vi: 'Hết hợp đồng', en: 'Contract ended' },
  resigned: { vi: 'Tự nghỉ việc', en: 'Resigned' },
  dismissed: { vi: 'Bị cho thôi việc', en: 'Dismissed' },
  business_closed: { vi: 'Cơ sở ngừng hoạt động', en: 'Business closed' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};

/** "Ghi nhận nghỉ việc": which current job, when, why. */
export function RecordJobEndButton({ personId, jobs }: { personId: string; jobs: Job[] }) {
  const { t } = useI18n();
  const open = jobs.filter((j) => !j.endedOn);
  if (open.length === 0) return null;
  return (
    <CommandModalButton<{ jobId: string; date: Dayjs; reason: string }>
      {...CASE_MODAL}
      label={t('Ghi nhận nghỉ việc', 'Record a job end')}
      path={`/job-seekers/${personId}/job-ends`}
      success={{ vi: 'Đã ghi nhận nghỉ việc', en: 'Job end recorded' }}
      initialValues={() => ({ date: dayjs(), jobId: open.length === 1 ? open[0]!.jobId : undefined })}
      toBody={(v) => ({ jobId: v.jobId, date: toIsoDate(v.date), reason: v.reason })}
    >
      {() => (
        <>
          <Form.Item
            name="jobId"
            label={t('Việc làm', 'Job')}
            rules={required(t('Chọn việc làm', 'Choose the job'))}
          >
            <Select
              options={open.map((j) => ({
                value: j.jobId,
                label: `${t(labelOf(CHANNEL, j.channel))} — ${t('từ', 'from')} ${formatDate(j.date)}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('Ngày nghỉ việc', 'End date')}
            rules={required(t('Nhập ngày nghỉ việc', 'Enter the end date'))}
          >
            <DateField />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('Lý do nghỉ việc', 'Reason')}
            rules={required(t('Chọn lý do', 'Choose a reason'))}
          >
            <Select options={optionsOf(JOB_END_REASONS, t)} />
          </Form.Item>
        </>
      )}
    </CommandModalButton>
  );
}

/** "Kết quả phỏng vấn" for one referral. */
export function InterviewOutcomeButton({ personId, referral }: { personId: string; referral: Referral }) {
  const { t } = useI18n();
  return (
    <CommandModalButton<{ outcome: string; date: Dayjs; note?: string }>
      {...CASE_MODAL}
      label={t('Kết quả phỏng vấn', 'Interview outcome')}
      size="small"
      path={`/job-seekers/${personId}/referrals/${referral.referralId}/outcome`}
      success={{ vi: 'Đã ghi kết quả phỏng vấn', en: 'Interview outcome recorded' }}
      initialValues={() => ({ date: dayjs() })}
      toBody={(v) => ({ outcome: v.outcome, date: toIsoDate(v.date), note: v.note?.trim() ?? '' })}
    >
      {() => (
        <>
          <Form.Item
            name="outcome"
            label={t('Kết quả phỏng vấn', 'Interview outcome')}
            rules={required(t('Chọn kết quả', 'Choose the outcome'))}
          >
            <Select options={optionsOf(OUTCOME, t)} />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('Ngày ghi nhận', 'Date')}
            rules={[
              ...required(t('Nhập ngày', 'Enter the date')),
              {
                validator: (_, value?: Dayjs) =>
                  value && value.isBefore(dayjs(referral.date), 'day')
                    ? Promise.reject(
                        new Error(
                          t('Ngày kết quả trước ngày giới thiệu', 'The outcome date is before the referral'),
                        ),
                      )
                    : Promise.resolve(),
              },
            ]}
          >
            <DateField />
          </Form.Item>
          <Form.Item name="note" label={t('Ghi chú', 'Note')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </CommandModalButton>
  );
}
