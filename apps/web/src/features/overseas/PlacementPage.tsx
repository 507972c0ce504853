import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Steps, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate, formatDateTime } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { PersonLink } from '../../components/PersonLink';
import { usePersonNames } from '../../core/people';
import { EVENT_NAMES, PROGRAMMES, STAGES, STAGE_ORDER, formatMoney } from './labels';
import { useEmployers, useUnitNames } from './lookups';
import { StageActions } from './StageActions';
import type { HistoryEntry, PlacementDetails, PlacementStage } from './types';

const PATH: PlacementStage[] = STAGE_ORDER.filter((s) => s !== 'withdrawn');

/** A string or number field of an event's data; anything else reads as empty. */
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A line of detail for a history event, in the user's language. */
function useEventDetail() {
  const { t } = useI18n();
  return (e: HistoryEntry): string => {
    const d = e.data;
    switch (e.type) {
      case 'EligibilityChecked': {
        const reasons = (d.reasons as { vi: string; en: string }[]) ?? [];
        return d.eligible
          ? t(
              `Đủ điều kiện (tuổi khi xuất cảnh: ${str(d.ageAtDeparture)})`,
              `Eligible (age at departure: ${str(d.ageAtDeparture)})`,
            )
          : `${t('Chưa đủ điều kiện', 'Not eligible')}: ${reasons.map((r) => t(r)).join('; ')}`;
      }
      case 'PreDepartureTrainingStarted':
        return str(d.provider);
      case 'PreDepartureTrainingCompleted':
        return d.certificateNumber ? `${t('Chứng chỉ', 'Certificate')} ${str(d.certificateNumber)}` : '';
      case 'ContractSigned':
        return `${str(d.termMonths)} ${t('tháng', 'months')} · ${t('lương', 'wage')} ${formatMoney(Number(d.monthlyWage), str(d.currency))} · ${t('tiền dịch vụ', 'fee')} ${formatMoney(Number(d.serviceFee), str(d.currency))}`;
      case 'VisaGranted':
        return d.validUntil ? `${t('Có giá trị đến', 'Valid until')} ${formatDate(str(d.validUntil))}` : '';
      case 'Returned':
        return d.kind === 'early'
          ? `${t('Về trước hạn', 'Early return')}: ${str(d.reason)}`
          : t('Hết hạn hợp đồng', 'Contract completed');
      case 'Withdrawn':
        return str(d.reason);
      default:
        return '';
    }
  };
}

