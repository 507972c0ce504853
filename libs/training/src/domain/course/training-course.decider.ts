/**
 * One vocational training course. A place once taken stays taken: a dropout does not free it,
 * because places are funded per enrolment; so the fill rate never exceeds 100 %.
 */
import {
  DomainError,
  type Decider,
  requireDate,
  requireNotBefore,
  requirePastDate,
  requireText,
} from '@vieclam/platform/domain';
import {
  FUNDING_SOURCES,
  TRAINING_LEVELS,
  TRAINING_LEVEL_NAMES,
  levelAtLeast,
  type CourseTerms,
  type FollowUpCheckpoint,
  type TrainingCourseEvent,
  type TrainingLevel,
} from './training-course.events';

export type TrainingCourseCommand =
  | { type: 'OpenCourse'; data: CourseTerms & { courseId: string; today: string } }
  | { type: 'EnrolTrainee'; data: { jobSeekerId: string; enrolledOn: string; today: string } }
  | {
      type: 'RecordAttendanceMilestone';
      data: {
        jobSeekerId: string;
        milestone: string;
        date: string;
        attendancePercent: number;
        today: string;
      };
    }
  | { type: 'CompleteTraining'; data: { jobSeekerId: string; completedOn: string; today: string } }
  | { type: 'RecordDropout'; data: { jobSeekerId: string; on: string; reason: string; today: string } }
  | {
      type: 'IssueCertificate';
      data: {
        jobSeekerId: string;
        certificateNumber: string;
        level: TrainingLevel;
        issuedOn: string;
        today: string;
      };
    }
  | {
      type: 'RecordTrainingOutcome';
      data: {
        jobSeekerId: string;
        checkpoint: FollowUpCheckpoint;
        date: string;
        employed: boolean;
        inTrainedOccupation: boolean;
        note: string;
        today: string;
      };
    }
  | { type: 'CloseCourse'; data: { on: string; note: string; today: string } };

export type TraineeStatus = 'enrolled' | 'completed' | 'dropped_out';

export interface TrainingOutcome {
  date: string;
  employed: boolean;
  inTrainedOccupation: boolean;
}

export interface TraineeState {
  enrolledOn: string;
  status: TraineeStatus;
  completedOn: string | null;
  droppedOutOn: string | null;
  milestones: string[];
  certificate: { certificateNumber: string; level: TrainingLevel; issuedOn: string } | null;
  outcomes: Partial<Record<FollowUpCheckpoint, TrainingOutcome>>;
}

export interface TrainingCourseState {
  courseId: string | null;
  terms: CourseTerms | null;
  closedOn: string | null;
  /** By jobSeekerId, in enrolment order. */
  trainees: Record<string, TraineeState>;
  /** Certificate number → the jobSeekerId holding it. */
  certificateNumbers: Record<string, string>;
}

export const initialTrainingCourseState = (): TrainingCourseState => ({
  courseId: null,
  terms: null,
  closedOn: null,
  trainees: {},
  certificateNumbers: {},
});

function updateTrainee(
  state: TrainingCourseState,
  jobSeekerId: string,
  change: (trainee: TraineeState) => TraineeState,
): TrainingCourseState {
  const trainee = state.trainees[jobSeekerId];
  if (!trainee) return state;
  return { ...state, trainees: { ...state.trainees, [jobSeekerId]: change(trainee) } };
}

