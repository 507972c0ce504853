import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT } from '../core/format';

/**
 * A day typed or picked as dd/mm/yyyy. Inside a Form.Item the value is a dayjs; convert with
 * `toIsoDate` before sending. Typing "05/03/2025" works as well as the calendar.
 */
export function DateField(props: DatePickerProps) {
  return <DatePicker format={[DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY']} placeholder="dd/mm/yyyy" style={{ width: '100%' }} {...props} />;
}
