/**
 * Course statistics, pure over a course's folded state. Every rate shows its part and whole so a
 * reader can check it, and its value in whole basis points (1 % = 100), rounded half up; a rate
 * over an empty whole is `null`, not 0, because "no one yet" is not "nobody succeeded".
 *
 * - fill rate        = enrolments ÷ places (dropouts keep their place, so it never exceeds 100 %)
 * - completion rate  = completed ÷ enrolled
 * - certificate rate = completers with a certificate (any level) ÷ completed
 * - employment rate  = employed at their latest follow-up ÷ completers with a follow-up recorded;
 *                      completers not yet followed up are counted in `awaitingFollowUp`, never as
 *                      unemployed
 */
import type { TrainingCourseState } from '../course/training-course.decider';
import type { TrainingLevel } from '../course/training-course.events';

export interface Rate {
  part: number;
  whole: number;
  /** Whole basis points (10 000 = 100 %), or null when the whole is 0. */
  basisPoints: number | null;
}

export interface CourseStatistics {
  courseId: string;
  title: string;
  occupationCode: string;
  level: TrainingLevel;
  places: number;
  enrolled: number;
  inTraining: number;
  completed: number;
  droppedOut: number;
  certified: number;
  followedUp: number;
  awaitingFollowUp: number;
  employed: number;
  employedInTrainedOccupation: number;
  closed: boolean;
  fillRate: Rate;
  completionRate: Rate;
  certificateRate: Rate;
  employmentRate: Rate;
}

export function rate(part: number, whole: number): Rate {
  // Half up on integers: floor((2 × part × 10 000 + whole) ÷ 2 × whole).
  const basisPoints = whole === 0 ? null : Math.floor((2 * part * 10_000 + whole) / (2 * whole));
  return { part, whole, basisPoints };
}

export function courseStatistics(course: TrainingCourseState): CourseStatistics {
  if (!course.courseId || !course.terms) throw new RangeError('Statistics of a course that never opened');
  const trainees = Object.values(course.trainees);
  const completers = trainees.filter((t) => t.status === 'completed');
  const latestOutcomes = completers
    .map((t) => t.outcomes.after_6_months ?? t.outcomes.after_3_months ?? null)
    .filter((o) => o !== null);
  const employed = latestOutcomes.filter((o) => o.employed).length;
  const certified = completers.filter((t) => t.certificate !== null).length;
  return {
    courseId: course.courseId,
    title: course.terms.title,
    occupationCode: course.terms.occupationCode,
    level: course.terms.level,
    places: course.terms.places,
    enrolled: trainees.length,
    inTraining: trainees.filter((t) => t.status === 'enrolled').length,
    completed: completers.length,
    droppedOut: trainees.filter((t) => t.status === 'dropped_out').length,
    certified,
    followedUp: latestOutcomes.length,
    awaitingFollowUp: completers.length - latestOutcomes.length,
    employed,
    employedInTrainedOccupation: latestOutcomes.filter((o) => o.inTrainedOccupation).length,
    closed: course.closedOn !== null,
    fillRate: rate(trainees.length, course.terms.places),
    completionRate: rate(completers.length, trainees.length),
    certificateRate: rate(certified, completers.length),
    employmentRate: rate(employed, latestOutcomes.length),
  };
}