export function evolveTrainingCourse(
  state: TrainingCourseState,
  event: TrainingCourseEvent,
): TrainingCourseState {
  switch (event.type) {
    case 'CourseOpened': {
      const { courseId, openedOn: _openedOn, ...terms } = event.data;
      return { ...initialTrainingCourseState(), courseId, terms };
    }
    case 'TraineeEnrolled':
      return {
        ...state,
        trainees: {
          ...state.trainees,
          [event.data.jobSeekerId]: {
            enrolledOn: event.data.enrolledOn,
            status: 'enrolled',
            completedOn: null,
            droppedOutOn: null,
            milestones: [],
            certificate: null,
            outcomes: {},
          },
        },
      };
    case 'AttendanceMilestoneRecorded':
      return updateTrainee(state, event.data.jobSeekerId, (t) => ({
        ...t,
        milestones: [...t.milestones, event.data.milestone],
      }));
    case 'TraineeCompleted':
      return updateTrainee(state, event.data.jobSeekerId, (t) => ({
        ...t,
        status: 'completed',
        completedOn: event.data.completedOn,
      }));
    case 'TraineeDroppedOut':
      return updateTrainee(state, event.data.jobSeekerId, (t) => ({
        ...t,
        status: 'dropped_out',
        droppedOutOn: event.data.on,
      }));
    case 'CertificateIssued': {
      const { jobSeekerId, certificateNumber, level, issuedOn } = event.data;
      return {
        ...updateTrainee(state, jobSeekerId, (t) => ({
          ...t,
          certificate: { certificateNumber, level, issuedOn },
        })),
        certificateNumbers: { ...state.certificateNumbers, [certificateNumber]: jobSeekerId },
      };
    }
    case 'TrainingOutcomeRecorded': {
      const { checkpoint, date, employed, inTrainedOccupation } = event.data;
      return updateTrainee(state, event.data.jobSeekerId, (t) => ({
        ...t,
        outcomes: { ...t.outcomes, [checkpoint]: { date, employed, inTrainedOccupation } },
      }));
    }
    case 'CourseClosed':
      return { ...state, closedOn: event.data.on };
  }
}

/** Places left: capacity minus every enrolment so far (dropouts included, see the file comment). */
export function placesLeft(state: TrainingCourseState): number {
  return (state.terms?.places ?? 0) - Object.keys(state.trainees).length;
}

function requireCourse(state: TrainingCourseState): { courseId: string; terms: CourseTerms } {
  if (!state.courseId || !state.terms) {
    throw DomainError.notFound('course_not_found', {
      vi: 'Không tìm thấy khoá đào tạo',
      en: 'Training course not found',
    });
  }
  return { courseId: state.courseId, terms: state.terms };
}

function requireTrainee(state: TrainingCourseState, jobSeekerId: string): TraineeState {
  const trainee = state.trainees[jobSeekerId];
  if (!trainee) {
    throw DomainError.notFound(
      'trainee_not_found',
      { vi: 'Người này chưa ghi danh vào khoá học', en: 'This person is not enrolled in the course' },
      { field: 'jobSeekerId' },
    );
  }
  return trainee;
}

function requireInTraining(trainee: TraineeState): void {
  if (trainee.status === 'completed') {
    throw DomainError.conflict('trainee_already_completed', {
      vi: 'Học viên đã hoàn thành khoá học',
      en: 'The trainee has already completed the course',
    });
  }
  if (trainee.status === 'dropped_out') {
    throw DomainError.conflict('trainee_dropped_out', {
      vi: 'Học viên đã bỏ học',
      en: 'The trainee has dropped out',
    });
  }
}

function requireOpen(state: TrainingCourseState): void {
  if (state.closedOn !== null) {
    throw DomainError.conflict('course_closed', {
      vi: `Khoá học đã đóng ngày ${state.closedOn}`,
      en: `The course was closed on ${state.closedOn}`,
    });
  }
}