/** `/overseas/placements/:id`: stage, contract, dates, history and the next stage's action. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const employers = useEmployers();
  const villages = useUnitNames();
  const detail = useEventDetail();
  const placement = useApiQuery<PlacementDetails>(can('overseas:read') ? `/overseas/placements/${id}` : null);
  const p = placement.data;
  const names = usePersonNames(p ? [p.jobSeekerId] : []);

  if (placement.error) return <ErrorAlert error={placement.error} />;
  if (!p) return <Skeleton active />;

  const name = names.nameOf(p.jobSeekerId);
  const withdrawnAt = p.withdrawn?.stageAtWithdrawal;
  const current = PATH.indexOf(withdrawnAt ?? p.stage);
  const c = p.contract;

  return (
    <>
      <PageHeader
        title={`${name} — ${p.country}`}
        crumbs={[{ title: t('Xuất khẩu lao động', 'Overseas work'), to: '/overseas' }, { title: name }]}
        extra={<Tag color={p.stuck ? 'red' : 'blue'}>{t(STAGES[p.stage])}</Tag>}
      />
      <Card style={{ marginBottom: 16 }}>
        <div style={{ overflowX: 'auto' }}>
          <Steps
            size="small"
            current={current}
            status={p.withdrawn ? 'error' : p.stage === 'returned' ? 'finish' : 'process'}
            items={PATH.map((s) => ({ title: t(STAGES[s]) }))}
            style={{ minWidth: 760 }}
          />
        </div>
        {p.withdrawn && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={`${t('Đã rút hồ sơ ngày', 'Withdrawn on')} ${formatDate(p.withdrawn.on)}: ${p.withdrawn.reason}`}
          />
        )}
        {p.stuck && (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            title={t(
              `Hồ sơ tồn đọng: ${p.daysSinceLastEvent} ngày không có cập nhật`,
              `Stuck: no update for ${p.daysSinceLastEvent} days`,
            )}
          />
        )}
        {p.ineligibilityReasons.length > 0 && p.stage === 'registered' && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={t('Chưa đủ điều kiện', 'Not eligible')}
            description={p.ineligibilityReasons.map((r) => t(r)).join('; ')}
          />
        )}
        <div style={{ marginTop: 16 }}>
          <StageActions p={p} />
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('Hồ sơ', 'Case')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('Người lao động', 'Worker')}>
                <PersonLink id={p.jobSeekerId} />
              </Descriptions.Item>
              <Descriptions.Item label={t('Thôn', 'Village')}>
                {villages.get(p.villageCode) ?? p.villageCode}
              </Descriptions.Item>
              <Descriptions.Item label={t('Nước đến', 'Country')}>{p.country}</Descriptions.Item>
              <Descriptions.Item label={t('Chương trình', 'Programme')}>
                {t(PROGRAMMES[p.programme] ?? PROGRAMMES.other)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Doanh nghiệp dịch vụ', 'Licensed enterprise')}>
                {employers.names.get(p.licensedEnterpriseId) ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('Đơn hàng', 'Order')}>
                {p.orderId ? (
                  <Link to={`/vacancies/${p.orderId}`}>{t('Xem đơn hàng', 'See the order')}</Link>
                ) : (
                  t('Không theo đơn hàng', 'No order')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('Ngày đăng ký', 'Registered on')}>
                {formatDate(p.registeredOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Hoàn thành bồi dưỡng', 'Training completed')}>
                {formatDate(p.trainingCompletedOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Cấp thị thực', 'Visa granted')}>
                {formatDate(p.visaGrantedOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Xuất cảnh', 'Departed')}>
                {formatDate(p.departedOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t('Về nước', 'Returned')}>
                {p.returned
                  ? `${formatDate(p.returned.on)} (${p.returned.kind === 'early' ? t('trước hạn', 'early') : t('hết hạn hợp đồng', 'completed')})`
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('Khoản vay liên kết', 'Linked loans')}>
                {p.loanIds.length === 0
                  ? '—'
                  : p.loanIds.map((l) =>
                      can('loans:read') ? (
                        <Link
                          key={l}
                          to={`/loans/${l}`}
                          style={{ marginInlineEnd: 8 }}
                        >{`#${l.slice(-6)}`}</Link>
                      ) : (
                        <span key={l} style={{ marginInlineEnd: 8 }}>{`#${l.slice(-6)}`}</span>
                      ),
                    )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('Hợp đồng', 'Contract')} style={{ marginBottom: 16 }}>
            {c ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('Ngày ký', 'Signed on')}>
                  {formatDate(c.signedOn)}
                </Descriptions.Item>
                <Descriptions.Item
                  label={t('Thời hạn', 'Term')}
                >{`${c.termMonths} ${t('tháng', 'months')}`}</Descriptions.Item>
                <Descriptions.Item label={t('Tiền lương tháng', 'Monthly wage')}>
                  {formatMoney(c.monthlyWage, c.currency)}
                </Descriptions.Item>
                <Descriptions.Item label={t('Tiền dịch vụ', 'Service fee')}>
                  {formatMoney(c.serviceFee, c.currency)}
                </Descriptions.Item>
                <Descriptions.Item label={t('Tiền ký quỹ', 'Deposit')}>
                  {formatMoney(c.deposit, c.currency)}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('Chưa ký hợp đồng', 'No contract yet')} />
            )}
          </Card>
          <Card title={t('Lịch sử', 'History')}>
            <Timeline
              items={[...p.history].reverse().map((e) => ({
                key: e.eventId,
                content: (
                  <>
                    <Typography.Text strong>
                      {t(EVENT_NAMES[e.type] ?? { vi: e.type, en: e.type })}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">{formatDate(e.occurredOn)}</Typography.Text>
                    {detail(e) && <div>{detail(e)}</div>}
                    <div style={{ fontSize: 12, opacity: 0.6 }}>
                      {t('Ghi lúc', 'Recorded')} {formatDateTime(e.recordedAt)}
                    </div>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
