import { DeciderSpecification } from '@vieclam/platform/testing';
import { personalDataDecider, type PersonalDataErasedData } from './personal-data-erasure';

const erasure: PersonalDataErasedData = {
  subjectId: 'subject-1',
  subjectStream: 'JobSeeker-subject-1',
  reason: 'subject_request',
};

describe('personal data erasure', () => {
  const spec = DeciderSpecification.for(personalDataDecider);

  it('records the erasure of a person not yet erased', () => {
    spec
      .given([])
      .when({ type: 'ErasePersonalData', data: erasure })
      .then([{ type: 'PersonalDataErased', data: erasure }]);
  });

  it('records nothing new when the person is already erased (erasure is final and idempotent)', () => {
    spec
      .given([{ type: 'PersonalDataErased', data: erasure }])
      .when({ type: 'ErasePersonalData', data: { ...erasure, reason: 'legal_obligation' } })
      .then([]);
  });
});
