/**
 * The demo commune's vocational training, 2022 → today: courses of every level and several funding
 * sources, trainees drawn from the demo job seekers, attendance, completions, dropouts, certificates,
 * post-training follow-ups and experience recognitions. Course titles and providers are marked
 * "(demo)". Each fact is a use-case call (`TrainingCommands`), so the deciders validate it; the
 * orchestration (libs/demo) merges these steps with the other contexts' in business-date order.
 */
import {
  addDaysIso,
  DEMO_SEED,
  DEMO_STEP_RANK,
  DEMO_VILLAGES,
  DemoRandom,
  type DemoJobSeeker,
  type DemoJobSeekerIds,
  type DemoStep,
} from '@vieclam/job-seekers';
import { addMonths } from '../domain/calendar';
import type { FundingSource, TrainingLevel } from '../domain/course/training-course.events';
import type { TrainingCommands } from '../application/training-commands';

/** A person's training steps come after their registration and before a closure of the same day. */
export const DEMO_TRAINING_RANK = DEMO_STEP_RANK.consultation + 0.5;

interface CourseTemplate {
  occupationCode: string;
  title: string;
  level: TrainingLevel;
  days: number;
  funding: FundingSource;
  fundingNote: string;
  cost: number;
}

const TEMPLATES: readonly CourseTemplate[] = [
  {
    occupationCode: '7531',
    title: 'May công nghiệp',
    level: 'so_cap',
    days: 110,
    funding: 'rural_worker_support',
    fundingNote: 'Hỗ trợ đào tạo nghề cho lao động nông thôn (demo)',
    cost: 3_500_000,
  },
  {
    occupationCode: '6121',
    title: 'Chăn nuôi gia súc, gia cầm',
    level: 'under_3_months',
    days: 45,
    funding: 'national_target_programme',
    fundingNote: 'Chương trình MTQG xây dựng nông thôn mới (demo)',
    cost: 1_800_000,
  },
  {
    occupationCode: '7212',
    title: 'Hàn điện cơ bản',
    level: 'so_cap',
    days: 120,
    funding: 'rural_worker_support',
    fundingNote: 'Hỗ trợ đào tạo nghề cho lao động nông thôn (demo)',
    cost: 4_200_000,
  },
  {
    occupationCode: '7411',
    title: 'Điện dân dụng',
    level: 'trung_cap',
    days: 330,
    funding: 'unemployment_insurance',
    fundingNote: 'Hỗ trợ học nghề cho người hưởng trợ cấp thất nghiệp (demo)',
    cost: 9_000_000,
  },
  {
    occupationCode: '5120',
    title: 'Kỹ thuật chế biến món ăn',
    level: 'under_3_months',
    days: 60,
    funding: 'local_budget',
    fundingNote: 'Ngân sách xã (demo)',
    cost: 2_000_000,
  },
  {
    occupationCode: '7233',
    title: 'Sửa chữa máy nông nghiệp',
    level: 'so_cap',
    days: 100,
    funding: 'enterprise',
    fundingNote: 'Doanh nghiệp tài trợ (demo)',
    cost: 3_800_000,
  },
  {
    occupationCode: '7231',
    title: 'Công nghệ ô tô (liên kết trường cao đẳng)',
    level: 'cao_dang',
    days: 700,
    funding: 'self_paid',
    fundingNote: 'Người học tự chi trả (demo)',
    cost: 24_000_000,
  },
];

export interface DemoTrainee {
  personKey: string;
  enrolledOn: string;
  attendance: { date: string; percent: number } | null;
  dropout: { on: string; reason: string } | null;
  completedOn: string | null;
  certificate: { number: string; issuedOn: string } | null;
  outcomes: {
    checkpoint: 'after_3_months' | 'after_6_months';
    date: string;
    employed: boolean;
    inTrainedOccupation: boolean;
  }[];
}

export interface DemoCourse {
  key: string;
  template: CourseTemplate;
  unitCode: string;
  openedOn: string;
  startDate: string;
  endDate: string;
  places: number;
  trainees: DemoTrainee[];
  closeOn: string | null;
}

