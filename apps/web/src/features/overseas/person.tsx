// The overseas pieces of the person page and the counsellor's work list.
import { Card, Empty, Flex, Form, Input, Radio, Select, Skeleton, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate, toIsoDate } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { CommandModalButton } from '../../components/CommandModal';
import { PersonLink } from '../../components/PersonLink';
import { PROGRAMMES, STAGES, STAGE_COLOR } from './labels';
import { useEmployers, usePipeline, useUnitNames } from './lookups';
import type { OverseasOrder, PlacementSummary, Programme } from './types';

interface StartValues {
  mode: 'order' | 'country';
  orderId?: string;
  country?: string;
  programme?: Programme;
  licensedEnterpriseId?: string;
  on: Dayjs;
}

function OrderSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useI18n();
  const orders = useApiQuery<OverseasOrder[]>('/vacancies', { abroad: true, status: 'open' });
  return (
    <Select
      {...props}
      loading={orders.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={t('Không có đơn hàng đang mở', 'No open order')}
      options={(orders.data ?? []).map((o) => ({
        value: o.vacancyId,
        label: `${o.title} — ${o.country ?? ''} (${t('hạn', 'closes')} ${formatDate(o.closingDate)})`,
      }))}
    />
  );
}

function EnterpriseSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { list, loading } = useEmployers();
  return (
    <Select
      {...props}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      options={list
        .filter((e) => e.overseasLicenceNo)
        .map((e) => ({ value: e.employerId, label: `${e.name} (${e.overseasLicenceNo})` }))}
    />
  );
}

