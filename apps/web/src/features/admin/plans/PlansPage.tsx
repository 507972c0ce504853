import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { useAuth } from '../../../core/auth';
import { formatDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import type { PlanListRow } from '../types';
import { AdoptPlan } from './AdoptPlan';
import { PlanStatusTag } from './Findings';

/** The plans a unit adopted (`GET /api/plans?unit=`). */
export function PlansPage() {
  const { t } = useI18n();
  const { can, homeUnit } = useAuth();
  const [unit, setUnit] = useState<string | null>(homeUnit);
  const [adopting, setAdopting] = useState(false);
  const plans = useApiQuery<PlanListRow[]>(unit ? '/plans' : null, { unit });

  return (
    <>
      <PageHeader
        title={t('Kế hoạch & chỉ tiêu', 'Plan & targets')}
        crumbs={[
          { title: t('Kế hoạch & báo cáo', 'Plan & reports') },
          { title: t('Kế hoạch & chỉ tiêu', 'Plan & targets') },
        ]}
        extra={
          can('plan:write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdopting(true)}
              data-testid="plan-adopt"
            >
              {t('Ban hành kế hoạch', 'Adopt a plan')}
            </Button>
          )
        }
      />
      <Flex gap={12} align="center" wrap="wrap" style={{ marginBottom: 16 }}>
        <label htmlFor="plans-unit">{t('Đơn vị ban hành', 'Issuing unit')}</label>
        <UnitSelect
          id="plans-unit"
          aria-label={t('Đơn vị ban hành', 'Issuing unit')}
          value={unit ?? undefined}
          onChange={(v) => setUnit(v)}
          style={{ minWidth: 260 }}
        />
      </Flex>
      <ErrorAlert error={plans.error} />
      <Table<PlanListRow>
        rowKey="id"
        loading={plans.isLoading}
        dataSource={plans.data ?? []}
        scroll={{ x: true }}
        pagination={false}
        data-testid="plans-table"
        locale={{
          emptyText: (
            <Empty
              description={t(
                'Đơn vị này chưa ban hành kế hoạch riêng; kế hoạch của cấp trên được áp dụng.',
                'This unit has adopted no plan of its own; the plan of the unit above applies.',
              )}
            />
          ),
        }}
        columns={[
          {
            title: t('Số kế hoạch', 'Plan number'),
            dataIndex: 'number',
            render: (number: string, p) => <Link to={`/plans/${encodeURIComponent(p.id)}`}>{number}</Link>,
          },
          { title: t('Ngày ban hành', 'Adopted on'), dataIndex: 'adopted_on', render: formatDate },
          { title: t('Giai đoạn', 'Period'), key: 'period', render: (_, p) => `${p.from_year}–${p.to_year}` },
          { title: t('Đơn vị', 'Unit'), dataIndex: 'unit_code', render: (c: string) => <Tag>{c}</Tag> },
          {
            title: t('Trạng thái', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <PlanStatusTag status={s} />,
          },
        ]}
      />
      {adopting && <AdoptPlan unitCode={unit ?? homeUnit ?? ''} onClose={() => setAdopting(false)} />}
    </>
  );
}
