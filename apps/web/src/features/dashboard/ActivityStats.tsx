import { Card, Col, Row, Statistic } from 'antd';
import { formatNumber, formatPercent, formatVnd } from '../../core/format';
import { useT } from '../../core/i18n';
import { ACTIVITY_KEYS } from '../reports/types';
import { ACTIVITY_LABELS } from '../reports/labels';
import type { UnitReport } from '../reports/types';

/** The month's activity counts (with the year to date) and the loan portfolio, as small statistics. */
export function ActivityStats({ report }: { report: UnitReport }) {
  const t = useT();
  const { month, yearToDate } = report.activities;
  const loans = report.loans;
  return (
    <Card size="small" title={t(`Hoạt động tháng ${report.month}/${report.year}`, `Activity in ${report.month}/${report.year}`)}>
      <Row gutter={[16, 12]}>
        {ACTIVITY_KEYS.map((key) => (
          <Col key={key} xs={12} sm={8} md={6} xl={4}>
            <Statistic
              title={t(ACTIVITY_LABELS[key])}
              value={month[key]}
              formatter={(v) => formatNumber(Number(v))}
              suffix={
                <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
                  {t(`/ ${formatNumber(yearToDate[key])} cả năm`, `/ ${formatNumber(yearToDate[key])} this year`)}
                </span>
              }
              styles={{ content: { fontSize: 20 } }}
            />
          </Col>
        ))}
        {loans && (
          <>
            <Col xs={24} sm={12} md={8} xl={6}>
              <Statistic
                title={t('Dư nợ vốn vay cuối tháng', 'Loans outstanding at month end')}
                value={formatVnd(Math.round(loans.outstandingPrincipal))}
                styles={{ content: { fontSize: 20 } }}
              />
            </Col>
            <Col xs={24} sm={12} md={8} xl={6}>
              <Statistic
                title={t('Nợ quá hạn', 'Overdue principal')}
                value={formatVnd(Math.round(loans.overduePrincipal))}
                suffix={
                  loans.overduePercent === null ? undefined : (
                    <span style={{ fontSize: 12 }}>({formatPercent(loans.overduePercent)})</span>
                  )
                }
                styles={{ content: { fontSize: 20 } }}
              />
            </Col>
          </>
        )}
      </Row>
    </Card>
  );
}
