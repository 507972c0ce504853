import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import {
  trainingCourseDecider,
  trainingCourseStream,
  type TrainingCourseCommand,
} from './training-course.decider';
import {
  certified,
  completed,
  courseId,
  droppedOut,
  enrolled,
  opened,
  outcome,
  terms,
} from './training-course.fixtures';
import type { TrainingCourseEvent } from './training-course.events';

const spec = DeciderSpecification.for(trainingCourseDecider);
const today = '2025-03-20';
const later = '2026-03-01';

const isCode =
  (code: string, field?: string, check: (e: DomainError) => boolean = () => true) =>
  (e: unknown) =>
    e instanceof DomainError && e.code === code && (field === undefined || e.field === field) && check(e);

const enrol = (jobSeekerId: string, enrolledOn = today, on = today): TrainingCourseCommand => ({
  type: 'EnrolTrainee',
  data: { jobSeekerId, enrolledOn, today: on },
});

describe('TrainingCourse decider', () => {
  it('names its stream TrainingCourse-<id>', () =>
    expect(trainingCourseStream('c9')).toBe('TrainingCourse-c9'));

  describe('OpenCourse', () => {
    const open = (extra: Partial<typeof terms> = {}): TrainingCourseCommand => ({
      type: 'OpenCourse',
      data: { courseId, ...terms, ...extra, today: '2025-02-20' },
    });
    it('opens a course with its terms', () => spec.given([]).when(open()).then([opened]));
    it('trims the title and funding note', () =>
      spec
        .given([])
        .when(
          open({
            title: '  Hàn   điện cơ bản ',
            funding: { ...terms.funding, note: ` ${terms.funding.note} ` },
          }),
        )
        .then([opened]));
    it('refuses to open twice', () => spec.given([opened]).when(open()).thenThrows(isCode('course_exists')));
    it('refuses an end before the start', () =>
      spec
        .given([])
        .when(open({ endDate: '2025-03-01' }))
        .thenThrows(isCode('end_before_start', 'endDate')));
    it('refuses zero places', () =>
      spec
        .given([])
        .when(open({ places: 0 }))
        .thenThrows(isCode('places', 'places')));
    it('refuses a fractional cost', () =>
      spec
        .given([])
        .when(open({ costPerTrainee: 3_500_000.5 }))
        .thenThrows(isCode('cost_per_trainee', 'costPerTrainee')));
    it('refuses an occupation code outside the national list format', () =>
      spec
        .given([])
        .when(open({ occupationCode: 'HAN' }))
        .thenThrows(isCode('occupation_code', 'occupationCode')));
    it('refuses an unknown funding source', () =>
      spec
        .given([])
        .when(open({ funding: { source: 'lottery' as never, note: '' } }))
        .thenThrows(isCode('funding_source', 'funding.source')));
  });

  describe('EnrolTrainee', () => {
    it('enrols a job seeker', () =>
      spec
        .given([opened])
        .when(enrol('js-1'))
        .then([enrolled('js-1', today)]));
    it('refuses a course that does not exist', () =>
      spec.given([]).when(enrol('js-1')).thenThrows(isCode('course_not_found')));
    it('refuses the same person twice', () =>
      spec
        .given([opened, enrolled('js-1')])
        .when(enrol('js-1'))
        .thenThrows(isCode('already_enrolled')));
    it('refuses a full course, naming the places left', () =>
      spec
        .given([opened, enrolled('a'), enrolled('b'), enrolled('c'), enrolled('d')])
        .when(enrol('e'))
        .thenThrows(
          isCode(
            'course_full',
            'jobSeekerId',
            (e) =>
              e.messages.vi.includes('còn 0 chỗ trống') &&
              e.messages.en.includes('0 places left') &&
              e.details?.placesLeft === 0,
          ),
        ));
    it('keeps a dropout’s place taken', () =>
      spec
        .given([opened, enrolled('a'), enrolled('b'), enrolled('c'), enrolled('d'), droppedOut('a')])
        .when(enrol('e'))
        .thenThrows(isCode('course_full')));
    it('refuses a finished course, naming the places left', () =>
      spec
        .given([opened, enrolled('a')])
        .when(enrol('b', '2025-07-01', '2025-07-01'))
        .thenThrows(
          isCode(
            'course_finished',
            'enrolledOn',
            (e) => e.messages.en.includes('3 places left') && e.details?.placesLeft === 3,
          ),
        ));
    it('refuses a closed course', () =>
      spec
        .given([opened, { type: 'CourseClosed', data: { courseId, on: '2025-03-10', note: 'Huỷ' } }])
        .when(enrol('b'))
        .thenThrows(isCode('course_closed', undefined, (e) => e.messages.vi.includes('2025-03-10'))));
    it('refuses an enrolment dated in the future', () =>
      spec.given([opened]).when(enrol('a', '2025-03-21')).thenThrows(isCode('date_in_future', 'enrolledOn')));
  });

  describe('RecordAttendanceMilestone', () => {
    const milestone = (extra: Partial<{ milestone: string; date: string; attendancePercent: number }> = {}) =>
      ({
        type: 'RecordAttendanceMilestone',
        data: {
          jobSeekerId: 'a',
          milestone: 'week_2',
          date: '2025-03-14',
          attendancePercent: 90,
          today,
          ...extra,
        },
      }) satisfies TrainingCourseCommand;
    it('records a milestone', () =>
      spec
        .given([opened, enrolled('a')])
        .when(milestone())
        .then([
          {
            type: 'AttendanceMilestoneRecorded',
            data: {
              courseId,
              jobSeekerId: 'a',
              milestone: 'week_2',
              date: '2025-03-14',
              attendancePercent: 90,
            },
          },
        ]));
    it('refuses the same milestone twice', () =>
      spec
        .given([opened, enrolled('a'), ...milestoneRecorded('week_2')])
        .when(milestone())
        .thenThrows(isCode('milestone_recorded', 'milestone')));
    it('refuses an attendance over 100 %', () =>
      spec
        .given([opened, enrolled('a')])
        .when(milestone({ attendancePercent: 101 }))
        .thenThrows(isCode('attendance_percent', 'attendancePercent')));
    it('refuses a milestone before the course starts', () =>
      spec
        .given([opened, enrolled('a')])
        .when(milestone({ date: '2025-03-01' }))
        .thenThrows(isCode('date_too_early', 'date')));
    it('refuses someone not enrolled', () =>
      spec.given([opened]).when(milestone()).thenThrows(isCode('trainee_not_found', 'jobSeekerId')));
    it('refuses a trainee who dropped out', () =>
      spec
        .given([opened, enrolled('a'), droppedOut('a')])
        .when(milestone({ date: '2025-04-11' }))
        .thenThrows(isCode('trainee_dropped_out')));
  });

  describe('CompleteTraining and RecordDropout', () => {
    const complete = (completedOn = '2025-06-27'): TrainingCourseCommand => ({
      type: 'CompleteTraining',
      data: { jobSeekerId: 'a', completedOn, today: later },
    });
    const dropout = (reason = 'Đi làm xa'): TrainingCourseCommand => ({
      type: 'RecordDropout',
      data: { jobSeekerId: 'a', on: '2025-04-10', reason, today: later },
    });
    it('records completion', () =>
      spec
        .given([opened, enrolled('a')])
        .when(complete())
        .then([completed('a')]));
    it('refuses completion twice', () =>
      spec
        .given([opened, enrolled('a'), completed('a')])
        .when(complete())
        .thenThrows(isCode('trainee_already_completed')));
    it('refuses completion before enrolment', () =>
      spec
        .given([opened, enrolled('a')])
        .when(complete('2025-03-01'))
        .thenThrows(isCode('date_too_early', 'completedOn')));
    it('refuses completion after dropping out', () =>
      spec
        .given([opened, enrolled('a'), droppedOut('a')])
        .when(complete())
        .thenThrows(isCode('trainee_dropped_out')));
    it('records a dropout with its reason', () =>
      spec
        .given([opened, enrolled('a')])
        .when(dropout())
        .then([droppedOut('a')]));
    it('refuses a dropout without a reason', () =>
      spec
        .given([opened, enrolled('a')])
        .when(dropout('  '))
        .thenThrows(isCode('reason_required', 'reason')));
    it('refuses a dropout after completion', () =>
      spec
        .given([opened, enrolled('a'), completed('a')])
        .when(dropout())
        .thenThrows(isCode('trainee_already_completed')));
  });

  describe('IssueCertificate', () => {
    const issue = (
      jobSeekerId: string,
      certificateNumber: string,
      level = terms.level,
    ): TrainingCourseCommand => ({
      type: 'IssueCertificate',
      data: { jobSeekerId, certificateNumber, level, issuedOn: '2025-07-15', today: later },
    });
    const given = [opened, enrolled('a'), enrolled('b'), enrolled('c'), completed('a'), completed('b')];
    it('issues a certificate to a trainee who completed', () =>
      spec
        .given(given)
        .when(issue('a', 'SC-2025-001'))
        .then([certified('a', 'SC-2025-001')]));
    it('refuses a trainee still in training', () =>
      spec
        .given(given)
        .when(issue('c', 'SC-2025-003'))
        .thenThrows(isCode('certificate_requires_completion')));
    it('refuses a trainee who dropped out', () =>
      spec
        .given([...given, droppedOut('c')])
        .when(issue('c', 'SC-2025-003'))
        .thenThrows(isCode('certificate_requires_completion')));
    it('refuses a certificate number already used in the course', () =>
      spec
        .given([...given, certified('a', 'SC-2025-001')])
        .when(issue('b', 'SC-2025-001'))
        .thenThrows(
          isCode('certificate_number_taken', 'certificateNumber', (e) =>
            e.messages.vi.includes('SC-2025-001'),
          ),
        ));
    it('refuses a second certificate to the same trainee', () =>
      spec
        .given([...given, certified('a', 'SC-2025-001')])
        .when(issue('a', 'SC-2025-009'))
        .thenThrows(isCode('certificate_already_issued')));
    it('refuses a level above the course', () =>
      spec
        .given(given)
        .when(issue('a', 'SC-2025-001', 'trung_cap'))
        .thenThrows(isCode('certificate_level', 'level')));
    it('accepts a lower level (a training certificate of a shorter module)', () =>
      spec
        .given(given)
        .when(issue('a', 'DT-2025-001', 'under_3_months'))
        .then([certified('a', 'DT-2025-001', 'under_3_months')]));
  });

  describe('RecordTrainingOutcome', () => {
    const record = (
      checkpoint: 'after_3_months' | 'after_6_months',
      date: string,
      employed: boolean,
      inTrainedOccupation = employed,
    ): TrainingCourseCommand => ({
      type: 'RecordTrainingOutcome',
      data: { jobSeekerId: 'a', checkpoint, date, employed, inTrainedOccupation, note: '', today: later },
    });
    const given = [opened, enrolled('a'), completed('a')];
    it('records the outcome at 3 months', () =>
      spec
        .given(given)
        .when(record('after_3_months', '2025-09-27', true))
        .then([outcome('a', 'after_3_months', true, '2025-09-27')]));
    it('cannot be in the trained occupation without being employed', () =>
      spec
        .given(given)
        .when(record('after_3_months', '2025-09-27', false, true))
        .then([outcome('a', 'after_3_months', false, '2025-09-27')]));
    it('refuses the same checkpoint twice', () =>
      spec
        .given([...given, outcome('a', 'after_3_months', true, '2025-09-27')])
        .when(record('after_3_months', '2025-10-01', false))
        .thenThrows(isCode('outcome_recorded', 'checkpoint')));
    it('refuses someone who did not complete', () =>
      spec
        .given([opened, enrolled('a'), droppedOut('a')])
        .when(record('after_3_months', '2025-09-27', true))
        .thenThrows(isCode('outcome_requires_completion')));
    it('refuses a follow-up dated before completion', () =>
      spec
        .given(given)
        .when(record('after_3_months', '2025-06-01', true))
        .thenThrows(isCode('date_too_early', 'date')));
    it('is still recorded after the course closed', () =>
      spec
        .given([...given, { type: 'CourseClosed', data: { courseId, on: '2025-06-30', note: '' } }])
        .when(record('after_6_months', '2025-12-27', true))
        .then([outcome('a', 'after_6_months', true, '2025-12-27')]));
  });

  describe('CloseCourse', () => {
    const close: TrainingCourseCommand = {
      type: 'CloseCourse',
      data: { on: '2025-06-30', note: ' Kết thúc ', today: later },
    };
    const closed: TrainingCourseEvent = {
      type: 'CourseClosed',
      data: { courseId, on: '2025-06-30', note: 'Kết thúc' },
    };
    it('closes when every trainee completed or dropped out', () =>
      spec
        .given([opened, enrolled('a'), enrolled('b'), completed('a'), droppedOut('b')])
        .when(close)
        .then([closed]));
    it('refuses while a trainee is still in training, listing who', () =>
      spec
        .given([opened, enrolled('a'), enrolled('b'), completed('a')])
        .when(close)
        .thenThrows(
          isCode(
            'trainees_in_training',
            undefined,
            (e) => JSON.stringify(e.details?.jobSeekerIds) === '["b"]',
          ),
        ));
    it('refuses to close twice', () =>
      spec.given([opened, closed]).when(close).thenThrows(isCode('course_closed')));
  });
});

function milestoneRecorded(milestone: string): TrainingCourseEvent[] {
  return [
    {
      type: 'AttendanceMilestoneRecorded',
      data: { courseId, jobSeekerId: 'a', milestone, date: '2025-03-14', attendancePercent: 90 },
    },
  ];
}
