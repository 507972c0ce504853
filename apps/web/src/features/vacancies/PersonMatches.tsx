/** Open vacancies ranked for one job seeker, with reasons and a "Giới thiệu / Refer" action. */
import { Collapse, Empty, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../core/auth';
import { formatDate, formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { useOpenVacancyIndex } from './hooks';
import { REFERRAL_OUTCOME_LABELS, wageText } from './labels';
import { MatchDetails, MatchScore, MatchSummary, SkillGaps } from './MatchExplanation';
import { ReferButton } from './ReferButton';
import type { MatchResult, PersonReferrals, VacancyListItem } from './types';

type Referral = PersonReferrals['referrals'][number];

/** The person's latest referral to each vacancy. */
function latestReferrals(details: PersonReferrals | undefined): Map<string, Referral> {
  const map = new Map<string, Referral>();
  for (const r of details?.referrals ?? []) {
    const seen = map.get(r.vacancyId);
    if (!seen || seen.date <= r.date) map.set(r.vacancyId, r);
  }
  return map;
}

export function PersonMatches({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const narrow = !Grid.useBreakpoint().md;
  const readable = can('job-seekers:read');
  const matches = useApiQuery<{ results: MatchResult[]; excluded: MatchResult[]; considered: number }>(
    readable ? `/job-seekers/${personId}/vacancies` : null,
  );
  const person = useApiQuery<PersonReferrals>(readable ? `/job-seekers/${personId}` : null);
  const vacancies = useOpenVacancyIndex();
  const referrals = latestReferrals(person.data);
  const canRefer = can('job-seekers:write') && person.data?.closed !== true;

  const vacancyOf = (id: string): VacancyListItem | undefined => vacancies.byId.get(id);
  const titleOf = (id: string) => vacancyOf(id)?.title ?? t('Vị trí việc làm', 'Vacancy');

  const columns: TableColumnsType<MatchResult> = [
    { title: '#', key: 'rank', width: 40, render: (_v, _r, index) => index + 1 },
    {
      title: t('Vị trí việc làm', 'Vacancy'),
      key: 'vacancy',
      width: narrow ? undefined : 230,
      render: (_v, r, index) => {
        const v = vacancyOf(r.vacancyId);
        return (
          <Flex vertical gap={2}>
            <span id={`match-${r.vacancyId}`}>
              {narrow && `${index + 1}. `}
              {can('vacancies:read') ? <Link to={`/vacancies/${r.vacancyId}`}>{titleOf(r.vacancyId)}</Link> : titleOf(r.vacancyId)}
            </span>
            {v && (
              <>
                <Typography.Text type="secondary">{v.employerName ?? '—'}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {wageText(v.terms.wage, t, formatVnd)} · {t('Hạn nộp', 'Closes')} {formatDate(v.closingDate)}
                  {v.abroad && ` · ${v.country ?? t('Nước ngoài', 'Abroad')}`}
                </Typography.Text>
              </>
            )}
            {narrow && <MatchScore score={r.score} />}
          </Flex>
        );
      },
    },
    { title: t('Điểm', 'Score'), key: 'score', width: 120, render: (_v, r) => <MatchScore score={r.score} /> },
    {
      title: t('Lý do', 'Reasons'),
      key: 'reasons',
      width: 340,
      render: (_v, r) => <MatchSummary result={r} />,
    },
    { title: t('Kỹ năng còn thiếu', 'Skill gaps'), key: 'gaps', width: 150, render: (_v, r) => <SkillGaps result={r} /> },
    {
      title: t('Thao tác', 'Action'),
      key: 'refer',
      width: 130,
      render: (_v, r) => {
        const referral = referrals.get(r.vacancyId);
        const blocking = referral !== undefined && (referral.outcome === null || referral.outcome === 'hired');
        const outcome = referral ? (referral.outcome ?? 'pending') : null;
        return (
          <Flex vertical gap={4} align="flex-start">
            {canRefer && (
              <ReferButton
                personId={personId}
                vacancyId={r.vacancyId}
                disabled={blocking || person.isLoading}
                describedBy={`match-${r.vacancyId}`}
              />
            )}
            {referral && outcome && (
              <Tag
                color={outcome === 'hired' ? 'green' : outcome === 'pending' ? 'blue' : 'default'}
                title={t(`Giới thiệu ngày ${formatDate(referral.date)}`, `Referred on ${formatDate(referral.date)}`)}
              >
                {t(REFERRAL_OUTCOME_LABELS[outcome as keyof typeof REFERRAL_OUTCOME_LABELS] ?? REFERRAL_OUTCOME_LABELS.pending)}
              </Tag>
            )}
          </Flex>
        );
      },
    },
  ];

  const excluded = matches.data?.excluded ?? [];
  return (
    <div data-testid="person-matches">
      <ErrorAlert error={matches.error} />
      <Table<MatchResult>
        rowKey="vacancyId"
        size="small"
        loading={matches.isLoading}
        columns={narrow ? columns.filter((c) => c.key === 'vacancy' || c.key === 'refer') : columns}
        dataSource={matches.data?.results ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <MatchDetails result={r} narrow={narrow} /> }}
        scroll={narrow ? undefined : { x: 1000 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('Chưa có vị trí việc làm nào phù hợp', 'No open vacancy matches this person')}
            />
          ),
        }}
      />
      {excluded.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'excluded',
              label: t(
                `Không đạt điều kiện bắt buộc (${excluded.length} vị trí)`,
                `Ruled out by a hard limit (${excluded.length} vacancies)`,
              ),
              children: (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {excluded.map((r) => (
                    <li key={r.vacancyId}>
                      {can('vacancies:read') ? <Link to={`/vacancies/${r.vacancyId}`}>{titleOf(r.vacancyId)}</Link> : titleOf(r.vacancyId)}
                      {': '}
                      {r.exclusions.map((e) => t(e.reason)).join('; ')}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
