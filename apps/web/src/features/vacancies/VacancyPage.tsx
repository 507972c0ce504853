import { Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Tabs, Tag, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useMyUnits } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { formatDate, formatNumber, formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { PersonLink } from '../../components/PersonLink';
import { CandidatesTable } from './CandidatesTable';
import { useEmployerIndex } from './hooks';
import {
  EDUCATION_LABELS,
  LANGUAGE_TEST_LABELS,
  PROGRAMME_LABELS,
  rangeText,
  REFERRAL_OUTCOME_LABELS,
  SEX_LABELS,
  SEX_LIMIT_REASON_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
  wageText,
} from './labels';
import { CloseVacancyModal, EditVacancyModal } from './VacancyModals';
import type { VacancyDetails, VacancyReferral } from './types';

function useTermItems(v: VacancyDetails | undefined): DescriptionsProps['items'] {
  const { t } = useI18n();
  const employers = useEmployerIndex();
  const units = useMyUnits();
  if (!v) return [];
  const unitName = (code: string | null) =>
    code ? (units.data?.find((u) => u.code === code)?.name ?? code) : null;
  const terms = v.terms;
  const place =
    terms.place.kind === 'abroad'
      ? terms.place.country
      : [unitName(terms.place.villageCode), unitName(terms.place.communeCode), terms.place.provinceCode && `${t('Tỉnh', 'Province')} ${terms.place.provinceCode}`]
          .filter(Boolean)
          .join(', ');
  const items: DescriptionsProps['items'] = [
    { key: 'employer', label: t('Nhà tuyển dụng', 'Employer'), children: employers.byId.get(v.employerId)?.name ?? '—' },
    { key: 'occupation', label: t('Mã nghề', 'Occupation code'), children: terms.occupationCode },
    { key: 'place', label: t('Nơi làm việc', 'Workplace'), children: place || '—' },
    {
      key: 'count',
      label: t('Đã tuyển / cần tuyển', 'Hired / wanted'),
      children: `${formatNumber(v.hired)}/${formatNumber(terms.count)}`,
    },
    { key: 'wage', label: t('Mức lương/tháng', 'Monthly wage'), children: wageText(terms.wage, t, formatVnd) },
    {
      key: 'education',
      label: t('Trình độ tối thiểu', 'Minimum education'),
      children: terms.minEducation
        ? `${t(EDUCATION_LABELS[terms.minEducation.level])}${terms.minEducation.hard ? ` (${t('bắt buộc', 'hard limit')})` : ''}`
        : t('Không yêu cầu', 'None'),
    },
    ...(terms.overseas && !terms.ageLimit ? [] : [{ key: 'age', label: t('Độ tuổi', 'Age'), children: rangeText(terms.ageLimit, t) }]),
    {
      key: 'sex',
      label: t('Giới hạn giới tính', 'Sex limit'),
      children: terms.sexLimit
        ? `${t(SEX_LABELS[terms.sexLimit.sex])} — ${t(SEX_LIMIT_REASON_LABELS[terms.sexLimit.reason])}`
        : t('Không giới hạn', 'No limit'),
    },
    {
      key: 'skills',
      label: t('Kỹ năng yêu cầu', 'Required skills'),
      children: terms.skills.length ? terms.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—',
    },
    { key: 'start', label: t('Ngày bắt đầu', 'Start date'), children: formatDate(terms.startDate) },
    { key: 'closing', label: t('Hạn nộp hồ sơ', 'Closing date'), children: formatDate(terms.closingDate) },
    { key: 'opened', label: t('Ngày mở', 'Opened on'), children: formatDate(v.openedOn) },
  ];
  const o = terms.overseas;
  if (o) {
    items.push(
      { key: 'programme', label: t('Chương trình', 'Programme'), children: t(PROGRAMME_LABELS[o.programme]) },
      { key: 'enterprise', label: t('Doanh nghiệp được cấp phép', 'Licensed enterprise'), children: employers.byId.get(o.licensedEnterpriseId)?.name ?? '—' },
      { key: 'departureAge', label: t('Tuổi khi xuất cảnh', 'Age at departure'), children: rangeText(o.ageAtDeparture, t) },
      {
        key: 'language',
        label: t('Chứng chỉ ngoại ngữ', 'Language test'),
        children: o.languageTest
          ? `${t(LANGUAGE_TEST_LABELS[o.languageTest.test])} ≥ ${o.languageTest.minimumLevel}`
          : t('Không yêu cầu', 'None'),
      },
      { key: 'departure', label: t('Ngày dự kiến xuất cảnh', 'Expected departure'), children: formatDate(o.expectedDepartureDate) },
    );
  }
  return items;
}

function ReferralsTable({ vacancy }: { vacancy: VacancyDetails }) {
  const { t } = useI18n();
  return (
    <Table<VacancyReferral>
      rowKey="referralId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...vacancy.referrals].sort((a, b) => b.date.localeCompare(a.date))}
      locale={{ emptyText: <Empty description={t('Chưa giới thiệu ai', 'Nobody referred yet')} /> }}
      columns={[
        { title: t('Họ và tên', 'Name'), key: 'name', render: (_v, r) => <PersonLink id={r.jobSeekerId} /> },
        { title: t('Ngày giới thiệu', 'Referred on'), dataIndex: 'date', render: (d: string) => formatDate(d) },
        {
          title: t('Kết quả', 'Outcome'),
          dataIndex: 'outcome',
          render: (o: VacancyReferral['outcome']) => (
            <Tag color={o === 'hired' ? 'green' : o === 'rejected' ? 'default' : 'blue'}>
              {t(REFERRAL_OUTCOME_LABELS[o ?? 'pending'])}
            </Tag>
          ),
        },
      ]}
    />
  );
}

export function VacancyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const vacancy = useApiQuery<VacancyDetails>(`/vacancies/${id}`);
  const items = useTermItems(vacancy.data);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const v = vacancy.data;
  const writable = can('vacancies:write') && v?.status === 'open';

  return (
    <>
      <PageHeader
        title={v ? v.terms.title : t('Vị trí việc làm', 'Vacancy')}
        crumbs={[{ title: t('Vị trí việc làm', 'Vacancies'), to: '/vacancies' }, { title: v?.terms.title ?? '…' }]}
        extra={
          writable && (
            <>
              <Button onClick={() => setEditing(true)}>{t('Sửa', 'Edit')}</Button>
              <Button danger onClick={() => setClosing(true)}>
                {t('Đóng vị trí', 'Close vacancy')}
              </Button>
            </>
          )
        }
      />
      <ErrorAlert error={vacancy.error} />
      {vacancy.isLoading && <Skeleton active />}
      {v && (
        <>
          <Card
            size="small"
            style={{ marginBottom: 16 }}
            title={
              <Flex gap={8} wrap="wrap" align="center">
                <span>{t('Điều kiện tuyển dụng', 'Terms')}</span>
                <Tag color={STATUS_COLORS[v.status]}>{t(STATUS_LABELS[v.status])}</Tag>
                {v.terms.overseas ? (
                  <Tag color="purple">{t('Đơn hàng nước ngoài', 'Overseas order')}</Tag>
                ) : (
                  <Tag>{t('Trong nước', 'Domestic')}</Tag>
                )}
              </Flex>
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }} items={items} />
          </Card>
          <Card size="small">
            <Tabs
              items={[
                { key: 'candidates', label: t('Ứng viên phù hợp', 'Ranked candidates'), children: <CandidatesTable vacancy={v} /> },
                {
                  key: 'referrals',
                  label: t(`Đã giới thiệu (${v.referrals.length})`, `Referrals (${v.referrals.length})`),
                  children: <ReferralsTable vacancy={v} />,
                },
              ]}
            />
          </Card>
          {writable && (
            <>
              <EditVacancyModal vacancy={v} open={editing} onClose={() => setEditing(false)} />
              <CloseVacancyModal vacancy={v} open={closing} onClose={() => setClosing(false)} />
            </>
          )}
        </>
      )}
    </>
  );
}