export interface DemoRecognition {
  personKey: string;
  occupationCode: string;
  years: number;
  recognisedOn: string;
}

export interface DemoTrainingPlan {
  courses: DemoCourse[];
  recognitions: DemoRecognition[];
}

const DROPOUT_REASONS = [
  'Đi làm xa (demo)',
  'Hoàn cảnh gia đình (demo)',
  'Có việc làm trước khi kết thúc (demo)',
];

/** The demo courses and recognitions, the same for the same people, `today` and seed. */
export function planDemoTraining(
  people: readonly DemoJobSeeker[],
  options: { today: string; seed?: number },
): DemoTrainingPlan {
  const { today } = options;
  const random = new DemoRandom(options.seed ?? DEMO_SEED + 5);
  const courses: DemoCourse[] = [];
  const used = new Set<string>();
  let n = 0;
  // One course every ~4–5 months from spring 2022; the last ones are still running today.
  for (let startDate = '2022-04-04'; startDate <= addDaysIso(today, -20); n += 1) {
    const template = TEMPLATES[n % TEMPLATES.length]!;
    const endDate = addDaysIso(startDate, template.days);
    const unitCode = n % 3 === 2 ? 'XMT' : DEMO_VILLAGES[n % DEMO_VILLAGES.length]!.code;
    const places = random.int(8, 14);
    // People of the course's village (or anyone for a commune course), registered and not moved away.
    const eligible = people.filter(
      (p) =>
        !used.has(p.key) &&
        p.registeredOn <= startDate &&
        (p.closeOn === null || p.closeOn > addDaysIso(endDate, 200)) &&
        (unitCode === 'XMT' || p.profile.villageCode === unitCode),
    );
    const enrolled = random.sample(eligible, Math.min(eligible.length, places - random.int(0, 3)));
    const trainees = enrolled.map((person, index): DemoTrainee => {
      used.add(person.key);
      const enrolledOn = startDate;
      const mid = addDaysIso(startDate, Math.floor(template.days / 2));
      const drops = random.chance(0.15);
      const attendance = { date: mid, percent: drops ? random.int(40, 70) : random.int(80, 100) };
      if (drops) {
        return {
          personKey: person.key,
          enrolledOn,
          attendance,
          dropout: { on: addDaysIso(mid, 3), reason: random.pick(DROPOUT_REASONS) },
          completedOn: null,
          certificate: null,
          outcomes: [],
        };
      }
      const certified = random.chance(0.85);
      const outcomes: DemoTrainee['outcomes'] = [];
      for (const [checkpoint, months] of [
        ['after_3_months', 3],
        ['after_6_months', 6],
      ] as const) {
        if (!random.chance(months === 3 ? 0.8 : 0.6)) break;
        const employed = random.chance(0.65);
        outcomes.push({
          checkpoint,
          date: addDaysIso(addMonths(endDate, months), random.int(0, 20)),
          employed,
          inTrainedOccupation: employed && random.chance(0.7),
        });
      }
      return {
        personKey: person.key,
        enrolledOn,
        attendance,
        dropout: null,
        completedOn: endDate,
        certificate: certified
          ? {
              number: `DEMO-${startDate.slice(0, 4)}-${String(n + 1).padStart(2, '0')}${String(index + 1).padStart(2, '0')}`,
              issuedOn: addDaysIso(endDate, random.int(7, 25)),
            }
          : null,
        outcomes,
      };
    });
    courses.push({
      key: `course-${String(n + 1).padStart(2, '0')}`,
      template,
      unitCode,
      openedOn: addDaysIso(startDate, -21),
      startDate,
      endDate,
      places,
      trainees,
      closeOn: addDaysIso(endDate, 30),
    });
    startDate = addDaysIso(startDate, 125 + random.int(0, 30));
  }
  // A few experienced workers recognised as trained without a course.
  const recognitions = random
    .sample(
      people.filter((p) => !used.has(p.key) && p.closeOn === null && p.profile.occupationCodes.length > 0),
      6,
    )
    .map((person) => ({
      personKey: person.key,
      occupationCode: person.profile.occupationCodes[0]!,
      years: random.int(3, 15),
      recognisedOn: addDaysIso(person.registeredOn, random.int(10, 60)),
    }))
    .filter((r) => r.recognisedOn <= today);
  return { courses, recognitions };
}

