/** Whole-VND InputNumber helpers: shows 3.500.000 while typing, reads back digits only. */
export const vndFormatter = (value: number | string | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
export const vndParser = (value: string | undefined) => Number((value ?? '').replace(/\D/g, '') || 0);
