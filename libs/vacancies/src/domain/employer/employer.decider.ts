/** The employer (nhà tuyển dụng): who offers vacancies, and whether it may run overseas orders. */
import { DomainError, type Decider } from '@vieclam/platform/domain';
import type { EmployerEvent, EmployerProfile } from './employer.events';
import { requireIsoDate, requireText } from '../validation';

export type EmployerCommand = {
  type: 'RegisterEmployer';
  data: EmployerProfile & { employerId: string; today: string };
};

export interface EmployerState {
  employerId: string | null;
  name: string | null;
  unitCode: string | null;
  overseasLicence: EmployerProfile['overseasLicence'];
}

export const initialEmployerState = (): EmployerState => ({
  employerId: null,
  name: null,
  unitCode: null,
  overseasLicence: null,
});

export function evolveEmployer(state: EmployerState, event: EmployerEvent): EmployerState {
  switch (event.type) {
    case 'EmployerRegistered':
      return {
        employerId: event.data.employerId,
        name: event.data.name,
        unitCode: event.data.unitCode,
        overseasLicence: event.data.overseasLicence,
      };
  }
}

const TAX_CODE = /^(\d{10}(-\d{3})?|\d{12})$/;

export function decideEmployer(command: EmployerCommand, state: EmployerState): EmployerEvent[] {
  switch (command.type) {
    case 'RegisterEmployer': {
      if (state.employerId) {
        throw DomainError.conflict('employer_exists', {
          vi: 'Nhà tuyển dụng đã được đăng ký',
          en: 'The employer is already registered',
        });
      }
      const { today, employerId, ...profile } = command.data;
      requireText(profile.name, 'name', { vi: 'Tên nhà tuyển dụng', en: 'Employer name' });
      requireText(profile.address, 'address', { vi: 'Địa chỉ', en: 'Address' });
      requireText(profile.unitCode, 'unitCode', { vi: 'Đơn vị hành chính', en: 'Administrative unit' });
      requireText(profile.contact.person, 'contact.person', { vi: 'Người liên hệ', en: 'Contact person' });
      requireText(profile.contact.phone, 'contact.phone', { vi: 'Số điện thoại', en: 'Phone number' });
      if (profile.taxCode !== null && !TAX_CODE.test(profile.taxCode)) {
        throw DomainError.invalid(
          'invalid_tax_code',
          {
            vi: 'Mã số thuế phải gồm 10 chữ số (có thể thêm -NNN cho chi nhánh) hoặc 12 chữ số',
            en: 'A tax code has 10 digits (optionally -NNN for a branch) or 12 digits',
          },
          { field: 'taxCode' },
        );
      }
      if (profile.overseasLicence) {
        requireText(profile.overseasLicence.licenceNo, 'overseasLicence.licenceNo', {
          vi: 'Số giấy phép đưa người lao động đi làm việc ở nước ngoài',
          en: 'Overseas placement licence number',
        });
        requireIsoDate(profile.overseasLicence.issuedOn, 'overseasLicence.issuedOn', {
          vi: 'Ngày cấp giấy phép',
          en: 'Licence issue date',
        });
        if (profile.overseasLicence.issuedOn > today) {
          throw DomainError.invalid(
            'licence_issued_in_future',
            {
              vi: 'Ngày cấp giấy phép không được sau hôm nay',
              en: 'The licence cannot be issued in the future',
            },
            { field: 'overseasLicence.issuedOn' },
          );
        }
      }
      return [
        {
          type: 'EmployerRegistered',
          data: { employerId, ...profile, registeredOn: today },
        },
      ];
    }
  }
}

export const employerDecider: Decider<EmployerCommand, EmployerState, EmployerEvent> = {
  decide: decideEmployer,
  evolve: evolveEmployer,
  initialState: initialEmployerState,
};
