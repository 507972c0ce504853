import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { employerDecider, type EmployerCommand } from './employer.decider';
import type { EmployerEvent, EmployerProfile } from './employer.events';

const spec = DeciderSpecification.for(employerDecider);
const today = '2026-03-20';
const profile: EmployerProfile = {
  name: 'Công ty TNHH May Phù Cừ',
  taxCode: '0900123456',
  address: 'Cụm công nghiệp Minh Tiến',
  unitCode: 'XMT',
  contact: { person: 'Trần Thị Bình', phone: '0221388000', email: null },
  overseasLicence: null,
};
const register = (extra: Partial<EmployerProfile> = {}): EmployerCommand => ({
  type: 'RegisterEmployer',
  data: { ...profile, ...extra, employerId: 'e1', today },
});
const registered: EmployerEvent = {
  type: 'EmployerRegistered',
  data: { ...profile, employerId: 'e1', registeredOn: today },
};
const isCode = (code: string, field?: string) => (e: unknown) =>
  e instanceof DomainError && e.code === code && (field === undefined || e.field === field);

describe('Employer decider', () => {
  it('registers an employer', () => spec.given([]).when(register()).then([registered]));

  it('registers a licensed placement enterprise and a branch tax code', () => {
    const licence = { licenceNo: '123/LĐTBXH-GP', issuedOn: '2021-05-04' };
    spec
      .given([])
      .when(register({ taxCode: '0900123456-001', overseasLicence: licence }))
      .then([
        {
          type: 'EmployerRegistered',
          data: {
            ...profile,
            taxCode: '0900123456-001',
            overseasLicence: licence,
            employerId: 'e1',
            registeredOn: today,
          },
        },
      ]);
  });

  it('accepts no tax code (a household business)', () =>
    spec
      .given([])
      .when(register({ taxCode: null }))
      .then([
        {
          type: 'EmployerRegistered',
          data: { ...profile, taxCode: null, employerId: 'e1', registeredOn: today },
        },
      ]));

  it('refuses a second registration', () =>
    spec.given([registered]).when(register()).thenThrows(isCode('employer_exists')));
  it('refuses a malformed tax code', () =>
    spec
      .given([])
      .when(register({ taxCode: '09001' }))
      .thenThrows(isCode('invalid_tax_code', 'taxCode')));
  it('refuses an empty name', () =>
    spec
      .given([])
      .when(register({ name: '  ' }))
      .thenThrows(isCode('required', 'name')));
  it('refuses a missing contact phone', () =>
    spec
      .given([])
      .when(register({ contact: { ...profile.contact, phone: '' } }))
      .thenThrows(isCode('required', 'contact.phone')));
  it('refuses a licence without a number', () =>
    spec
      .given([])
      .when(register({ overseasLicence: { licenceNo: '', issuedOn: '2021-05-04' } }))
      .thenThrows(isCode('required', 'overseasLicence.licenceNo')));
  it('refuses a licence issued in the future', () =>
    spec
      .given([])
      .when(register({ overseasLicence: { licenceNo: '1/GP', issuedOn: '2027-01-01' } }))
      .thenThrows(isCode('licence_issued_in_future', 'overseasLicence.issuedOn')));
});
