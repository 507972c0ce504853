import { Badge, Card, Empty, Flex, Select, Skeleton, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useI18n } from '../../core/i18n';
import { usePersonNames } from '../../core/people';
import { STAGES, STAGE_ORDER } from './labels';
import { usePipeline, useUnitNames } from './lookups';
import { PlacementCard } from './PlacementCard';
import type { PlacementStage } from './types';

/** `/overseas`: the pipeline as a board, one column per stage, scrolling sideways on a phone. */
export function PipelinePage() {
  const { t } = useI18n();
  const [village, setVillage] = useState<string | undefined>();
  const [country, setCountry] = useState<string | undefined>();
  const pipeline = usePipeline({ village, country });
  const all = usePipeline();
  const villages = useUnitNames();
  const data = pipeline.data;
  const names = usePersonNames(
    Object.values(data?.byStage ?? {}).flatMap((list) => list.map((p) => p.jobSeekerId)),
  );
  const countries = Object.keys(all.data?.byCountry ?? {});

  return (
    <>
      <PageHeader title={t('Xuất khẩu lao động', 'Overseas work')} />
      <Flex gap={8} wrap="wrap" style={{ marginBottom: 16 }} align="center">
        <UnitSelect
          levels={['village']}
          aria-label={t('Lọc theo thôn', 'Filter by village')}
          placeholder={t('Mọi thôn', 'Every village')}
          allowClear
          value={village}
          onChange={setVillage}
          style={{ minWidth: 200 }}
        />
        <Select
          aria-label={t('Lọc theo nước đến', 'Filter by country')}
          placeholder={t('Mọi nước đến', 'Every country')}
          allowClear
          value={country}
          onChange={setCountry}
          options={countries.map((c) => ({ value: c, label: c }))}
          style={{ minWidth: 180 }}
        />
        {data && (
          <Flex gap={24} style={{ marginInlineStart: 'auto' }}>
            <Statistic title={t('Tổng số hồ sơ', 'Cases')} value={data.total} />
            <Statistic
              title={t('Tồn đọng ≥ 60 ngày', 'Stuck ≥ 60 days')}
              value={data.stuck.length}
              styles={{ content: { color: data.stuck.length ? '#cf1322' : undefined } }}
            />
          </Flex>
        )}
      </Flex>
      <ErrorAlert error={pipeline.error} />
      {!data ? (
        !pipeline.error && <Skeleton active />
      ) : data.total === 0 ? (
        <Empty description={t('Chưa có hồ sơ', 'No cases yet')} />
      ) : (
        <div
          role="region"
          aria-label={t('Bảng tiến độ theo bước', 'Board by stage')}
          tabIndex={0}
          data-testid="overseas-board"
          style={{ overflowX: 'auto', paddingBottom: 8 }}
        >
          <Flex gap={12} align="flex-start" style={{ minWidth: 'max-content' }}>
            {STAGE_ORDER.map((stage: PlacementStage) => (
              <section
                key={stage}
                aria-labelledby={`stage-${stage}`}
                style={{ width: 240, flex: '0 0 240px' }}
              >
                <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                  <Typography.Title level={2} id={`stage-${stage}`} style={{ fontSize: 15, margin: 0 }}>
                    {t(STAGES[stage])}
                  </Typography.Title>
                  <Badge
                    count={data.counts[stage]}
                    showZero
                    color={stage === 'withdrawn' ? 'gray' : 'blue'}
                  />
                </Flex>
                <Card size="small" styles={{ body: { padding: 8, background: '#fafafa', minHeight: 80 } }}>
                  <Flex vertical gap={8}>
                    {data.byStage[stage].length === 0 ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
                        {t('Không có', 'None')}
                      </Typography.Text>
                    ) : (
                      data.byStage[stage].map((p) => (
                        <PlacementCard
                          key={p.placementId}
                          p={p}
                          name={names.nameOf(p.jobSeekerId)}
                          village={villages.get(p.villageCode) ?? p.villageCode}
                        />
                      ))
                    )}
                  </Flex>
                </Card>
              </section>
            ))}
          </Flex>
        </div>
      )}
    </>
  );
}