function validateTerms(terms: CourseTerms): CourseTerms {
  if (!/^\d{1,5}$/.test(terms.occupationCode)) {
    throw DomainError.invalid(
      'occupation_code',
      {
        vi: 'Mã nghề phải theo Danh mục nghề nghiệp Việt Nam (1–5 chữ số)',
        en: 'The occupation code must be a Vietnamese occupation code (1–5 digits)',
      },
      { field: 'occupationCode' },
    );
  }
  if (!(TRAINING_LEVELS as readonly string[]).includes(terms.level)) {
    throw DomainError.invalid(
      'training_level',
      { vi: 'Trình độ đào tạo không hợp lệ', en: 'Unknown training level' },
      { field: 'level' },
    );
  }
  if (!(FUNDING_SOURCES as readonly string[]).includes(terms.funding.source)) {
    throw DomainError.invalid(
      'funding_source',
      { vi: 'Nguồn kinh phí không hợp lệ', en: 'Unknown funding source' },
      { field: 'funding.source' },
    );
  }
  requireDate(terms.startDate, 'startDate', { vi: 'Ngày khai giảng', en: 'Start date' });
  requireDate(terms.endDate, 'endDate', { vi: 'Ngày kết thúc', en: 'End date' });
  requireNotBefore(
    terms.endDate,
    terms.startDate,
    'endDate',
    { vi: 'Ngày kết thúc trước ngày khai giảng', en: 'The end date is before the start date' },
    'end_before_start',
  );
  if (!Number.isSafeInteger(terms.places) || terms.places < 1) {
    throw DomainError.invalid(
      'places',
      { vi: 'Số chỗ phải là số nguyên dương', en: 'The number of places must be a positive whole number' },
      { field: 'places' },
    );
  }
  if (!Number.isSafeInteger(terms.costPerTrainee) || terms.costPerTrainee < 0) {
    throw DomainError.invalid(
      'cost_per_trainee',
      {
        vi: 'Chi phí mỗi học viên phải là số đồng nguyên, không âm',
        en: 'The cost per trainee must be a whole, non-negative number of VND',
      },
      { field: 'costPerTrainee' },
    );
  }
  return {
    ...terms,
    title: requireText(terms.title, 'title', { vi: 'Tên khoá học', en: 'The course title' }),
    provider: requireText(terms.provider, 'provider', { vi: 'Cơ sở đào tạo', en: 'The provider' }),
    venue: requireText(terms.venue, 'venue', { vi: 'Địa điểm học', en: 'The venue' }),
    unitCode: requireText(terms.unitCode, 'unitCode', { vi: 'Đơn vị', en: 'The unit' }),
    funding: { source: terms.funding.source, note: terms.funding.note.trim() },
  };
}

