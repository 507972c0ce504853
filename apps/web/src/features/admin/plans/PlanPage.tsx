import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../core/auth';
import { formatDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import type { PlanDetails } from '../types';
import { Findings, PlanStatusTag } from './Findings';
import { PlanDialog, type PlanDialogKind } from './PlanDialogs';
import { AmendmentsTable, IndicatorsTable, ReportedValuesTable } from './PlanTables';

/** One plan: as printed, its inconsistencies, amendments and reported values. */
export function PlanPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const plan = useApiQuery<PlanDetails>(`/plans/${encodeURIComponent(id)}`);
  const [dialog, setDialog] = useState<PlanDialogKind | null>(null);
  const data = plan.data;
  const writable = can('plan:write') && data?.status === 'adopted';
  const crumbs = [
    { title: t('Kế hoạch & chỉ tiêu', 'Plan & targets'), to: '/plans' },
    { title: data?.number ?? id },
  ];

  if (!data) {
    return (
      <>
        <PageHeader title={t('Kế hoạch', 'Plan')} crumbs={crumbs} />
        <ErrorAlert error={plan.error} />
        {plan.isLoading && <Skeleton active />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t(`Kế hoạch số ${data.number}`, `Plan No. ${data.number}`)}
        crumbs={crumbs}
        extra={
          <>
            {can('audit:read') && (
              <Button
                icon={<AuditOutlined />}
                onClick={() => navigate(`/audit?stream=${encodeURIComponent(`Plan-${data.planId}`)}`)}
              >
                {t('Nhật ký', 'Audit trail')}
              </Button>
            )}
            {writable && (
              <>
                <Button onClick={() => setDialog('amend')} data-testid="plan-amend">
                  {t('Điều chỉnh chỉ tiêu', 'Amend a target')}
                </Button>
                <Button onClick={() => setDialog('report')} data-testid="plan-report">
                  {t('Nhập số liệu chỉ tiêu', 'Report a value')}
                </Button>
                <Button danger onClick={() => setDialog('withdraw')} data-testid="plan-withdraw">
                  {t('Bãi bỏ kế hoạch', 'Withdraw the plan')}
                </Button>
              </>
            )}
          </>
        }
      />
      {data.withdrawn && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(
            `Kế hoạch đã bị bãi bỏ từ ngày ${formatDate(data.withdrawn.on)}`,
            `Withdrawn on ${formatDate(data.withdrawn.on)}`,
          )}
          description={data.withdrawn.reason}
        />
      )}
      <Findings findings={data.findings} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {data.title}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'number', label: t('Số kế hoạch', 'Plan number'), children: data.number },
            { key: 'adopted', label: t('Ngày ban hành', 'Adopted on'), children: formatDate(data.adoptedOn) },
            {
              key: 'unit',
              label: t('Đơn vị ban hành', 'Issued by'),
              children: `${data.unitName} (${data.unitCode})`,
            },
            {
              key: 'period',
              label: t('Giai đoạn', 'Period'),
              children: `${data.period.fromYear}–${data.period.toYear}`,
            },
            {
              key: 'annex',
              label: t('Số in trên phụ lục', 'Number printed on the annex'),
              children: data.annexNumber ?? '—',
            },
            {
              key: 'status',
              label: t('Trạng thái', 'Status'),
              children: <PlanStatusTag status={data.status} />,
            },
            {
              key: 'basis',
              label: t('Căn cứ', 'Legal basis'),
              span: 'filled',
              children: (
                <Flex vertical>
                  {data.legalBasis.map((b) => (
                    <span key={b}>{b}</span>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('Chỉ tiêu và mục tiêu theo năm', 'Indicators and yearly targets')}
      </Typography.Title>
      <IndicatorsTable plan={data} />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('Lịch sử điều chỉnh chỉ tiêu', 'Target amendments')}
      </Typography.Title>
      <AmendmentsTable plan={data} />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('Số liệu được báo cáo', 'Reported values')}
      </Typography.Title>
      <ReportedValuesTable plan={data} />
      {dialog && <PlanDialog kind={dialog} plan={data} onClose={() => setDialog(null)} />}
    </>
  );
}
