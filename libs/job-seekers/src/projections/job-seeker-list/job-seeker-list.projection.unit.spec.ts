import { evolveJobSeekerListRow, type JobSeekerListRow } from './job-seeker-list.projection';

const registered = {
  type: 'JobSeekerRegistered',
  data: {
    jobSeekerId: 'js-1',
    villageCode: 'XMT-01',
    sex: 'female',
    occupationCodes: ['7212', '8322'],
    registeredOn: '2026-03-01',
    fullName: 'pii:v1:sealed-name',
  },
};
const consultation = (date: string, followUpOn: string | null) => ({
  type: 'ConsultationLogged',
  data: { jobSeekerId: 'js-1', date, counsellorId: 'u-1', followUpOn },
});
const fold = (events: { type: string; data: unknown }[]) =>
  events.reduce<JobSeekerListRow | undefined>((row, event) => evolveJobSeekerListRow(row, event), undefined);

describe('job seeker list row', () => {
  it('keeps only the sealed name and the codes in a prefix-searchable column', () => {
    expect(fold([registered])).toMatchObject({
      id: 'js-1',
      full_name_sealed: 'pii:v1:sealed-name',
      occupation_codes: '|7212|8322|',
      labour_status: 'unknown',
      closed: 0,
    });
  });

  it('takes the follow-up of the latest consultation, not of one entered late', () => {
    const row = fold([
      registered,
      consultation('2026-03-10', '2026-03-20'),
      consultation('2026-03-05', '2026-03-06'),
    ]);
    expect(row).toMatchObject({
      follow_up_on: '2026-03-20',
      last_consultation_on: '2026-03-10',
      consultations: 2,
    });
    expect(
      fold([registered, consultation('2026-03-10', '2026-03-20'), consultation('2026-03-12', null)]),
    ).toMatchObject({
      follow_up_on: null,
    });
  });

  it('marks a job start as employed unless a later status was recorded', () => {
    const status = (status: string, asOf: string) => ({
      type: 'LabourStatusRecorded',
      data: { status, asOf },
    });
    const started = { type: 'JobStarted', data: { date: '2026-03-15' } };
    expect(fold([registered, status('unemployed', '2026-03-01'), started])).toMatchObject({
      labour_status: 'employed',
      jobs_started: 1,
    });
    expect(fold([registered, status('unemployed', '2026-03-20'), started])).toMatchObject({
      labour_status: 'unemployed',
      jobs_started: 1,
    });
  });

  it('ignores events of a person it never saw registered', () => {
    expect(fold([consultation('2026-03-10', '2026-03-20')])).toBeUndefined();
  });
});