export function decideTrainingCourse(
  command: TrainingCourseCommand,
  state: TrainingCourseState,
): TrainingCourseEvent[] {
  switch (command.type) {
    case 'OpenCourse': {
      if (state.courseId) {
        throw DomainError.conflict('course_exists', {
          vi: 'Khoá đào tạo đã được mở',
          en: 'The training course is already open',
        });
      }
      const { courseId, today, ...terms } = command.data;
      return [{ type: 'CourseOpened', data: { courseId, ...validateTerms(terms), openedOn: today } }];
    }

    case 'EnrolTrainee': {
      const { courseId, terms } = requireCourse(state);
      const { jobSeekerId, enrolledOn, today } = command.data;
      requirePastDate(enrolledOn, 'enrolledOn', today, { vi: 'Ngày ghi danh', en: 'Enrolment date' });
      if (state.trainees[jobSeekerId]) {
        throw DomainError.conflict(
          'already_enrolled',
          { vi: 'Người này đã ghi danh vào khoá học', en: 'This person is already enrolled in the course' },
          { field: 'jobSeekerId' },
        );
      }
      const left = placesLeft(state);
      if (state.closedOn !== null) {
        throw DomainError.conflict(
          'course_closed',
          {
            vi: `Khoá học đã đóng ngày ${state.closedOn}; không nhận thêm học viên (còn ${left} chỗ không dùng)`,
            en: `The course was closed on ${state.closedOn}; no more enrolments (${left} places left unused)`,
          },
          { field: 'jobSeekerId', details: { places: terms.places, placesLeft: left } },
        );
      }
      if (enrolledOn > terms.endDate) {
        throw DomainError.conflict(
          'course_finished',
          {
            vi: `Khoá học đã kết thúc ngày ${terms.endDate}; không nhận thêm học viên (còn ${left} chỗ không dùng)`,
            en: `The course ended on ${terms.endDate}; no more enrolments (${left} places left unused)`,
          },
          { field: 'enrolledOn', details: { places: terms.places, placesLeft: left } },
        );
      }
      if (left <= 0) {
        throw DomainError.conflict(
          'course_full',
          {
            vi: `Khoá học đã đủ ${terms.places} chỗ, còn 0 chỗ trống`,
            en: `The course is full: all ${terms.places} places are taken, 0 places left`,
          },
          { field: 'jobSeekerId', details: { places: terms.places, placesLeft: 0 } },
        );
      }
      return [{ type: 'TraineeEnrolled', data: { courseId, jobSeekerId, enrolledOn } }];
    }

    case 'RecordAttendanceMilestone': {
      const { courseId, terms } = requireCourse(state);
      const { jobSeekerId, date, today, attendancePercent } = command.data;
      const trainee = requireTrainee(state, jobSeekerId);
      requireInTraining(trainee);
      requirePastDate(date, 'date', today, { vi: 'Ngày ghi nhận', en: 'Milestone date' });
      requireNotBefore(date, terms.startDate, 'date', {
        vi: 'Mốc chuyên cần trước ngày khai giảng',
        en: 'The milestone is before the course starts',
      });
      if (!Number.isInteger(attendancePercent) || attendancePercent < 0 || attendancePercent > 100) {
        throw DomainError.invalid(
          'attendance_percent',
          {
            vi: 'Tỷ lệ chuyên cần là số nguyên từ 0 đến 100',
            en: 'Attendance is a whole percentage from 0 to 100',
          },
          { field: 'attendancePercent' },
        );
      }
      const milestone = requireText(command.data.milestone, 'milestone', {
        vi: 'Mốc chuyên cần',
        en: 'The milestone',
      });
      if (trainee.milestones.includes(milestone)) {
        throw DomainError.conflict(
          'milestone_recorded',
          { vi: `Mốc "${milestone}" đã được ghi`, en: `Milestone "${milestone}" is already recorded` },
          { field: 'milestone' },
        );
      }
      return [
        {
          type: 'AttendanceMilestoneRecorded',
          data: { courseId, jobSeekerId, milestone, date, attendancePercent },
        },
      ];
    }

    case 'CompleteTraining': {
      const { courseId } = requireCourse(state);
      const { jobSeekerId, completedOn, today } = command.data;
      const trainee = requireTrainee(state, jobSeekerId);
      requireInTraining(trainee);
      requirePastDate(completedOn, 'completedOn', today, { vi: 'Ngày hoàn thành', en: 'Completion date' });
      requireNotBefore(completedOn, trainee.enrolledOn, 'completedOn', {
        vi: 'Ngày hoàn thành trước ngày ghi danh',
        en: 'The completion date is before the enrolment',
      });
      return [{ type: 'TraineeCompleted', data: { courseId, jobSeekerId, completedOn } }];
    }

    case 'RecordDropout': {
      const { courseId } = requireCourse(state);
      const { jobSeekerId, on, today } = command.data;
      const trainee = requireTrainee(state, jobSeekerId);
      requireInTraining(trainee);
      requirePastDate(on, 'on', today, { vi: 'Ngày bỏ học', en: 'Dropout date' });
      requireNotBefore(on, trainee.enrolledOn, 'on', {
        vi: 'Ngày bỏ học trước ngày ghi danh',
        en: 'The dropout date is before the enrolment',
      });
      const reason = requireText(command.data.reason, 'reason', { vi: 'Lý do bỏ học', en: 'The reason' });
      return [{ type: 'TraineeDroppedOut', data: { courseId, jobSeekerId, on, reason } }];
    }

    case 'IssueCertificate': {
      const { courseId, terms } = requireCourse(state);
      const { jobSeekerId, level, issuedOn, today } = command.data;
      const trainee = requireTrainee(state, jobSeekerId);
      if (trainee.status !== 'completed' || trainee.completedOn === null) {
        throw DomainError.conflict(
          'certificate_requires_completion',
          {
            vi: 'Chỉ cấp chứng chỉ cho học viên đã hoàn thành khoá học',
            en: 'A certificate is issued only to a trainee who completed the course',
          },
          { field: 'jobSeekerId' },
        );
      }
      if (trainee.certificate) {
        throw DomainError.conflict(
          'certificate_already_issued',
          {
            vi: `Học viên đã được cấp chứng chỉ số ${trainee.certificate.certificateNumber}`,
            en: `The trainee already holds certificate ${trainee.certificate.certificateNumber}`,
          },
          { field: 'jobSeekerId' },
        );
      }
      const certificateNumber = requireText(command.data.certificateNumber, 'certificateNumber', {
        vi: 'Số chứng chỉ',
        en: 'The certificate number',
      });
      if (state.certificateNumbers[certificateNumber] !== undefined) {
        throw DomainError.conflict(
          'certificate_number_taken',
          {
            vi: `Số chứng chỉ ${certificateNumber} đã cấp cho học viên khác của khoá này`,
            en: `Certificate number ${certificateNumber} is already issued to another trainee of this course`,
          },
          { field: 'certificateNumber' },
        );
      }
      if (!(TRAINING_LEVELS as readonly string[]).includes(level) || !levelAtLeast(terms.level, level)) {
        throw DomainError.invalid(
          'certificate_level',
          {
            vi: `Trình độ chứng chỉ không được cao hơn trình độ khoá học (${TRAINING_LEVEL_NAMES[terms.level].vi})`,
            en: `The certificate level cannot be above the course level (${TRAINING_LEVEL_NAMES[terms.level].en})`,
          },
          { field: 'level' },
        );
      }
      requirePastDate(issuedOn, 'issuedOn', today, { vi: 'Ngày cấp', en: 'Issue date' });
      requireNotBefore(issuedOn, trainee.completedOn, 'issuedOn', {
        vi: 'Ngày cấp chứng chỉ trước ngày hoàn thành',
        en: 'The certificate is dated before the completion',
      });
      return [
        { type: 'CertificateIssued', data: { courseId, jobSeekerId, certificateNumber, level, issuedOn } },
      ];
    }

    case 'RecordTrainingOutcome': {
      const { courseId } = requireCourse(state);
      const { jobSeekerId, checkpoint, date, employed, inTrainedOccupation, note, today } = command.data;
      const trainee = requireTrainee(state, jobSeekerId);
      if (trainee.status !== 'completed' || trainee.completedOn === null) {
        throw DomainError.conflict(
          'outcome_requires_completion',
          {
            vi: 'Chỉ theo dõi sau đào tạo với học viên đã hoàn thành khoá học',
            en: 'Post-training follow-up is for trainees who completed the course',
          },
          { field: 'jobSeekerId' },
        );
      }
      if (checkpoint !== 'after_3_months' && checkpoint !== 'after_6_months') {
        throw DomainError.invalid(
          'follow_up_checkpoint',
          { vi: 'Mốc theo dõi không hợp lệ', en: 'Unknown follow-up checkpoint' },
          { field: 'checkpoint' },
        );
      }
      if (trainee.outcomes[checkpoint]) {
        throw DomainError.conflict(
          'outcome_recorded',
          {
            vi: 'Kết quả theo dõi ở mốc này đã được ghi',
            en: 'The outcome at this checkpoint is already recorded',
          },
          { field: 'checkpoint' },
        );
      }
      requirePastDate(date, 'date', today, { vi: 'Ngày theo dõi', en: 'Follow-up date' });
      requireNotBefore(date, trainee.completedOn, 'date', {
        vi: 'Ngày theo dõi trước ngày hoàn thành khoá học',
        en: 'The follow-up is dated before the completion',
      });
      return [
        {
          type: 'TrainingOutcomeRecorded',
          data: {
            courseId,
            jobSeekerId,
            checkpoint,
            date,
            employed,
            // Not employed cannot be employed in the trained occupation.
            inTrainedOccupation: employed && inTrainedOccupation,
            note: note.trim(),
          },
        },
      ];
    }

    case 'CloseCourse': {
      const { courseId, terms } = requireCourse(state);
      requireOpen(state);
      const { on, note, today } = command.data;
      requirePastDate(on, 'on', today, { vi: 'Ngày đóng khoá học', en: 'Closing date' });
      requireNotBefore(on, terms.startDate, 'on', {
        vi: 'Ngày đóng trước ngày khai giảng',
        en: 'The closing date is before the course starts',
      });
      const inTraining = Object.entries(state.trainees)
        .filter(([, t]) => t.status === 'enrolled')
        .map(([id]) => id);
      if (inTraining.length > 0) {
        throw DomainError.conflict(
          'trainees_in_training',
          {
            vi: `Còn ${inTraining.length} học viên chưa ghi hoàn thành hoặc bỏ học`,
            en: `${inTraining.length} trainee(s) have neither completed nor dropped out`,
          },
          { details: { jobSeekerIds: inTraining } },
        );
      }
      return [{ type: 'CourseClosed', data: { courseId, on, note: note.trim() } }];
    }
  }
}

export const trainingCourseDecider: Decider<TrainingCourseCommand, TrainingCourseState, TrainingCourseEvent> =
  {
    decide: decideTrainingCourse,
    evolve: evolveTrainingCourse,
    initialState: initialTrainingCourseState,
  };

export const TRAINING_COURSE_CATEGORY = 'TrainingCourse';
export const trainingCourseStream = (courseId: string): string => `${TRAINING_COURSE_CATEGORY}-${courseId}`;
