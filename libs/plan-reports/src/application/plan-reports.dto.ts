import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMPARATORS, type Comparator, type PlanIndicator } from '../domain/plan/plan.events';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date (end of that day in Vietnam) or an ISO timestamp. */
const DATE_OR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

class PlanPeriodDto {
  @ApiProperty({ example: 2021 })
  @IsInt()
  fromYear!: number;

  @ApiProperty({ example: 2025 })
  @IsInt()
  toYear!: number;
}

export class AdoptPlanRequest {
  @ApiProperty({
    example: 'minh-tien-58-KH-UBND-2022',
    description: 'Stable id of the plan (letters, digits, -)',
  })
  @Matches(/^[A-Za-z0-9-]{3,80}$/)
  planId!: string;

  @ApiProperty({ example: '58/KH-UBND', description: 'As printed on the first page' })
  @IsString()
  @IsNotEmpty()
  number!: string;

  @ApiProperty({ example: '2022-09-22' })
  @Matches(ISO_DATE)
  adoptedOn!: string;

  @ApiProperty({ example: 'XMT' })
  @IsString()
  @IsNotEmpty()
  unitCode!: string;

  @ApiProperty({ example: 'UBND xã Minh Tiến' })
  @IsString()
  unitName!: string;

  @ApiProperty({ example: 'Kế hoạch thực hiện chương trình việc làm giai đoạn 2021–2025' })
  @IsString()
  @IsNotEmpty()
  title!: string;

  @ApiProperty({ example: ['Nghị quyết số …'] })
  @IsArray()
  @IsString({ each: true })
  legalBasis!: string[];

  @ApiProperty({ type: PlanPeriodDto })
  @ValidateNested()
  @Type(() => PlanPeriodDto)
  period!: PlanPeriodDto;

  @ApiPropertyOptional({
    example: '56/KH-UBND',
    nullable: true,
    description: 'The number the annex prints on itself',
  })
  @IsOptional()
  @IsString()
  annexNumber!: string | null;

  @ApiProperty({
    description:
      'Indicators exactly as printed (code, printedIn, name {vi,en}, unit, kind, comparator, observed, baseline, ' +
      'yearlyTargets, statedPeriodTotal, sectionTarget, orientation2030); checked by the plan decider',
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @IsObject({ each: true })
  indicators!: PlanIndicator[];
}

class PrintedFigureDto {
  @ApiProperty({ example: '90' })
  @IsString()
  printed!: string;

  @ApiProperty({ enum: COMPARATORS, example: '≥' })
  @IsIn(COMPARATORS)
  comparator!: Comparator;

  @ApiProperty({ example: 90 })
  @IsNumber()
  value!: number;
}

export class AmendTargetRequest {
  @ApiProperty({ example: 'B1' })
  @IsString()
  indicatorCode!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  year!: number;

  @ApiProperty({ type: PrintedFigureDto })
  @ValidateNested()
  @Type(() => PrintedFigureDto)
  target!: PrintedFigureDto;

  @ApiProperty({ example: '2025-06-30' })
  @Matches(ISO_DATE)
  amendedOn!: string;

  @ApiProperty({ example: 'Điều chỉnh theo Nghị quyết HĐND xã giữa năm' })
  @IsString()
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ example: '12/NQ-HĐND', nullable: true })
  @IsOptional()
  @IsString()
  decisionRef: string | null = null;
}

export class WithdrawPlanRequest {
  @ApiProperty({ example: '2026-01-15' })
  @Matches(ISO_DATE)
  withdrawnOn!: string;

  @ApiProperty({ example: 'Thay thế bằng kế hoạch giai đoạn 2026–2030' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

export class ReportIndicatorValueRequest {
  @ApiProperty({ example: 'C3' })
  @IsString()
  indicatorCode!: string;

  @ApiProperty({ example: 'XMT' })
  @IsString()
  unitCode!: string;

  @ApiProperty({ example: 9.5 })
  @IsNumber()
  value!: number;

  @ApiProperty({ example: '2025-06-30', description: 'The date the value describes' })
  @Matches(ISO_DATE)
  asOf!: string;

  @ApiProperty({ example: 'Trạm y tế xã, cân đo tháng 6/2025' })
  @IsString()
  @IsNotEmpty()
  source!: string;

  @ApiProperty({ example: '2025-07-05' })
  @Matches(ISO_DATE)
  reportedOn!: string;
}

export class ListPlansQuery {
  @ApiProperty({ example: 'XMT' })
  @IsString()
  unit!: string;
}

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class AnnualReportQuery {
  @ApiProperty({ example: 'XMT', description: 'Village, commune or a higher unit' })
  @IsString()
  @IsNotEmpty()
  unit!: string;

  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({
    example: '2025-04-05',
    description: 'The recording-clock point: a date (end of that day in Vietnam) or a timestamp; default now',
  })
  @IsOptional()
  @Matches(DATE_OR_TIMESTAMP)
  asKnownOn?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, example: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class MonthlyReportQuery extends AnnualReportQuery {
  @ApiProperty({ example: 3 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;
}

export class SubmitReportRequest {
  @ApiProperty({ example: 'XMT' })
  @IsString()
  @IsNotEmpty()
  unit!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  year!: number;

  @ApiPropertyOptional({ example: 3, description: 'Leave out for the annual report' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({
    example: '2025-04-05T10:00:00.000Z',
    description: 'Default: the moment of submission',
  })
  @IsOptional()
  @Matches(DATE_OR_TIMESTAMP)
  asKnownOn?: string;

  @ApiPropertyOptional({ example: 'Gửi UBND xã' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class SubmittedReportQuery {
  @ApiProperty({ example: 'XMT' })
  @IsString()
  unit!: string;

  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  year!: number;

  @ApiPropertyOptional({ example: 3, description: 'Leave out for the annual report' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;
}
