import { Checkbox, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../../components/DateField';
import { toIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { CommandModal } from '../../../components/CommandModal';
import { useRequired } from '../shared';
import type { UnitLevel, UnitNode } from '../types';

export type UnitDialogKind = 'create' | 'rename' | 'reparent' | 'end';

const LEVELS: { value: Exclude<UnitLevel, 'country'>; vi: string; en: string }[] = [
  { value: 'province', vi: 'Tỉnh / thành phố', en: 'Province' },
  { value: 'district', vi: 'Huyện / quận', en: 'District' },
  { value: 'commune', vi: 'Xã / phường', en: 'Commune / ward' },
  { value: 'village', vi: 'Thôn / tổ dân phố', en: 'Village' },
];
const CHILD_LEVEL: Partial<Record<UnitLevel, UnitLevel>> = {
  province: 'commune',
  district: 'commune',
  commune: 'village',
};
const CODE = /^[0-9A-Za-z_-]{1,20}$/;

interface Props {
  unit?: UnitNode;
  units: UnitNode[];
  onClose(): void;
}

/** One of the dated unit changes, in a modal. */
export function UnitDialog({ kind, ...props }: Props & { kind: UnitDialogKind }) {
  if (kind === 'create') return <CreateUnit {...props} />;
  if (!props.unit) return null;
  if (kind === 'rename') return <RenameUnit {...props} unit={props.unit} />;
  if (kind === 'reparent') return <ReparentUnit {...props} unit={props.unit} />;
  return <EndUnit {...props} unit={props.unit} />;
}

function useUnitOptions(units: UnitNode[], except?: string) {
  const { t } = useI18n();
  return units
    .filter((u) => u.code !== except)
    .map((u) => ({ value: u.code, label: `${u.name} (${u.code}) — ${t(u.levelLabel)}` }));
}

function unitCommand(path: string) {
  return {
    path,
    invalidate: ['/units', '/my/units'],
    success: { vi: 'Đã lưu thay đổi đơn vị.', en: 'The unit change was saved.' },
  };
}

interface CreateValues {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string;
  validFrom: Dayjs;
  official: boolean;
}

function CreateUnit({ unit: parent, units, onClose }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const command = unitCommand('/units');
  const options = useUnitOptions(units);
  return (
    <CommandModal<CreateValues>
      title={
        parent
          ? t(`Thêm đơn vị dưới ${parent.name}`, `Add a unit under ${parent.name}`)
          : t('Thêm đơn vị', 'Add a unit')
      }
      {...command}
      onClose={onClose}
      modalTestId="unit-create-dialog"
      initialValues={{
        parentCode: parent?.code,
        level: parent ? CHILD_LEVEL[parent.level] : 'village',
        validFrom: dayjs(),
        official: false,
      }}
      toBody={(v) => ({ ...v, validFrom: toIsoDate(v.validFrom) })}
    >
      <Form.Item
        name="parentCode"
        label={t('Đơn vị cấp trên', 'Parent unit')}
        rules={[required('Vui lòng chọn đơn vị cấp trên.', 'Choose the parent unit.')]}
      >
        <Select showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('Mã đơn vị', 'Unit code')}
        extra={t(
          'Chữ, số, "-" hoặc "_", tối đa 20 ký tự, ví dụ XMT-06.',
          'Letters, digits, "-" or "_", up to 20 characters, e.g. XMT-06.',
        )}
        rules={[
          required('Vui lòng nhập mã đơn vị.', 'Enter the unit code.'),
          {
            pattern: CODE,
            message: t(
              'Mã chỉ gồm chữ, số, "-" hoặc "_" (tối đa 20 ký tự).',
              'Use letters, digits, "-" or "_" (up to 20).',
            ),
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('Tên đơn vị', 'Unit name')}
        rules={[required('Vui lòng nhập tên đơn vị.', 'Enter the unit name.'), { max: 120 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('Cấp', 'Level')}
        rules={[required('Vui lòng chọn cấp.', 'Choose the level.')]}
      >
        <Select options={LEVELS.map((l) => ({ value: l.value, label: t(l.vi, l.en) }))} />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label={t('Ngày hiệu lực', 'Valid from')}
        rules={[required('Vui lòng chọn ngày hiệu lực.', 'Choose the valid-from date.')]}
      >
        <DateField />
      </Form.Item>
      <Form.Item name="official" valuePropName="checked" label={t('Mã chính thức', 'Official code')}>
        <Checkbox>
          {t('Mã do Tổng cục Thống kê cấp', 'Code issued by the General Statistics Office')}
        </Checkbox>
      </Form.Item>
    </CommandModal>
  );
}

function RenameUnit({ unit, onClose }: Props & { unit: UnitNode }) {
  const { t } = useI18n();
  const required = useRequired();
  const command = unitCommand(`/units/${encodeURIComponent(unit.code)}/rename`);
  return (
    <CommandModal<{ name: string; from: Dayjs }>
      title={t(`Đổi tên ${unit.name}`, `Rename ${unit.name}`)}
      {...command}
      onClose={onClose}
      modalTestId="unit-rename-dialog"
      initialValues={{ name: unit.name, from: dayjs() }}
      toBody={(v) => ({ name: v.name, from: toIsoDate(v.from) })}
    >
      <Form.Item
        name="name"
        label={t('Tên mới', 'New name')}
        rules={[required('Vui lòng nhập tên mới.', 'Enter the new name.'), { max: 120 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="from"
        label={t('Từ ngày', 'From')}
        rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
      >
        <DateField />
      </Form.Item>
    </CommandModal>
  );
}

function ReparentUnit({ unit, units, onClose }: Props & { unit: UnitNode }) {
  const { t } = useI18n();
  const required = useRequired();
  const command = unitCommand(`/units/${encodeURIComponent(unit.code)}/reparent`);
  const options = useUnitOptions(units, unit.code);
  return (
    <CommandModal<{ parentCode?: string; from: Dayjs }>
      title={t(`Đổi đơn vị cấp trên của ${unit.name}`, `Move ${unit.name}`)}
      {...command}
      onClose={onClose}
      modalTestId="unit-reparent-dialog"
      initialValues={{ parentCode: unit.parentCode ?? undefined, from: dayjs() }}
      toBody={(v) => ({ parentCode: v.parentCode ?? null, from: toIsoDate(v.from) })}
    >
      <Form.Item
        name="parentCode"
        label={t('Đơn vị cấp trên mới', 'New parent unit')}
        extra={t('Để trống nếu đơn vị không còn cấp trên.', 'Leave empty for a unit without a parent.')}
      >
        <Select showSearch allowClear optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item
        name="from"
        label={t('Từ ngày', 'From')}
        rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
      >
        <DateField />
      </Form.Item>
    </CommandModal>
  );
}

function EndUnit({ unit, units, onClose }: Props & { unit: UnitNode }) {
  const { t } = useI18n();
  const required = useRequired();
  const command = unitCommand(`/units/${encodeURIComponent(unit.code)}/end`);
  const options = useUnitOptions(units, unit.code);
  return (
    <CommandModal<{ validTo: Dayjs; successorCodes: string[]; reason: string }>
      title={t(`Kết thúc hiệu lực ${unit.name}`, `End ${unit.name}`)}
      {...command}
      onClose={onClose}
      okDanger
      modalTestId="unit-end-dialog"
      initialValues={{ validTo: dayjs(), successorCodes: [] }}
      toBody={(v) => ({ ...v, validTo: toIsoDate(v.validTo) })}
    >
      <Form.Item
        name="validTo"
        label={t('Ngày cuối cùng có hiệu lực', 'Last valid day')}
        rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="successorCodes"
        label={t('Đơn vị kế thừa (sáp nhập)', 'Successor units (merger)')}
        extra={t('Để trống nếu giải thể không có đơn vị kế thừa.', 'Leave empty when no unit takes over.')}
      >
        <Select mode="multiple" optionFilterProp="label" options={options} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('Lý do', 'Reason')}
        rules={[required('Vui lòng nhập lý do.', 'Enter the reason.'), { max: 500 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModal>
  );
}
