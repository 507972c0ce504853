import { CalendarDate, DATE_HINT } from '@vieclam/platform/command-handling';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
import { LANGUAGE_TESTS, OVERSEAS_PROGRAMMES } from '@vieclam/vacancies';
import type {
  HealthCheckResult,
  LanguageTest,
  OverseasProgramme,
} from '../domain/placement/overseas-placement.events';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEALTH_CHECKS: readonly HealthCheckResult[] = ['fit', 'unfit', 'not_done'];

export class RegisterCandidateRequest {
  @ApiProperty({ example: '0b8f3c1e-…', description: 'The job seeker (their village is the placement’s)' })
  @IsString()
  @IsNotEmpty()
  jobSeekerId!: string;

  @ApiPropertyOptional({
    example: '5e0c…',
    nullable: true,
    type: String,
    description: 'An overseas order (vacancy abroad): country, programme and enterprise come from it',
  })
  @IsOptional()
  @IsString()
  orderId?: string | null;

  @ApiPropertyOptional({ example: 'JP', description: 'ISO country code; needed without an order' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  country?: string;

  @ApiPropertyOptional({ enum: OVERSEAS_PROGRAMMES, example: 'japan_technical_intern' })
  @IsOptional()
  @IsIn(OVERSEAS_PROGRAMMES)
  programme?: OverseasProgramme;

  @ApiPropertyOptional({ example: '7a1d…', description: 'The licensed enterprise; needed without an order' })
  @IsOptional()
  @IsString()
  licensedEnterpriseId?: string;

  @ApiProperty({ example: '2025-03-01', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;
}

export class LanguageResultDto {
  @ApiProperty({ enum: LANGUAGE_TESTS, example: 'JLPT' })
  @IsIn(LANGUAGE_TESTS)
  test!: LanguageTest;

  @ApiProperty({ example: 1, description: 'On the test’s own scale (JLPT 1 = N5 … 5 = N1)' })
  @IsInt()
  @Min(0)
  @Max(1000)
  level!: number;
}

export class AgeRangeDto {
  @ApiPropertyOptional({ example: 18, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  min: number | null = null;

  @ApiPropertyOptional({ example: 35, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  max: number | null = null;
}

export class LanguageRequirementDto {
  @ApiProperty({ enum: LANGUAGE_TESTS, example: 'JLPT' })
  @IsIn(LANGUAGE_TESTS)
  test!: LanguageTest;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(0)
  minimumLevel!: number;
}

export class OrderLimitsDto {
  @ApiPropertyOptional({ type: AgeRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgeRangeDto)
  ageAtDeparture?: AgeRangeDto;

  @ApiPropertyOptional({ example: '2025-10-01', description: DATE_HINT })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  expectedDepartureDate?: string;

  @ApiPropertyOptional({ type: LanguageRequirementDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageRequirementDto)
  languageTest?: LanguageRequirementDto | null;
}

export class EligibilityRequest {
  @ApiProperty({ example: '2025-03-15', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ enum: HEALTH_CHECKS, example: 'fit' })
  @IsIn(HEALTH_CHECKS)
  healthCheck!: HealthCheckResult;

  @ApiPropertyOptional({ type: LanguageResultDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageResultDto)
  languageResult: LanguageResultDto | null = null;

  @ApiPropertyOptional({
    type: OrderLimitsDto,
    description:
      'The order’s hard limits are used; these fill what the order leaves open (or replace them without an order)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrderLimitsDto)
  limits?: OrderLimitsDto;
}

export class StartTrainingRequest {
  @ApiProperty({ example: '2025-04-01', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ example: 'Trung tâm đào tạo của doanh nghiệp' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  provider!: string;
}

export class CompleteTrainingRequest {
  @ApiProperty({ example: '2025-06-30', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiPropertyOptional({ example: 'BD-2025-17', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  certificateNumber?: string | null;
}

export class SignContractRequest {
  @ApiProperty({ example: '2025-07-10', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ example: 36 })
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths!: number;

  @ApiProperty({ example: 'JPY', description: 'ISO 4217; wage, fee and deposit are in it' })
  @IsString()
  currency!: string;

  @ApiProperty({ example: 180_000 })
  @IsInt()
  monthlyWage!: number;

  @ApiProperty({
    example: 540_000,
    description:
      'At most one month’s wage per 12 months of contract, three at most (Law 69/2020/QH14 art. 23)',
  })
  @IsInt()
  serviceFee!: number;

  @ApiProperty({ example: 0 })
  @IsInt()
  deposit!: number;
}

export class VisaRequest {
  @ApiProperty({ example: '2025-09-01', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiPropertyOptional({ example: '2028-09-01', nullable: true, type: String })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  validUntil?: string | null;
}

export class DepartureRequest {
  @ApiProperty({ example: '2025-10-01', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;
}

export class ReturnRequest {
  @ApiProperty({ example: '2026-02-15', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ enum: ['completed', 'early'], example: 'early' })
  @IsIn(['completed', 'early'])
  kind!: 'completed' | 'early';

  @ApiPropertyOptional({ example: 'Ốm, về điều trị / Illness', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string | null;
}

export class WithdrawRequest {
  @ApiProperty({ example: '2025-05-20', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ example: 'Gia đình không đồng ý / Family objected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;
}

export class LinkLoanRequest {
  @ApiProperty({ example: '3c2b…', description: 'A labour-export loan (PolicyLoan id)' })
  @IsString()
  @IsNotEmpty()
  loanId!: string;

  @ApiProperty({ example: '2025-08-01', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;
}

export class PipelineQueryDto {
  @ApiPropertyOptional({ example: 'XMT-01' })
  @IsOptional()
  @IsString()
  village?: string;

  @ApiPropertyOptional({ example: 'JP' })
  @IsOptional()
  @IsString()
  country?: string;
}
