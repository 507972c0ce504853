import { Select, type SelectProps } from 'antd';
import { useApiQuery } from '../core/query';

export interface OrgUnit {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/** The units the user works on (`GET /api/my/units`), e.g. a commune and its villages. */
export function useMyUnits() {
  return useApiQuery<OrgUnit[]>('/my/units', undefined, { staleTime: 5 * 60_000 });
}

/** Picks one of the user's units; `levels` narrows it (e.g. `['village']`). */
export function UnitSelect({ levels, ...props }: SelectProps<string> & { levels?: string[] }) {
  const units = useMyUnits();
  const options = (units.data ?? [])
    .filter((u) => !levels || levels.includes(u.level))
    .map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
  return <Select showSearch optionFilterProp="label" loading={units.isLoading} options={options} {...props} />;
}
