import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ReportRow } from '@lobby/shared';

/** One report table: the row's name, then every figure. Empty figures show as a dash. */
export const FIGURE_KEYS: (keyof ReportFigures)[] = [
  'issued',
  'served',
  'noShow',
  'cancelled',
  'meanWaitMin',
  'p90WaitMin',
  'maxWaitMin',
  'meanServiceMin',
  'meanWalkMin',
  'withinTargetPct',
  'noShowPct',
  'meanAttitude',
  'meanEfficiency',
  'ratings',
  'ratingResponsePct',
  'suspends',
  'transfers',
];

export function FiguresTable({
  rows,
  keyTitle,
  nameOf,
  testId,
}: {
  rows: readonly ReportRow[];
  keyTitle: string;
  nameOf: (key: string) => string;
  testId?: string;
}) {
  const { t } = useTranslation('admin');
  const columns: ColumnsType<ReportRow> = [
    { title: keyTitle, dataIndex: 'key', fixed: 'left', render: (key: string) => nameOf(key) },
    ...FIGURE_KEYS.map((k) => ({
      title: t(`figures.${k}`),
      dataIndex: k,
      align: 'right' as const,
      render: (v: number | null) => (v === null ? '—' : v),
    })),
  ];
  return (
    <Table<ReportRow>
      className="admin-table"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: true }}
      data-testid={testId}
    />
  );
}
