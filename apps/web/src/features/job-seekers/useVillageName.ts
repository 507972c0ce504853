import { useCallback } from 'react';
import { useMyUnits } from '../../components/UnitSelect';

/** Code → "Thôn Đông" for the user's units; the code itself while loading or when unknown. */
export function useVillageName(): (code: string | null | undefined) => string {
  const units = useMyUnits();
  return useCallback(
    (code) => {
      if (!code) return '—';
      return units.data?.find((u) => u.code === code)?.name ?? code;
    },
    [units.data],
  );
}
