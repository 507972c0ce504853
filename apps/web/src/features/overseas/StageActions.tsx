import { Form, Input, Radio, Space } from 'antd';
import { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { toIsoDate } from '../../core/format';
import { PRE_DEPARTURE } from './labels';
import { ContractButton, EligibilityButton, LoanButton } from './StageForms';
import { StageModal, useRules } from './StageModal';
import type { PlacementDetails } from './types';

/** The commands open at the placement's stage, only with overseas:write. */
export function StageActions({ p }: { p: PlacementDetails }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { required } = useRules();
  if (!can('overseas:write')) return null;
  const trainingDone = p.trainingCompletedOn !== null;
  return (
    <Space wrap>
      {(p.stage === 'registered' || p.stage === 'eligible') && <EligibilityButton p={p} />}
      {p.stage === 'eligible' && (
        <StageModal<{ on: Dayjs; provider: string }>
          p={p}
          label={t('Bắt đầu bồi dưỡng', 'Start pre-departure training')}
          action="pre-departure-training/start"
          testId="action-training-start"
          primary
          success={{ vi: 'Đã ghi bắt đầu bồi dưỡng', en: 'Training start recorded' }}
          toBody={(v) => ({ provider: v.provider })}
        >
          <Form.Item
            name="provider"
            label={t('Đơn vị bồi dưỡng', 'Provider')}
            rules={[required, { max: 200 }]}
          >
            <Input />
          </Form.Item>
        </StageModal>
      )}
      {p.stage === 'training' && !trainingDone && (
        <StageModal<{ on: Dayjs; certificateNumber?: string }>
          p={p}
          label={t('Hoàn thành bồi dưỡng', 'Complete pre-departure training')}
          action="pre-departure-training/complete"
          testId="action-training-complete"
          primary
          success={{ vi: 'Đã ghi hoàn thành bồi dưỡng', en: 'Training completion recorded' }}
          toBody={(v) => ({ certificateNumber: v.certificateNumber || null })}
        >
          <Form.Item
            name="certificateNumber"
            label={t('Số chứng chỉ bồi dưỡng', 'Certificate number')}
            rules={[{ max: 60 }]}
          >
            <Input />
          </Form.Item>
        </StageModal>
      )}
      {p.stage === 'training' && trainingDone && <ContractButton p={p} />}
      {p.stage === 'contracted' && (
        <StageModal<{ on: Dayjs; validUntil?: Dayjs }>
          p={p}
          label={t('Ghi cấp thị thực', 'Record the visa')}
          action="visa"
          testId="action-visa"
          primary
          success={{ vi: 'Đã ghi cấp thị thực', en: 'Visa recorded' }}
          toBody={(v) => ({ validUntil: toIsoDate(v.validUntil) ?? null })}
        >
          <Form.Item name="validUntil" label={t('Thị thực có giá trị đến', 'Valid until')}>
            <DateField />
          </Form.Item>
        </StageModal>
      )}
      {p.stage === 'visa' && (
        <StageModal
          p={p}
          label={t('Ghi xuất cảnh', 'Record departure')}
          action="departure"
          testId="action-departure"
          primary
          success={{ vi: 'Đã ghi xuất cảnh', en: 'Departure recorded' }}
        />
      )}
      {p.stage === 'departed' && (
        <StageModal<{ on: Dayjs; kind: 'completed' | 'early'; reason?: string }>
          p={p}
          label={t('Ghi về nước', 'Record return')}
          action="return"
          testId="action-return"
          primary
          success={{ vi: 'Đã ghi về nước', en: 'Return recorded' }}
          initialValues={{ kind: 'completed' }}
          toBody={(v) => ({ kind: v.kind, reason: v.kind === 'early' ? v.reason : null })}
        >
          <Form.Item name="kind" label={t('Hình thức', 'Kind')} rules={[required]}>
            <Radio.Group
              options={[
                { value: 'completed', label: t('Hết hạn hợp đồng', 'Contract completed') },
                { value: 'early', label: t('Về trước hạn', 'Early return') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'early' && (
                <Form.Item
                  name="reason"
                  label={t('Lý do về trước hạn', 'Reason for the early return')}
                  rules={[required, { max: 300 }]}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
              )
            }
          </Form.Item>
        </StageModal>
      )}
      {PRE_DEPARTURE.includes(p.stage) && (
        <StageModal<{ on: Dayjs; reason: string }>
          p={p}
          label={t('Rút hồ sơ', 'Withdraw')}
          action="withdrawal"
          testId="action-withdraw"
          danger
          success={{ vi: 'Đã ghi rút hồ sơ', en: 'Withdrawal recorded' }}
          toBody={(v) => ({ reason: v.reason })}
        >
          <Form.Item name="reason" label={t('Lý do', 'Reason')} rules={[required, { max: 300 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </StageModal>
      )}
      <LoanButton p={p} />
    </Space>
  );
}
