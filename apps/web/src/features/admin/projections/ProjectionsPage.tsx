import { Alert, Card, Progress, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatNumber } from '../../../core/format';
import { useI18n, type Bilingual } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';

/** `GET /api/admin/projections`. */
interface ProjectionRow {
  name: string;
  version: number;
  state: 'waiting_for_lock' | 'rebuilding' | 'catching_up' | 'live' | 'stopped' | 'failed';
  caughtUp: boolean;
  appliedEvents: number;
  lastError: string | null;
  rebuild: { done: number; total: number } | null;
}
interface ProjectionsStatus {
  runsHere: boolean;
  projections: ProjectionRow[];
}

const STATES: Record<ProjectionRow['state'], Bilingual & { color: string }> = {
  waiting_for_lock: { vi: 'Chờ tiến trình khác', en: 'Waiting for another process', color: 'default' },
  rebuilding: { vi: 'Đang dựng lại', en: 'Rebuilding', color: 'processing' },
  catching_up: { vi: 'Đang cập nhật', en: 'Catching up', color: 'processing' },
  live: { vi: 'Đã cập nhật', en: 'Up to date', color: 'success' },
  stopped: { vi: 'Đã dừng', en: 'Stopped', color: 'default' },
  failed: { vi: 'Lỗi', en: 'Failed', color: 'error' },
};

const busy = (row: ProjectionRow) => row.state === 'rebuilding' || row.state === 'catching_up';

function percentOf(rebuild: ProjectionRow['rebuild']): number {
  if (!rebuild) return 100;
  return rebuild.total <= 0 ? 100 : Math.min(100, Math.floor((rebuild.done / rebuild.total) * 100));
}

/**
 * The read models behind every list and report: their state, and the progress of a rebuild (after
 * a version bump, a restore or `projections:rebuild`), refreshed every two seconds while one works.
 */
export function ProjectionsPage() {
  const { t } = useI18n();
  const status = useApiQuery<ProjectionsStatus>('/admin/projections', undefined, {
    refetchInterval: (query) => (query.state.data?.projections.some(busy) ? 2_000 : 15_000),
    staleTime: 0,
  });
  const rows = status.data?.projections ?? [];
  const working = rows.filter(busy).length;

  const columns: ColumnsType<ProjectionRow> = [
    {
      title: t('Dữ liệu tổng hợp', 'Read model'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Typography.Text code>
          {name} v{row.version}
        </Typography.Text>
      ),
    },
    {
      title: t('Trạng thái', 'State'),
      dataIndex: 'state',
      render: (state: ProjectionRow['state']) => <Tag color={STATES[state].color}>{t(STATES[state])}</Tag>,
    },
    {
      title: t('Dựng lại lần gần nhất', 'Last rebuild'),
      key: 'rebuild',
      width: 260,
      render: (_: unknown, row) =>
        row.rebuild ? (
          <Progress
            percent={percentOf(row.rebuild)}
            size="small"
            status={row.state === 'rebuilding' ? 'active' : row.state === 'failed' ? 'exception' : 'normal'}
            format={() => `${formatNumber(row.rebuild!.done)}/${formatNumber(row.rebuild!.total)}`}
            aria-label={t(`Tiến độ dựng lại ${row.name}`, `Rebuild progress of ${row.name}`)}
          />
        ) : (
          '—'
        ),
    },
    {
      title: t('Sự kiện đã xử lý', 'Events applied'),
      dataIndex: 'appliedEvents',
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('Lỗi', 'Error'),
      dataIndex: 'lastError',
      render: (error: string | null) =>
        error ? <Typography.Text type="danger">{error}</Typography.Text> : '—',
    },
  ];

  return (
    <>
      <PageHeader title={t('Dữ liệu tổng hợp', 'Read models')} />
      <ErrorAlert error={status.error} />
      {status.data && !status.data.runsHere && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            'Máy chủ này chỉ đọc dữ liệu tổng hợp; tiến trình worker cập nhật chúng.',
            'This server only reads the read models; the worker process keeps them up to date.',
          )}
        />
      )}
      {working > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            `${working} bảng đang được cập nhật; danh sách và báo cáo có thể chưa đủ số liệu cho đến khi xong.`,
            `${working} read models are being brought up to date; lists and reports may be incomplete until they finish.`,
          )}
        />
      )}
      <Card>
        <Table<ProjectionRow>
          rowKey="name"
          size="small"
          loading={status.isLoading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          data-testid="projections-table"
        />
      </Card>
    </>
  );
}
