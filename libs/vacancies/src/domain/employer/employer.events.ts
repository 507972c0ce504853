/** Events of the `Employer-<id>` stream. */
import type { DomainEvent } from '@vieclam/platform/domain';

export interface EmployerContact {
  person: string;
  phone: string;
  email: string | null;
}

/**
 * A licence to send workers abroad (giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở
 * nước ngoài, Law 69/2020/QH14). Only licensed enterprises may run overseas orders.
 */
export interface OverseasLicence {
  licenceNo: string;
  issuedOn: string;
}

export interface EmployerProfile {
  name: string;
  /** Mã số thuế: 10 digits, a branch `-NNN` suffix, or 12 digits (a citizen ID used as tax code). */
  taxCode: string | null;
  address: string;
  /** The administrative unit the employer is recorded under (village, commune or province code). */
  unitCode: string;
  contact: EmployerContact;
  overseasLicence: OverseasLicence | null;
}

export type EmployerEvent = DomainEvent<
  'EmployerRegistered',
  EmployerProfile & { employerId: string; registeredOn: string }
>;
