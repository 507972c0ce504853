import { useEffect } from 'react';
import { Alert, Card, Descriptions, Spin, Table, Tag } from 'antd';
import { formatDate, formatDateTime, formatVnd } from '../../core/format';
import { useT } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DIFFERENCE_FIELDS, LOAN_DIFFERENCES, STATUS_LABELS, formatFigure } from './labels';
import type { FigureDifference, IndicatorRow, IndicatorStatus, ReportParams, SubmittedReport } from './types';

/**
 * The submitted (frozen) report: when and by whom, whether it reproduces, and what changed since.
 * `GET /api/reports/submitted` answers 404 when nothing was submitted, so this is only mounted on request.
 */
export function SubmittedView({
  params,
  rows,
  onFound,
}: {
  params: ReportParams;
  rows: IndicatorRow[];
  /** Told once the submitted report is found, so the page can stop offering to submit. */
  onFound(): void;
}) {
  const t = useT();
  const query = useApiQuery<SubmittedReport>(
    '/reports/submitted',
    { unit: params.unit, year: params.year, month: params.kind === 'monthly' ? params.month : undefined },
    { retry: false },
  );
  const found = query.data !== undefined;
  useEffect(() => {
    if (found) onFound();
  }, [found, onFound]);
  const unitOf = (code: string) => rows.find((r) => r.code === code)?.unit ?? 'persons';
  const loan = (code: string) => LOAN_DIFFERENCES[code];
  const show = (d: FigureDifference, v: number | string | null) =>
    d.field === 'status' && typeof v === 'string'
      ? t(STATUS_LABELS[v as IndicatorStatus] ?? { vi: v, en: v })
      : typeof v === 'number'
        ? loan(d.indicatorCode)?.money
          ? formatVnd(Math.round(v))
          : formatFigure(v, unitOf(d.indicatorCode))
        : (v ?? '—');
  const nameOf = (code: string) => {
    const l = loan(code);
    if (l) return t(l);
    const row = rows.find((r) => r.code === code);
    return row ? `${code} · ${t(row.name)}` : code;
  };

  if (query.isLoading) return <Spin description={t('Đang đối chiếu bản đã gửi…', 'Checking the submitted report…')}><div style={{ height: 80 }} /></Spin>;
  if (query.error?.status === 404)
    return <Alert type="info" showIcon title={t('Báo cáo này chưa được gửi.', 'This report has not been submitted.')} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const s = query.data;
  if (!s) return null;
  return (
    <Card size="small" title={t(`Bản đã gửi ${s.reportId}`, `Submitted report ${s.reportId}`)} data-testid="submitted-report">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'on', label: t('Ngày gửi', 'Submitted on'), children: formatDate(s.submittedOn) },
          { key: 'by', label: t('Người gửi', 'Submitted by'), children: s.submittedBy },
          { key: 'as', label: t('Số liệu tính đến', 'Figures as known on'), children: formatDateTime(s.asKnownOn) },
          {
            key: 'rep',
            label: t('Tái lập', 'Reproduces'),
            children: s.reproduced ? (
              <Tag color="green">{t('Lập lại đúng như bản đã gửi', 'Regenerates identically')}</Tag>
            ) : (
              <Tag color="red">{t('Lập lại không khớp bản đã gửi', 'Does not regenerate identically')}</Tag>
            ),
          },
        ]}
      />
      {s.differencesSinceSubmission.length === 0 ? (
        <Alert
          type="success"
          showIcon
          title={t('Số liệu hiện nay không khác bản đã gửi.', 'Today’s figures do not differ from the submitted ones.')}
        />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t(
              `Số liệu hiện nay khác bản đã gửi ở ${s.differencesSinceSubmission.length} chỗ (do ghi nhận muộn hoặc sửa đổi):`,
              `Today’s figures differ from the submitted ones in ${s.differencesSinceSubmission.length} places (late or corrected records):`,
            )}
          />
          <Table<FigureDifference>
            size="small"
            pagination={false}
            scroll={{ x: true }}
            rowKey={(d) => `${d.indicatorCode}-${d.field}`}
            dataSource={s.differencesSinceSubmission}
            columns={[
              { title: t('Chỉ tiêu', 'Indicator'), key: 'code', render: (_, d) => nameOf(d.indicatorCode) },
              { title: t('Số liệu', 'Figure'), key: 'field', render: (_, d) => t(DIFFERENCE_FIELDS[d.field] ?? { vi: d.field, en: d.field }) },
              { title: t('Đã gửi', 'Submitted'), key: 'was', align: 'right', render: (_, d) => show(d, d.submitted) },
              { title: t('Hiện nay', 'Now'), key: 'now', align: 'right', render: (_, d) => show(d, d.current) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
