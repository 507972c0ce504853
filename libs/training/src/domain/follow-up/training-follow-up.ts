/**
 * Post-training follow-up: 3 and 6 months after completing a course, the counsellor asks the
 * trainee whether they are employed and whether in the trained occupation.
 */
import { addMonths } from '../calendar';
import type { TrainingCourseState } from '../course/training-course.decider';
import type { FollowUpCheckpoint } from '../course/training-course.events';

export const FOLLOW_UP_CHECKPOINTS: readonly { checkpoint: FollowUpCheckpoint; months: number }[] = [
  { checkpoint: 'after_3_months', months: 3 },
  { checkpoint: 'after_6_months', months: 6 },
];

/** The day a checkpoint falls due: the same day of the month, clamped to the month's end. */
export function followUpDueOn(completedOn: string, checkpoint: FollowUpCheckpoint): string {
  return addMonths(completedOn, checkpoint === 'after_3_months' ? 3 : 6);
}

export interface DueFollowUp {
  courseId: string;
  courseTitle: string;
  occupationCode: string;
  jobSeekerId: string;
  checkpoint: FollowUpCheckpoint;
  dueOn: string;
}

/**
 * The counsellor's work list: every checkpoint due on or before `today` whose outcome is not yet
 * recorded, oldest first. A trainee stays on the list until the outcome is recorded.
 */
export function dueTrainingFollowUps(courses: readonly TrainingCourseState[], today: string): DueFollowUp[] {
  const due: DueFollowUp[] = [];
  for (const course of courses) {
    if (!course.courseId || !course.terms) continue;
    for (const [jobSeekerId, trainee] of Object.entries(course.trainees)) {
      if (trainee.completedOn === null) continue;
      for (const { checkpoint } of FOLLOW_UP_CHECKPOINTS) {
        const dueOn = followUpDueOn(trainee.completedOn, checkpoint);
        if (dueOn > today || trainee.outcomes[checkpoint]) continue;
        due.push({
          courseId: course.courseId,
          courseTitle: course.terms.title,
          occupationCode: course.terms.occupationCode,
          jobSeekerId,
          checkpoint,
          dueOn,
        });
      }
    }
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.jobSeekerId.localeCompare(b.jobSeekerId));
}
