import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../core/i18n';
import { toIsoDate } from '../../core/format';
import { CommandModalButton } from '../../components/CommandModal';
import type { PlacementDetails } from './types';

export const INVALIDATE = ['/overseas', '/job-seekers'];

export function useRules() {
  const { t } = useI18n();
  return { required: { required: true, message: t('Bắt buộc', 'Required') } };
}

/** One stage command: a Modal form with a date (`on`) and the given fields, submit "Lưu". */
export function StageModal<V extends { on: Dayjs }>(props: {
  p: PlacementDetails;
  label: string;
  action: string;
  testId: string;
  primary?: boolean;
  danger?: boolean;
  success: { vi: string; en: string };
  toBody?: (v: V) => object;
  initialValues?: Partial<V>;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { required } = useRules();
  return (
    <CommandModalButton<V>
      label={props.label}
      title={props.label}
      testId={props.testId}
      buttonProps={{ type: props.primary ? 'primary' : 'default', danger: props.danger }}
      path={`/overseas/placements/${props.p.placementId}/${props.action}`}
      invalidate={INVALIDATE}
      success={props.success}
      initialValues={{ on: dayjs(), ...props.initialValues } as Partial<V>}
      toBody={(v) => ({ ...(props.toBody ? props.toBody(v) : {}), on: toIsoDate(v.on) })}
    >
      <Form.Item name="on" label={t('Ngày', 'Date')} rules={[required]}>
        <DateField
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(props.p.lastEventOn), 'day')}
        />
      </Form.Item>
      {props.children}
    </CommandModalButton>
  );
}
