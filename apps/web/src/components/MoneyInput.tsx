import { InputNumber, type InputNumberProps } from 'antd';

/** "1.234.567" while typing; only digits are kept, so the value is always whole đồng. */
const withDots = (value: string | number | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const digitsOnly = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '') || 0);

/**
 * A whole-đồng amount with "." thousand separators and a "₫" suffix (use inside a labelled
 * Form.Item; `suffix={null}` for an amount in another currency).
 */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      step={1_000_000}
      precision={0}
      formatter={withDots}
      parser={digitsOnly}
      suffix="₫"
      style={{ width: '100%' }}
      {...props}
    />
  );
}
