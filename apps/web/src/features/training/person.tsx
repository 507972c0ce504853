// Placeholders until the training feature lands: the person page and the work list import these.
/** Button + modal: enrol this job seeker in an open course. */
export function EnrolInCourseButton(_props: { personId: string }) {
  return null;
}
/** The person's training record (courses, certificates, recognitions). */
export function PersonTraining(_props: { personId: string }) {
  return null;
}
/** Work-list card: trainees due for their 3- or 6-month follow-up. */
export function TrainingFollowUpsCard() {
  return null;
}
