/** Shared test facts: a sơ cấp welding course of 4 places in Minh Tiến. */
import type { CourseTerms, TrainingCourseEvent } from './training-course.events';

export const courseId = 'course-1';
export const terms: CourseTerms = {
  occupationCode: '7212',
  title: 'Hàn điện cơ bản',
  level: 'so_cap',
  provider: 'Trung tâm GDNN-GDTX huyện',
  venue: 'Nhà văn hoá thôn Đông',
  unitCode: 'XMT',
  startDate: '2025-03-03',
  endDate: '2025-06-27',
  places: 4,
  funding: { source: 'rural_worker_support', note: 'Hỗ trợ đào tạo nghề cho lao động nông thôn 2025' },
  costPerTrainee: 3_500_000,
};

export const opened: Extract<TrainingCourseEvent, { type: 'CourseOpened' }> = {
  type: 'CourseOpened',
  data: { courseId, ...terms, openedOn: '2025-02-20' },
};

export const enrolled = (jobSeekerId: string, enrolledOn = '2025-03-03'): TrainingCourseEvent => ({
  type: 'TraineeEnrolled',
  data: { courseId, jobSeekerId, enrolledOn },
});

export const completed = (jobSeekerId: string, completedOn = '2025-06-27'): TrainingCourseEvent => ({
  type: 'TraineeCompleted',
  data: { courseId, jobSeekerId, completedOn },
});

export const droppedOut = (jobSeekerId: string, on = '2025-04-10'): TrainingCourseEvent => ({
  type: 'TraineeDroppedOut',
  data: { courseId, jobSeekerId, on, reason: 'Đi làm xa' },
});

export const certified = (
  jobSeekerId: string,
  certificateNumber: string,
  level: CourseTerms['level'] = 'so_cap',
): TrainingCourseEvent => ({
  type: 'CertificateIssued',
  data: { courseId, jobSeekerId, certificateNumber, level, issuedOn: '2025-07-15' },
});

export const outcome = (
  jobSeekerId: string,
  checkpoint: 'after_3_months' | 'after_6_months',
  employed: boolean,
  date: string,
): TrainingCourseEvent => ({
  type: 'TrainingOutcomeRecorded',
  data: { courseId, jobSeekerId, checkpoint, date, employed, inTrainedOccupation: employed, note: '' },
});
