import { CheckCircleTwoTone, MinusCircleTwoTone } from '@ant-design/icons';
import { Flex, Progress, Tag, Typography } from 'antd';
import { useI18n } from '../../core/i18n';
import { COMPONENT_LABELS, COMPONENTS } from './labels';
import type { MatchResult } from './types';

/** The score 0–100 as a small bar with the number. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useI18n();
  const color = score >= 75 ? '#389e0d' : score >= 50 ? '#1677ff' : '#d48806';
  return (
    <Progress
      percent={score}
      size="small"
      strokeColor={color}
      format={(p) => `${p ?? 0}`}
      aria-label={t(`Điểm phù hợp ${score}/100`, `Match score ${score}/100`)}
      style={{ minWidth: 100, margin: 0 }}
    />
  );
}

/** Why the score: each component's points and reason, in the current language. */
export function MatchReasons({ result }: { result: MatchResult }) {
  const { t } = useI18n();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18, minWidth: 260 }}>
      {COMPONENTS.map((key) => {
        const c = result.components[key];
        return (
          <li key={key}>
            <Typography.Text type={c.fit >= 1 ? undefined : 'secondary'} style={{ fontSize: 13 }}>
              <strong>
                {t(COMPONENT_LABELS[key])} {Math.round(c.points)}/{c.weight}:
              </strong>{' '}
              {t(c.reason)}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}

/** Skills the person lacks, each with the occupation a course would teach it in. */
export function SkillGaps({ result }: { result: MatchResult }) {
  const { t } = useI18n();
  if (result.skillGaps.length === 0) {
    return <Typography.Text type="secondary">{t('Không thiếu kỹ năng', 'No skill gap')}</Typography.Text>;
  }
  return (
    <Flex wrap="wrap" gap={4} >
      {result.skillGaps.map((gap) => (
        <Tag
          key={gap.skill}
          color="orange"
          title={t(`Khóa học nghề mã ${gap.courseOccupationCode}`, `Course in occupation ${gap.courseOccupationCode}`)}
        >
          {gap.skill}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * The reasons in short: the strongest fits first, then what keeps the score below 100. The full
 * breakdown (`MatchReasons`) goes in the row's expansion.
 */
export function MatchSummary({ result, strengths = 2, gaps = 3 }: { result: MatchResult; strengths?: number; gaps?: number }) {
  const { t } = useI18n();
  const best = COMPONENTS.map((key) => result.components[key])
    .filter((c) => c.fit >= 1)
    .sort((a, b) => b.points - a.points)
    .slice(0, strengths);
  const missing = result.missing.slice(0, gaps);
  const more = result.missing.length - missing.length;
  return (
    <ul style={{ margin: 0, padding: 0, listStyle: 'none', minWidth: 0 }}>
      {best.map((c) => (
        <li key={c.reason.en}>
          <CheckCircleTwoTone twoToneColor="#52c41a" aria-hidden /> <Typography.Text style={{ fontSize: 13 }}>{t(c.reason)}</Typography.Text>
        </li>
      ))}
      {missing.map((m) => (
        <li key={m.en}>
          <MinusCircleTwoTone twoToneColor="#d48806" aria-hidden />{' '}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(m)}
          </Typography.Text>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`… và ${more} lý do khác`, `… and ${more} more`)}
          </Typography.Text>
        </li>
      )}
    </ul>
  );
}

/** A row's expansion: the full breakdown, plus (on a phone, where those columns are hidden) the summary and skill gaps. */
export function MatchDetails({ result, narrow }: { result: MatchResult; narrow: boolean }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8}>
      {narrow && (
        <>
          <MatchSummary result={result} />
          <div>
            <Typography.Text strong>{t('Kỹ năng còn thiếu', 'Skill gaps')}: </Typography.Text>
            <SkillGaps result={result} />
          </div>
        </>
      )}
      <MatchReasons result={result} />
    </Flex>
  );
}