/**
 * The plan as use-case calls on their business dates. A step dated after `today` is left out, so
 * courses still running stop where today is. The course id is known once its opening ran.
 */
export function demoTrainingSteps(
  commands: TrainingCommands,
  plan: DemoTrainingPlan,
  people: DemoJobSeekerIds,
  options: { today: string; actorId: string },
): DemoStep[] {
  const { today } = options;
  const actor = { userId: options.actorId };
  const rank = DEMO_TRAINING_RANK;
  const person = (key: string) => {
    const id = people.get(key);
    if (!id) throw new Error(`Demo training step before the registration of ${key}`);
    return id;
  };
  const steps: DemoStep[] = [];
  for (const course of plan.courses) {
    let courseId = '';
    const { template } = course;
    const at = (on: string, run: (id: string) => Promise<unknown>) => {
      if (on <= today) steps.push({ on, rank, run: () => run(courseId) });
    };
    at(course.openedOn, async () => {
      ({ courseId } = await commands.openCourse(
        {
          occupationCode: template.occupationCode,
          title: `${template.title} (demo)`,
          level: template.level,
          provider: 'Trung tâm GDNN-GDTX huyện (demo)',
          venue: course.unitCode === 'XMT' ? 'Hội trường UBND xã (demo)' : 'Nhà văn hoá thôn (demo)',
          unitCode: course.unitCode,
          startDate: course.startDate,
          endDate: course.endDate,
          places: course.places,
          funding: { source: template.funding, note: template.fundingNote },
          costPerTrainee: template.cost,
        },
        actor,
        course.openedOn,
      ));
    });
    for (const trainee of course.trainees) {
      const jobSeekerId = () => person(trainee.personKey);
      at(trainee.enrolledOn, (id) =>
        commands.enrol(id, { jobSeekerId: jobSeekerId(), enrolledOn: trainee.enrolledOn }, actor, today),
      );
      const { attendance, dropout, completedOn, certificate } = trainee;
      if (attendance) {
        at(attendance.date, (id) =>
          commands.recordAttendance(
            id,
            {
              jobSeekerId: jobSeekerId(),
              milestone: 'mid_course',
              date: attendance.date,
              attendancePercent: attendance.percent,
            },
            actor,
            today,
          ),
        );
      }
      if (dropout) {
        at(dropout.on, (id) =>
          commands.dropOut(id, { jobSeekerId: jobSeekerId(), ...dropout }, actor, today),
        );
      }
      if (completedOn) {
        at(completedOn, (id) =>
          commands.complete(id, { jobSeekerId: jobSeekerId(), completedOn }, actor, today),
        );
      }
      if (certificate && completedOn && completedOn <= today) {
        at(certificate.issuedOn, (id) =>
          commands.issueCertificate(
            id,
            {
              jobSeekerId: jobSeekerId(),
              certificateNumber: certificate.number,
              level: template.level,
              issuedOn: certificate.issuedOn,
            },
            actor,
            today,
          ),
        );
      }
      for (const outcome of trainee.outcomes) {
        at(outcome.date, (id) =>
          commands.recordOutcome(
            id,
            { jobSeekerId: jobSeekerId(), ...outcome, note: 'Theo dõi sau đào tạo (demo)' },
            actor,
            today,
          ),
        );
      }
    }
    if (course.closeOn) {
      at(course.closeOn, (id) =>
        commands.closeCourse(id, { on: course.closeOn!, note: 'Kết thúc khoá học (demo)' }, actor, today),
      );
    }
  }
  for (const recognition of plan.recognitions) {
    steps.push({
      on: recognition.recognisedOn,
      rank,
      run: () =>
        commands.recogniseExperience(
          person(recognition.personKey),
          {
            occupationCode: recognition.occupationCode,
            years: recognition.years,
            evidence: 'Xác nhận của cơ sở sản xuất nơi làm việc (demo)',
            recognisedOn: recognition.recognisedOn,
          },
          actor,
          today,
        ),
    });
  }
  return steps;
}
