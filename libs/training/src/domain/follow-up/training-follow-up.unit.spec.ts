import { foldEvents } from '@vieclam/platform/domain';
import { trainingCourseDecider } from '../course/training-course.decider';
import { completed, enrolled, opened, outcome } from '../course/training-course.fixtures';
import { dueTrainingFollowUps, followUpDueOn } from './training-follow-up';

describe('post-training follow-up', () => {
  it('falls due 3 and 6 months after completion, clamped to the month end', () => {
    expect(followUpDueOn('2025-06-27', 'after_3_months')).toBe('2025-09-27');
    expect(followUpDueOn('2025-06-27', 'after_6_months')).toBe('2025-12-27');
    expect(followUpDueOn('2025-08-31', 'after_6_months')).toBe('2026-02-28');
    expect(followUpDueOn('2023-11-30', 'after_3_months')).toBe('2024-02-29');
  });

  const course = foldEvents(trainingCourseDecider, [
    opened,
    enrolled('a'),
    enrolled('b'),
    enrolled('c'),
    completed('a', '2025-06-27'),
    completed('b', '2025-06-20'),
  ]);

  it('lists nobody before the first due date', () =>
    expect(dueTrainingFollowUps([course], '2025-09-19')).toEqual([]));

  it('lists each completer from the due date, oldest first, never someone still in training', () => {
    const due = dueTrainingFollowUps([course], '2025-09-27');
    expect(due.map((d) => [d.jobSeekerId, d.checkpoint, d.dueOn])).toEqual([
      ['b', 'after_3_months', '2025-09-20'],
      ['a', 'after_3_months', '2025-09-27'],
    ]);
    expect(due[0]).toMatchObject({
      courseId: 'course-1',
      courseTitle: 'Hàn điện cơ bản',
      occupationCode: '7212',
    });
  });

  it('drops a checkpoint once its outcome is recorded and keeps the overdue ones', () => {
    const followedUp = foldEvents(
      trainingCourseDecider,
      [outcome('b', 'after_3_months', true, '2025-09-22')],
      course,
    );
    expect(
      dueTrainingFollowUps([followedUp], '2025-12-27').map((d) => `${d.jobSeekerId}:${d.checkpoint}`),
    ).toEqual(['a:after_3_months', 'b:after_6_months', 'a:after_6_months']);
  });
});
