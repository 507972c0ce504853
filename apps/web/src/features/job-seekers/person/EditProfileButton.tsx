import { EditOutlined } from '@ant-design/icons';
import { fromIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { ProfileFields, profileBody, type ProfileFormValues } from '../ProfileFields';
import type { JobSeekerDetails } from '../types';
import { CommandModalButton } from '../../../components/CommandModal';
import { CASE_MODAL } from '../useCaseCommand';

/** "Sửa hồ sơ": PATCH with only the fields that changed (never the CCCD). */
export function EditProfileButton({ details }: { details: JobSeekerDetails }) {
  const { t } = useI18n();
  const p = details.profile;
  return (
    <CommandModalButton<ProfileFormValues>
      {...CASE_MODAL}
      label={t('Sửa hồ sơ', 'Edit profile')}
      icon={<EditOutlined />}
      method="PATCH"
      path={`/job-seekers/${details.jobSeekerId}`}
      success={{ vi: 'Đã cập nhật hồ sơ', en: 'Profile updated' }}
      initialValues={() => ({
        ...p,
        phone: p.phone ?? undefined,
        address: p.address ?? undefined,
        dateOfBirth: fromIsoDate(p.dateOfBirth),
      })}
      toBody={(values) => {
        const next = profileBody(values) as Record<string, unknown>;
        const before = p as unknown as Record<string, unknown>;
        return Object.fromEntries(
          Object.entries(next).filter(
            ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key] ?? null),
          ),
        );
      }}
    >
      {() => <ProfileFields withCitizenId={false} />}
    </CommandModalButton>
  );
}
