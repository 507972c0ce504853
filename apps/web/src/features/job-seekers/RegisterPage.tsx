import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ApiError } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { DUPLICATE_REASON, labelOf } from './labels';
import { ProfileFields, profileBody, type ProfileFormValues } from './ProfileFields';
import type { CommandResult } from './types';
import { useCaseCommand } from './useCaseCommand';

interface RegisterValues extends ProfileFormValues {
  duplicateOverrideReason?: string;
}

interface PossibleDuplicate {
  jobSeekerId: string;
  reason: string;
}

function duplicatesOf(error: unknown): PossibleDuplicate[] | null {
  if (!(error instanceof ApiError) || error.code !== 'possible_duplicate') return null;
  const list = error.body.details?.duplicates;
  return Array.isArray(list) ? (list as PossibleDuplicate[]) : [];
}

/** Registers a job seeker; a possible duplicate can be confirmed with a reason (audited). */
export function RegisterPage() {
  const { t } = useI18n();
  const { homeUnit } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterValues>();
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[] | null>(null);
  const register = useCaseCommand<Record<string, unknown>, CommandResult>({
    path: '/job-seekers',
    form,
    success: { vi: 'Đã đăng ký người lao động', en: 'Job seeker registered' },
    onSuccess: (result) => void navigate(`/job-seekers/${result.jobSeekerId}`),
  });

  const submit = (values: RegisterValues) => {
    register.mutate(
      {
        ...profileBody(values),
        citizenId: values.citizenId?.trim(),
        duplicateOverrideReason: values.duplicateOverrideReason?.trim() || null,
      },
      { onError: (error) => setDuplicates(duplicatesOf(error) ?? duplicates) },
    );
  };

  return (
    <>
      <PageHeader
        title={t('Đăng ký người lao động', 'Register a job seeker')}
        crumbs={[
          { title: t('Người lao động', 'Job seekers'), to: '/job-seekers' },
          { title: t('Đăng ký', 'Register') },
        ]}
      />
      <Card>
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            villageCode: homeUnit && homeUnit.includes('-') ? homeUnit : undefined,
            willingToWorkAway: false,
            willingToGoAbroad: false,
            occupationCodes: [],
            skills: [],
          }}
        >
          <ProfileFields withCitizenId />
          {duplicates && (
            <>
              <Alert
                type="warning"
                showIcon
                role="alert"
                style={{ marginBottom: 16 }}
                title={t(
                  'Có thể trùng với người đã đăng ký; xác nhận kèm lý do để tiếp tục',
                  'Possibly the same person as someone already registered; confirm with a reason to continue',
                )}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {duplicates.map((d) => (
                      <li key={`${d.jobSeekerId}-${d.reason}`}>
                        <Link to={`/job-seekers/${d.jobSeekerId}`} target="_blank">
                          {t('Xem hồ sơ có thể trùng', 'Open the possible duplicate')}
                        </Link>{' '}
                        ({t(labelOf(DUPLICATE_REASON, d.reason))})
                      </li>
                    ))}
                  </ul>
                }
              />
              <Form.Item
                name="duplicateOverrideReason"
                label={t('Lý do xác nhận không trùng', 'Why this is not a duplicate')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('Nhập lý do để tiếp tục', 'Enter a reason to continue'),
                  },
                  { max: 500, message: t('Tối đa 500 ký tự', 'At most 500 characters') },
                ]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('Đăng ký', 'Register')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
