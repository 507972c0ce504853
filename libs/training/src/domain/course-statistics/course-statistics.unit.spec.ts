import { foldEvents } from '@vieclam/platform/domain';
import { trainingCourseDecider } from '../course/training-course.decider';
import {
  certified,
  completed,
  droppedOut,
  enrolled,
  opened,
  outcome,
} from '../course/training-course.fixtures';
import { courseStatistics, rate } from './course-statistics';

describe('course statistics', () => {
  // 4 places; 3 enrol, 2 complete, 1 gets a sơ cấp certificate, 1 drops out.
  const course = foldEvents(trainingCourseDecider, [
    opened,
    enrolled('a'),
    enrolled('b'),
    enrolled('c'),
    completed('a'),
    completed('b'),
    certified('a', 'SC-01'),
    droppedOut('c'),
  ]);

  it('counts a small course by hand', () => {
    const stats = courseStatistics(course);
    expect(stats).toMatchObject({
      places: 4,
      enrolled: 3,
      inTraining: 0,
      completed: 2,
      droppedOut: 1,
      certified: 1,
      followedUp: 0,
      awaitingFollowUp: 2,
      closed: false,
    });
    // 3 / 4 = 75 %; 2 / 3 = 66.666…% → 66.67 %; 1 / 2 = 50 %.
    expect(stats.fillRate).toEqual({ part: 3, whole: 4, basisPoints: 7500 });
    expect(stats.completionRate).toEqual({ part: 2, whole: 3, basisPoints: 6667 });
    expect(stats.certificateRate).toEqual({ part: 1, whole: 2, basisPoints: 5000 });
    // Nobody followed up yet: unknown, not zero.
    expect(stats.employmentRate).toEqual({ part: 0, whole: 0, basisPoints: null });
  });

  it('takes the employment rate from each completer’s latest follow-up', () => {
    const followedUp = foldEvents(
      trainingCourseDecider,
      [
        outcome('a', 'after_3_months', false, '2025-09-27'),
        outcome('a', 'after_6_months', true, '2025-12-27'),
        outcome('b', 'after_3_months', false, '2025-09-28'),
      ],
      course,
    );
    const stats = courseStatistics(followedUp);
    expect(stats).toMatchObject({
      followedUp: 2,
      awaitingFollowUp: 0,
      employed: 1,
      employedInTrainedOccupation: 1,
    });
    expect(stats.employmentRate).toEqual({ part: 1, whole: 2, basisPoints: 5000 });
  });

  it('rounds half up in whole basis points', () => {
    expect(rate(1, 3).basisPoints).toBe(3333);
    expect(rate(1, 8).basisPoints).toBe(1250);
    expect(rate(1, 16).basisPoints).toBe(625);
    expect(rate(1, 32).basisPoints).toBe(313); // 312.5 → 313
    expect(rate(0, 5).basisPoints).toBe(0);
  });

  it('refuses a course that never opened', () =>
    expect(() => courseStatistics(trainingCourseDecider.initialState())).toThrow(RangeError));
});
