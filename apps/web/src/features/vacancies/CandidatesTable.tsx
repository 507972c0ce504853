/** The job seekers ranked for one vacancy, with the reasons for each score and a "Giới thiệu" action. */
import { Empty, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMyUnits } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { formatNumber } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { PersonLink } from '../../components/PersonLink';
import { usePersonNames } from '../../core/people';
import { EXCLUSION_LABELS } from './labels';
import { MatchDetails, MatchScore, MatchSummary, SkillGaps } from './MatchExplanation';
import { ReferButton } from './ReferButton';
import type { CandidateRanking, ExclusionCode, MatchResult, VacancyDetails } from './types';

export function CandidatesTable({ vacancy }: { vacancy: VacancyDetails }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const narrow = !Grid.useBreakpoint().md;
  const ranking = useApiQuery<CandidateRanking>(`/vacancies/${vacancy.vacancyId}/candidates`, { limit: 20 });
  const units = useMyUnits();
  const villageName = (code: string) => units.data?.find((u) => u.code === code)?.name ?? code;
  const names = usePersonNames(ranking.data?.results.map((r) => r.candidateId) ?? []);
  const pending = new Set(vacancy.referrals.filter((r) => r.outcome !== 'rejected').map((r) => r.jobSeekerId));
  const canRefer = can('job-seekers:write') && vacancy.status === 'open';
  const data = ranking.data;

  const columns: TableColumnsType<MatchResult> = [
    { title: t('Hạng', 'Rank'), key: 'rank', width: 60, render: (_v, _r, i) => i + 1 },
    {
      title: t('Họ và tên', 'Name'),
      key: 'name',
      render: (_v, r, index) => (
        <span id={`candidate-${r.candidateId}`} style={{ whiteSpace: 'nowrap' }}>
          {narrow && `${index + 1}. `}
          <PersonLink id={r.candidateId} />
          {names.byId.get(r.candidateId)?.villageCode && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {villageName(names.byId.get(r.candidateId)!.villageCode!)}
            </Typography.Text>
          )}
          {narrow && <MatchScore score={r.score} />}
        </span>
      ),
    },
    { title: t('Điểm', 'Score'), key: 'score', width: 120, render: (_v, r) => <MatchScore score={r.score} /> },
    {
      title: t('Lý do', 'Reasons'),
      key: 'reasons',
      width: 360,
      render: (_v, r) => <MatchSummary result={r} />,
    },
    { title: t('Kỹ năng còn thiếu', 'Skill gaps'), key: 'gaps', width: 150, render: (_v, r) => <SkillGaps result={r} /> },
  ];
  if (canRefer) {
    columns.push({
      title: t('Thao tác', 'Action'),
      key: 'refer',
      width: 130,
      render: (_v, r) =>
        pending.has(r.candidateId) ? (
          <Tag color="blue">{t('Đã được giới thiệu', 'Already referred')}</Tag>
        ) : (
          <ReferButton personId={r.candidateId} vacancyId={vacancy.vacancyId} describedBy={`candidate-${r.candidateId}`} />
        ),
    });
  }

  const excluded = data
    ? (Object.entries(data.excludedBy) as [ExclusionCode, number][]).filter(([, n]) => n > 0)
    : [];
  return (
    <>
      <ErrorAlert error={ranking.error} />
      {data && (
        <Flex wrap="wrap" gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>
            {t(
              `Đã xét ${formatNumber(data.considered)} người, ${formatNumber(data.eligible)} người đạt điều kiện bắt buộc.`,
              `${formatNumber(data.considered)} people considered, ${formatNumber(data.eligible)} meet the hard limits.`,
            )}
          </Typography.Text>
          {excluded.map(([code, n]) => (
            <Tag key={code}>
              {t(EXCLUSION_LABELS[code])}: {formatNumber(n)}
            </Tag>
          ))}
        </Flex>
      )}
      <Table<MatchResult>
        rowKey="candidateId"
        size="small"
        loading={ranking.isLoading}
        columns={narrow ? columns.filter((c) => c.key === 'name' || c.key === 'refer') : columns}
        dataSource={data?.results ?? []}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <MatchDetails result={r} narrow={narrow} /> }}
        scroll={narrow ? undefined : { x: 1000 }}
        locale={{ emptyText: <Empty description={t('Không có ứng viên phù hợp', 'No matching candidates')} /> }}
      />
    </>
  );
}