/** Button + modal: register this person's interest in working abroad — for an order, or a country. */
export function StartPlacementButton({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  if (!can('overseas:write')) return null;
  const required = { required: true, message: t('Bắt buộc', 'Required') };
  const byOrder = can('vacancies:read');
  return (
    <CommandModalButton<StartValues, unknown, { placementId: string }>
      label={t('Đăng ký đi làm việc ở nước ngoài', 'Register to work abroad')}
      title={t('Đăng ký đi làm việc ở nước ngoài', 'Register to work abroad')}
      testId="start-placement"
      path="/overseas/placements"
      invalidate={['/overseas', '/job-seekers']}
      success={{ vi: 'Đã đăng ký đi làm việc ở nước ngoài', en: 'Registered to work abroad' }}
      initialValues={{ mode: byOrder ? 'order' : 'country', on: dayjs() }}
      toBody={(v) => ({
        jobSeekerId: personId,
        on: toIsoDate(v.on),
        ...(v.mode === 'order'
          ? { orderId: v.orderId }
          : { country: v.country, programme: v.programme, licensedEnterpriseId: v.licensedEnterpriseId }),
      })}
      onDone={(r) => navigate(`/overseas/placements/${r.placementId}`)}
    >
      <Form.Item name="mode" label={t('Đăng ký theo', 'Register for')} rules={[required]}>
        <Radio.Group
          options={[
            { value: 'order', label: t('Theo đơn hàng', 'For an order'), disabled: !byOrder },
            { value: 'country', label: t('Không theo đơn hàng', 'Without an order') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) =>
          getFieldValue('mode') === 'order' ? (
            <Form.Item name="orderId" label={t('Đơn hàng', 'Order')} rules={[required]}>
              <OrderSelect />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="country" label={t('Nước đến', 'Country')} rules={[required, { max: 60 }]}>
                <Input placeholder={t('Ví dụ: Nhật Bản', 'e.g. Nhật Bản')} />
              </Form.Item>
              <Form.Item name="programme" label={t('Chương trình', 'Programme')} rules={[required]}>
                <Select
                  options={(Object.keys(PROGRAMMES) as Programme[]).map((value) => ({
                    value,
                    label: t(PROGRAMMES[value]),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="licensedEnterpriseId"
                label={t('Doanh nghiệp dịch vụ (được cấp phép)', 'Licensed enterprise')}
                rules={[required]}
              >
                {byOrder ? <EnterpriseSelect /> : <Input />}
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="on" label={t('Ngày đăng ký', 'Registered on')} rules={[required]}>
        <DateField disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </CommandModalButton>
  );
}

function PlacementLine({ p }: { p: PlacementSummary }) {
  const { t } = useI18n();
  return (
    <Flex
      vertical
      gap={2}
      style={{ padding: '8px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
      data-testid="person-placement"
    >
      <Flex gap={8} wrap="wrap" align="center">
        <Link to={`/overseas/placements/${p.placementId}`}>
          {p.country} · {t(PROGRAMMES[p.programme] ?? PROGRAMMES.other)}
        </Link>
        <Tag color={STAGE_COLOR[p.stage]}>{t(STAGES[p.stage])}</Tag>
        {p.stuck && (
          <Tag color="red">
            {t(`Tồn đọng ${p.daysSinceLastEvent} ngày`, `Stuck ${p.daysSinceLastEvent} days`)}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('Đăng ký', 'Registered')} {formatDate(p.registeredOn)}
        {p.departedOn && ` · ${t('xuất cảnh', 'departed')} ${formatDate(p.departedOn)}`}
        {p.returned && ` · ${t('về nước', 'returned')} ${formatDate(p.returned.on)}`}
        {p.withdrawn && ` · ${t('rút hồ sơ', 'withdrawn')} ${formatDate(p.withdrawn.on)}`}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The person's overseas placements with their stage. The API has no per-person list, so this reads
 * the pipeline (`GET /api/overseas/pipeline`, the person's village) and keeps the person's placements.
 */
export function PersonPlacements({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const pipeline = usePipeline();
  if (!can('overseas:read')) return null;
  const mine = Object.values(pipeline.data?.byStage ?? {})
    .flat()
    .filter((p) => p.jobSeekerId === personId)
    .sort((a, b) => b.registeredOn.localeCompare(a.registeredOn));
  return (
    <Card title={t('Đi làm việc ở nước ngoài', 'Working abroad')} data-testid="person-placements">
      <ErrorAlert error={pipeline.error} />
      {pipeline.isLoading ? (
        <Skeleton active />
      ) : mine.length === 0 ? (
        <Empty description={t('Chưa đăng ký đi làm việc ở nước ngoài', 'No overseas placement')} />
      ) : (
        mine.map((p) => <PlacementLine key={p.placementId} p={p} />)
      )}
    </Card>
  );
}

/** Work-list card: overseas cases stuck in one stage for 60 days or more. */
export function StuckOverseasCard() {
  const { t } = useI18n();
  const { can } = useAuth();
  const pipeline = usePipeline();
  const villages = useUnitNames();
  if (!can('overseas:read')) return null;
  const stuck = pipeline.data?.stuck ?? [];
  return (
    <Card
      title={`${t('Hồ sơ XKLĐ tồn đọng', 'Stuck overseas cases')}${pipeline.data ? ` (${stuck.length})` : ''}`}
      data-testid="stuck-overseas-card"
      extra={<Link to="/overseas">{t('Xem bảng tiến độ', 'See the board')}</Link>}
    >
      <ErrorAlert error={pipeline.error} />
      {pipeline.isLoading && <Skeleton active />}
      {pipeline.data && stuck.length === 0 && (
        <Empty description={t('Không có hồ sơ tồn đọng', 'No stuck cases')} />
      )}
      {stuck.slice(0, 6).map((p) => (
        <Flex
          key={p.placementId}
          vertical
          style={{ padding: '6px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
        >
          <Flex gap={8} wrap="wrap" align="center">
            <PersonLink id={p.jobSeekerId} />
            <Tag color="red">{t(`${p.daysSinceLastEvent} ngày`, `${p.daysSinceLastEvent} days`)}</Tag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <Link to={`/overseas/placements/${p.placementId}`}>
              {t(STAGES[p.stage])} · {p.country}
            </Link>{' '}
            · {villages.get(p.villageCode) ?? p.villageCode}
          </Typography.Text>
        </Flex>
      ))}
      {stuck.length > 6 && (
        <Link to="/overseas">{t(`và ${stuck.length - 6} hồ sơ khác…`, `and ${stuck.length - 6} more…`)}</Link>
      )}
    </Card>
  );
}
