import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CONSULTATION_TOPICS,
  type ConsultationTopic,
  type EducationLevel,
  type JobChannel,
  type LabourStatus,
} from '../domain/job-seeker/job-seeker.events';
import type { Sex } from '../domain/citizen-id/citizen-id';
import { CalendarDate, ISO_DATE_PATTERN, toIsoDate } from './calendar-dates';

const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'college',
  'university',
];
const SEXES: readonly Sex[] = ['male', 'female'];
const LABOUR_STATUSES: readonly LabourStatus[] = ['employed', 'unemployed', 'not_in_labour_force'];
const JOB_CHANNELS: readonly JobChannel[] = [
  'placement',
  'self_employment',
  'loan_financed',
  'overseas',
  'other',
];
const OUTCOMES = ['hired', 'rejected', 'no_show'] as const;
/** QĐ 34/2020/QĐ-TTg occupation codes: 1 to 5 digits by level. */
const OCCUPATION_CODE = /^\d{1,5}$/;
const DATE_HINT = 'dd/mm/yyyy or yyyy-mm-dd';
const emptyToNull = () => Transform(({ value }) => (value === '' ? null : value));

export class RegisterJobSeekerRequest {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName!: string;

  @ApiProperty({ example: '033095001234', description: 'CCCD, 12 digits' })
  @IsString()
  @Matches(/^\d{12}$/)
  citizenId!: string;

