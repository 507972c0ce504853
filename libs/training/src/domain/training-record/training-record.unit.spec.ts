import type { TrainingCourseEvent } from '../course/training-course.events';
import {
  certified,
  completed,
  droppedOut,
  enrolled,
  opened,
  outcome,
} from '../course/training-course.fixtures';
import type { SkillRecognitionEvent } from '../skill-recognition/skill-recognition.events';
import { trainingRecordOf } from './training-record';

const shortCourse: TrainingCourseEvent = {
  type: 'CourseOpened',
  data: {
    ...opened.data,
    courseId: 'course-2',
    title: 'Trồng nấm',
    occupationCode: '6113',
    level: 'under_3_months',
    startDate: '2024-10-01',
    endDate: '2024-11-15',
    openedOn: '2024-09-20',
  },
};
const inShortCourse = (event: TrainingCourseEvent): TrainingCourseEvent =>
  ({ ...event, data: { ...event.data, courseId: 'course-2' } }) as TrainingCourseEvent;
const recognised = (jobSeekerId: string, recognisedOn: string): SkillRecognitionEvent => ({
  type: 'ExperienceRecognised',
  data: { jobSeekerId, occupationCode: '7115', years: 4, evidence: 'Xác nhận của HTX', recognisedOn },
});

describe('TrainingRecord', () => {
  const events = [
    shortCourse,
    opened,
    inShortCourse(enrolled('a', '2024-10-01')),
    enrolled('a'),
    enrolled('b'),
    enrolled('c'),
    inShortCourse(completed('a', '2024-11-15')),
    inShortCourse(certified('a', 'DT-01', 'under_3_months')),
    completed('a'),
    completed('b'),
    droppedOut('c'),
    certified('a', 'SC-01'),
    outcome('a', 'after_3_months', true, '2025-09-27'),
    recognised('d', '2025-05-02'),
  ];

  it('a person with no training is neither trained nor certified', () => {
    const record = trainingRecordOf('nobody', events);
    expect(record).toMatchObject({ courses: [], trained: false, trainedWithCertificate: false });
  });

  it('completing any course makes a person trained, from the earliest completion', () => {
    const a = trainingRecordOf('a', events);
    expect(a.trained).toBe(true);
    expect(a.trainedSince).toBe('2024-11-15');
  });

  it('a certificate under sơ cấp does not make a person certified; a sơ cấp one does, from its date', () => {
    const onlyShort = trainingRecordOf('a', events.slice(0, 8));
    expect(onlyShort).toMatchObject({ trained: true, trainedWithCertificate: false, certifiedSince: null });
    const a = trainingRecordOf('a', events);
    expect(a).toMatchObject({ trainedWithCertificate: true, certifiedSince: '2025-07-15' });
  });

  it('completing without a certificate is trained but not certified', () =>
    expect(trainingRecordOf('b', events)).toMatchObject({
      trained: true,
      trainedSince: '2025-06-27',
      trainedWithCertificate: false,
    }));

  it('dropping out is not training, and the record says why', () => {
    const c = trainingRecordOf('c', events);
    expect(c.trained).toBe(false);
    expect(c.courses).toEqual([
      expect.objectContaining({
        courseId: 'course-1',
        status: 'dropped_out',
        droppedOut: { on: '2025-04-10', reason: 'Đi làm xa' },
        followUps: [],
      }),
    ]);
  });

  it('recognised experience counts as trained, not as certified', () =>
    expect(trainingRecordOf('d', events)).toMatchObject({
      courses: [],
      recognitions: [{ occupationCode: '7115', years: 4, recognisedOn: '2025-05-02' }],
      trained: true,
      trainedSince: '2025-05-02',
      trainedWithCertificate: false,
    }));

  it('lists each course with its certificate and follow-up due dates and outcomes', () => {
    const a = trainingRecordOf('a', events);
    expect(a.courses.map((c) => [c.courseId, c.level, c.status, c.certificate?.certificateNumber])).toEqual([
      ['course-2', 'under_3_months', 'completed', 'DT-01'],
      ['course-1', 'so_cap', 'completed', 'SC-01'],
    ]);
    expect(a.courses[1]!.followUps).toEqual([
      {
        checkpoint: 'after_3_months',
        dueOn: '2025-09-27',
        outcome: { date: '2025-09-27', employed: true, inTrainedOccupation: true },
      },
      { checkpoint: 'after_6_months', dueOn: '2025-12-27', outcome: null },
    ]);
  });
});
