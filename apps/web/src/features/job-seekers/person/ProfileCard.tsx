import { Card, Descriptions, Tag } from 'antd';
import { formatDate, formatVnd } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { EDUCATION, LABOUR_STATUS, SEX, labelOf } from '../labels';
import type { JobSeekerDetails } from '../types';
import { useVillageName } from '../useVillageName';

/** The person's profile as the case says now. */
export function ProfileCard({ details, extra }: { details: JobSeekerDetails; extra?: React.ReactNode }) {
  const { t } = useI18n();
  const villageName = useVillageName();
  const p = details.profile;
  const erased = t('Đã xoá dữ liệu cá nhân', 'Personal data erased');
  const personal = (v: string | null | undefined, format: (s: string) => string = (s) => s) =>
    details.personalDataErased ? erased : v ? format(v) : '—';
  const yesNo = (v: boolean) => (v ? t('Có', 'Yes') : t('Không', 'No'));
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('Thông tin cá nhân', 'Profile')}</h2>}
      extra={extra}
    >
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('Số CCCD', 'Citizen ID (CCCD)')}>
          {personal(p.citizenId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Ngày sinh', 'Date of birth')}>
          {personal(p.dateOfBirth, formatDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Giới tính', 'Sex')}>{t(labelOf(SEX, p.sex))}</Descriptions.Item>
        <Descriptions.Item label={t('Thôn', 'Village')}>{villageName(p.villageCode)}</Descriptions.Item>
        <Descriptions.Item label={t('Số điện thoại', 'Phone')}>{personal(p.phone)}</Descriptions.Item>
        <Descriptions.Item label={t('Địa chỉ', 'Address')}>{personal(p.address)}</Descriptions.Item>
        <Descriptions.Item label={t('Tình trạng việc làm', 'Labour status')}>
          {details.labourStatus
            ? `${t(labelOf(LABOUR_STATUS, details.labourStatus.status))} (${formatDate(details.labourStatus.asOf)})`
            : t(LABOUR_STATUS.unknown!)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Trạng thái hồ sơ', 'Case status')}>
          {details.closed ? (
            <Tag>{t('Đã đóng', 'Closed')}</Tag>
          ) : (
            <Tag color="green">{t('Đang mở', 'Open')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('Ngày đăng ký', 'Registered on')}>
          {formatDate(details.registeredOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Trình độ học vấn', 'Education level')}>
          {t(labelOf(EDUCATION, p.educationLevel))}
        </Descriptions.Item>
        <Descriptions.Item label={t('Mã nghề mong muốn', 'Occupation codes')}>
          {p.occupationCodes?.length ? p.occupationCodes.join(', ') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('Kỹ năng', 'Skills')}>
          {p.skills?.length ? p.skills.join(', ') : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('Mức lương mong muốn', 'Desired wage')}>
          {formatVnd(p.desiredWage)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Sẵn sàng đi làm xa nhà', 'Willing to work away')}>
          {yesNo(p.willingToWorkAway)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Sẵn sàng đi làm việc ở nước ngoài', 'Willing to go abroad')}>
          {yesNo(p.willingToGoAbroad)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