  @ApiProperty({ example: '12/04/1995', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  dateOfBirth!: string;

  @ApiProperty({ enum: SEXES, example: 'male' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ example: 'XMT-01', description: 'Village (thôn) unit code' })
  @IsString()
  @IsNotEmpty()
  villageCode!: string;

  @ApiPropertyOptional({ example: '0912345678', nullable: true })
  @IsOptional()
  @emptyToNull()
  @Matches(/^\+?[0-9 .-]{8,15}$/)
  phone: string | null = null;

  @ApiPropertyOptional({ example: 'Xóm 2, thôn Đông', nullable: true })
  @IsOptional()
  @emptyToNull()
  @IsString()
  @MaxLength(300)
  address: string | null = null;

  @ApiProperty({ enum: EDUCATION_LEVELS, example: 'upper_secondary' })
  @IsIn(EDUCATION_LEVELS)
  educationLevel!: EducationLevel;

  @ApiProperty({ example: ['7212'], description: 'Occupation codes (QĐ 34/2020/QĐ-TTg), any level' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(OCCUPATION_CODE, { each: true })
  occupationCodes: string[] = [];

  @ApiProperty({ example: ['hàn điện', 'đọc bản vẽ'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  skills: string[] = [];

  @ApiPropertyOptional({ example: 8000000, description: 'Desired monthly wage, VND', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  desiredWage: number | null = null;

  @ApiProperty({ example: true })
  @IsBoolean()
  willingToWorkAway = false;

  @ApiProperty({ example: false })
  @IsBoolean()
  willingToGoAbroad = false;

  @ApiPropertyOptional({ example: null, nullable: true })
  @IsOptional()
  @IsString()
  householdId: string | null = null;

  @ApiPropertyOptional({
    example: 'Đã đối chiếu: hai người trùng tên, khác CCCD',
    description: 'Confirms a registration flagged as a possible duplicate (audited in the event)',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  duplicateOverrideReason: string | null = null;
}

/** Every profile field but the CCCD (a new CCCD means a new registration). */
export class UpdateJobSeekerProfileRequest extends PartialType(RegisterJobSeekerRequest) {}

export class RecordLabourStatusRequest {
  @ApiProperty({ enum: LABOUR_STATUSES, example: 'unemployed' })
  @IsIn(LABOUR_STATUSES)
  status!: LabourStatus;

  @ApiProperty({ example: '15/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  asOf!: string;
}

export class CloseCaseRequest {
  @ApiProperty({ example: '20/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  on!: string;

  @ApiProperty({ example: 'moved_away', description: 'Why the case is closed' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;
}

export class ReopenCaseRequest {
  @ApiProperty({ example: '01/04/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  on!: string;
}

export class LogConsultationRequest {
  @ApiProperty({ example: '16/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  date!: string;

  @ApiPropertyOptional({ description: 'User id of the counsellor; the caller when absent', nullable: true })
  @IsOptional()
  @IsString()
  counsellorId: string | null = null;

  @ApiProperty({
    enum: CONSULTATION_TOPICS,
    isArray: true,
    example: ['career_orientation', 'job_search_support'],
  })
  @IsArray()
  @IsIn(CONSULTATION_TOPICS, { each: true })
  topics!: ConsultationTopic[];

  @ApiProperty({ example: 'Muốn học nghề hàn, cần việc gần nhà' })
  @IsString()
  @MaxLength(4000)
  notes = '';

  @ApiProperty({ example: 'Giới thiệu lớp hàn tháng 4' })
  @IsString()
  @MaxLength(2000)
  nextSteps = '';

  @ApiPropertyOptional({ example: '30/03/2026', description: DATE_HINT, nullable: true })
  @IsOptional()
  @emptyToNull()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  followUpOn: string | null = null;
}

export class ReferToVacancyRequest {
  @ApiProperty({ example: '0195d3c2-7a4e-7000-8000-000000000001', description: 'The vacancy referred to' })
  @IsString()
  @IsNotEmpty()
  vacancyId!: string;

  @ApiProperty({ example: '17/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  date!: string;
}

export class RecordInterviewOutcomeRequest {
  @ApiProperty({ enum: OUTCOMES, example: 'hired' })
  @IsIn(OUTCOMES)
  outcome!: (typeof OUTCOMES)[number];

  @ApiProperty({ example: '19/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  date!: string;

  @ApiProperty({ example: 'Đạt phỏng vấn, nhận việc từ 01/04' })
  @IsString()
  @MaxLength(2000)
  note = '';
}

export class RecordJobStartRequest {
  @ApiProperty({ example: '20/03/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  date!: string;

  @ApiPropertyOptional({ example: 'employer-001', nullable: true })
  @IsOptional()
  @IsString()
  employerId: string | null = null;

  @ApiProperty({ enum: JOB_CHANNELS, example: 'placement' })
  @IsIn(JOB_CHANNELS)
  channel!: JobChannel;

  @ApiProperty({ example: true, description: 'In Vietnam (false: abroad)' })
  @IsBoolean()
  domestic = true;

  @ApiPropertyOptional({ example: '0195d3c2-7a4e-7000-8000-000000000001', nullable: true })
  @IsOptional()
  @IsString()
  vacancyId: string | null = null;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'Required for loan-financed jobs' })
  @IsOptional()
  @IsString()
  loanId: string | null = null;

  @ApiPropertyOptional({ example: '7212', nullable: true })
  @IsOptional()
  @Matches(OCCUPATION_CODE)
  occupationCode: string | null = null;
}

export class RecordJobEndRequest {
  @ApiProperty({ example: '0195d3c2-7a4e-7000-8000-00000000000a' })
  @IsString()
  @IsNotEmpty()
  jobId!: string;

  @ApiProperty({ example: '30/06/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN)
  date!: string;

  @ApiProperty({ example: 'contract_ended' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;
}

const toBoolean = () =>
  Transform(({ value }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  );

export class ListJobSeekersQuery {
  @ApiPropertyOptional({ example: 'XMT-01' })
  @IsOptional()
  @IsString()
  village?: string;

  @ApiPropertyOptional({ enum: [...LABOUR_STATUSES, 'unknown'], example: 'unemployed' })
  @IsOptional()
  @IsIn([...LABOUR_STATUSES, 'unknown'])
  status?: string;

  @ApiPropertyOptional({ example: '72', description: 'Occupation code or a prefix (a higher level)' })
  @IsOptional()
  @Matches(OCCUPATION_CODE)
  occupation?: string;

  @ApiPropertyOptional({
    example: 'true',
    description: '`true`: follow-up due today or earlier; or a date (dd/mm/yyyy, yyyy-mm-dd): due by then',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === 'false' ? value : toIsoDate(value)))
  @Matches(/^(true|false|\d{4}-\d{2}-\d{2})$/)
  followUpDue?: string;

  @ApiPropertyOptional({ example: 'false', description: 'Only closed (true) or open (false) cases' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  closed?: boolean;

  @ApiPropertyOptional({ example: 'Nguyen Van A', description: 'Name search, accents optional' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  q?: string;

  @ApiPropertyOptional({
    type: String,
    example: '0192f0c2-…,0192f0c3-…',
    description: 'Only these people (comma-separated ids, at most 200): names for a list of ids in one call',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter((id) => id !== '') : value))
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { each: true })
  ids?: string[];

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;
}

export class WorkListQuery {
  @ApiPropertyOptional({ example: 7, description: 'Also list follow-ups due within this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  withinDays = 7;

  @ApiPropertyOptional({ example: 'true', description: 'Only people the caller counselled last' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  mine?: boolean;
}
