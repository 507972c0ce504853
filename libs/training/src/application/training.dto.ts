import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CalendarDate, DATE_HINT } from '@vieclam/platform/command-handling';
import { Type } from 'class-transformer';
import {
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
  ValidateNested,
} from 'class-validator';
import {
  FUNDING_SOURCES,
  TRAINING_LEVELS,
  type FollowUpCheckpoint,
  type FundingSource,
  type TrainingLevel,
} from '../domain/course/training-course.events';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const OCCUPATION_CODE = /^\d{1,5}$/;

export class FundingDto {
  @ApiProperty({ enum: FUNDING_SOURCES, example: 'rural_worker_support' })
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  @ApiPropertyOptional({ example: 'Hỗ trợ đào tạo nghề cho lao động nông thôn 2025' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  note: string = '';
}

export class OpenCourseRequest {
  @ApiProperty({ example: '7212', description: 'Vietnamese occupation code (QĐ 34/2020/QĐ-TTg)' })
  @Matches(OCCUPATION_CODE)
  occupationCode!: string;

  @ApiProperty({ example: 'Hàn điện cơ bản' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: TRAINING_LEVELS, example: 'so_cap' })
  @IsIn(TRAINING_LEVELS)
  level!: TrainingLevel;

  @ApiProperty({ example: 'Trung tâm GDNN-GDTX huyện Phù Cừ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  provider!: string;

  @ApiProperty({ example: 'Nhà văn hoá thôn Đông' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  venue!: string;

  @ApiProperty({ example: 'XMT', description: 'Village or commune the course is recorded under' })
  @IsString()
  @IsNotEmpty()
  unitCode!: string;

  @ApiProperty({ example: '2025-03-03', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  startDate!: string;

  @ApiProperty({ example: '2025-06-27', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  endDate!: string;

  @ApiProperty({ example: 25, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  places!: number;

  @ApiProperty({ type: FundingDto })
  @ValidateNested()
  @Type(() => FundingDto)
  funding!: FundingDto;

  @ApiProperty({ example: 3_500_000, description: 'Whole VND per trainee' })
  @IsInt()
  @Min(0)
  costPerTrainee!: number;
}

export class EnrolRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ example: '2025-03-03', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  enrolledOn!: string;
}

export class AttendanceRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ example: 'mid_course', description: 'A label the course sets, recorded once per trainee' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  milestone!: string;

  @ApiProperty({ example: '2025-04-30', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  date!: string;

  @ApiProperty({ example: 92, minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  attendancePercent!: number;
}

export class CompleteRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ example: '2025-06-27', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  completedOn!: string;
}

export class DropOutRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ example: '2025-04-10', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ example: 'Đi làm xa / Went away to work' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;
}

export class IssueCertificateRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ example: 'SC-2025-0117' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  certificateNumber!: string;

  @ApiProperty({ enum: TRAINING_LEVELS, example: 'so_cap', description: 'Not above the course level' })
  @IsIn(TRAINING_LEVELS)
  level!: TrainingLevel;

  @ApiProperty({ example: '2025-07-15', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  issuedOn!: string;
}

const CHECKPOINTS: readonly FollowUpCheckpoint[] = ['after_3_months', 'after_6_months'];

export class TrainingOutcomeRequest {
  @ApiProperty({ example: '0b8f3c1e-…' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiProperty({ enum: CHECKPOINTS, example: 'after_3_months' })
  @IsIn(CHECKPOINTS)
  checkpoint!: FollowUpCheckpoint;

  @ApiProperty({ example: '2025-09-30', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  date!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  employed!: boolean;

  @ApiProperty({
    example: true,
    description: 'Working in the occupation trained for (false when not employed)',
  })
  @IsBoolean()
  inTrainedOccupation!: boolean;

  @ApiPropertyOptional({ example: 'Làm thợ hàn tại xưởng cơ khí trong xã' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CloseCourseRequest {
  @ApiProperty({ example: '2025-07-31', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiPropertyOptional({ example: 'Kết thúc khoá học' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  note?: string;
}

export class RecogniseExperienceRequest {
  @ApiProperty({ example: '7115', description: 'Vietnamese occupation code of the skill' })
  @Matches(OCCUPATION_CODE)
  occupationCode!: string;

  @ApiProperty({ example: 5, minimum: 3 })
  @IsInt()
  @Min(0)
  @Max(80)
  years!: number;

  @ApiProperty({ example: 'Xác nhận của chủ xưởng mộc / The workshop owner’s confirmation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  evidence!: string;

  @ApiProperty({ example: '2025-05-02', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  recognisedOn!: string;
}

export class CourseListQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01', description: 'Courses ending on or after this date' })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  from?: string;

  @ApiPropertyOptional({ enum: TRAINING_LEVELS })
  @IsOptional()
  @IsIn(TRAINING_LEVELS)
  level?: TrainingLevel;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES })
  @IsOptional()
  @IsIn(FUNDING_SOURCES)
  fundingSource?: FundingSource;
}
