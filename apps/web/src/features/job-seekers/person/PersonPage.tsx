import { Alert, Flex, Result, Skeleton, Space, Tabs } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useAuth } from '../../../core/auth';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import { PersonPlacements, StartPlacementButton } from '../../overseas/person';
import { EnrolInCourseButton, PersonTraining } from '../../training/person';
import { PersonMatches } from '../../vacancies/PersonMatches';
import type { JobSeekerDetails } from '../types';
import { CaseTimeline } from './CaseTimeline';
import { CloseReopenButton, LogConsultationButton, RecordLabourStatusButton } from './caseActions';
import { EditProfileButton } from './EditProfileButton';
import { RecordJobEndButton, RecordJobStartButton } from './jobActions';
import { ProfileCard } from './ProfileCard';
import { ReferralsJobsCard } from './ReferralsJobsCard';

/** One job seeker's case: profile, actions, timeline, and the other contexts' tabs. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const details = useApiQuery<JobSeekerDetails>(`/job-seekers/${id}`);
  const crumbs = [{ title: t('Người lao động', 'Job seekers'), to: '/job-seekers' }];

  if (details.isLoading) return <Skeleton active />;
  if (details.error || !details.data) {
    return (
      <>
        <PageHeader title={t('Hồ sơ người lao động', 'Job seeker')} crumbs={crumbs} />
        {details.error?.status === 404 ? (
          <Result status="404" subTitle={t('Không tìm thấy người tìm việc', 'Job seeker not found')} />
        ) : (
          <ErrorAlert error={details.error} />
        )}
      </>
    );
  }
  const d = details.data;
  const writable = can('job-seekers:write') && !d.personalDataErased;
  const name = d.personalDataErased
    ? t('Đã xoá dữ liệu cá nhân', 'Personal data erased')
    : d.profile.fullName;
  const open = writable && !d.closed;

  const profileTab = (
    <Flex vertical gap={16}>
      {d.closed && (
        <Alert
          type="info"
          showIcon
          title={t(
            'Hồ sơ đã đóng; hãy mở lại trước khi ghi thêm',
            'The case is closed; reopen it to record more',
          )}
        />
      )}
      {open && (
        <Space wrap>
          <LogConsultationButton personId={id} />
          <RecordLabourStatusButton personId={id} current={d.labourStatus?.status} />
          <RecordJobStartButton personId={id} referrals={d.referrals} />
          <RecordJobEndButton personId={id} jobs={d.jobs} />
        </Space>
      )}
      <ProfileCard details={d} extra={open && <EditProfileButton details={d} />} />
      <ReferralsJobsCard details={d} writable={open} />
      <CaseTimeline personId={id} />
    </Flex>
  );

  const tabs = [
    { key: 'profile', label: t('Hồ sơ', 'Case'), children: profileTab },
    can('vacancies:read') && {
      key: 'matches',
      label: t('Việc làm phù hợp', 'Matching vacancies'),
      children: <PersonMatches personId={id} />,
    },
    can('training:read') && {
      key: 'training',
      label: t('Đào tạo', 'Training'),
      children: (
        <Flex vertical gap={16}>
          {can('training:write') && open && (
            <div>
              <EnrolInCourseButton personId={id} />
            </div>
          )}
          <PersonTraining personId={id} />
        </Flex>
      ),
    },
    can('overseas:read') && {
      key: 'overseas',
      label: t('Đi làm việc ở nước ngoài', 'Working abroad'),
      children: (
        <Flex vertical gap={16}>
          {can('overseas:write') && open && (
            <div>
              <StartPlacementButton personId={id} />
            </div>
          )}
          <PersonPlacements personId={id} />
        </Flex>
      ),
    },
  ].filter((tab) => tab !== false);

  return (
    <>
      <PageHeader
        title={name}
        crumbs={[...crumbs, { title: name }]}
        extra={
          writable && (
            <CloseReopenButton key={d.closed ? 'reopen' : 'close'} personId={id} closed={d.closed} />
          )
        }
      />
      <Tabs items={tabs} destroyOnHidden />
    </>
  );
}
