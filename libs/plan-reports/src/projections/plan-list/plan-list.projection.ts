/** One row per plan: which unit adopted which plan, and whether it still stands. */
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';

export const PLAN_LIST_TABLE = 'pr_plan_list';

export interface PlanListRow extends ReadModelRow {
  id: string;
  unit_code: string;
  number: string;
  adopted_on: string;
  from_year: number;
  to_year: number;
  status: string;
}

export const planListProjection = rowProjection<PlanListRow>({
  name: 'plan_reports_plan_list',
  version: 1,
  filter: { categories: ['Plan'] },
  table: PLAN_LIST_TABLE,
  migrations: {
    '001_create_plan_list': {
      up: async (db) => {
        await db.schema
          .createTable(PLAN_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('unit_code', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('adopted_on', 'text', (c) => c.notNull())
          .addColumn('from_year', 'integer', (c) => c.notNull())
          .addColumn('to_year', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .execute();
      },
    },
  },
  keyOf: (event) =>
    event.type === 'PlanAdopted' || event.type === 'PlanWithdrawn'
      ? (event.data as { planId: string }).planId
      : undefined,
  evolve(current, event) {
    const data = event.data as Record<string, unknown>;
    if (event.type === 'PlanAdopted') {
      const period = data.period as { fromYear: number; toYear: number };
      return {
        id: String(data.planId),
        unit_code: String(data.unitCode),
        number: String(data.number),
        adopted_on: String(data.adoptedOn),
        from_year: period.fromYear,
        to_year: period.toYear,
        status: 'adopted',
      };
    }
    return current ? { ...current, status: 'withdrawn' } : undefined;
  },
});
