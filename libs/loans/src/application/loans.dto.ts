import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { LOAN_PROGRAMME_CODES, type HouseholdPovertyClass } from '../domain/programme/loan-programme';
import type { RepaymentFrequency } from '../domain/schedule/repayment-schedule';
import { CalendarDate, DATE_HINT } from '@vieclam/platform/command-handling';
import { ISO_DATE_PATTERN } from '@vieclam/platform/domain';

const POVERTY_CLASSES: readonly HouseholdPovertyClass[] = [
  'poor',
  'near_poor',
  'newly_escaped',
  'average_living_standard',
];
const FREQUENCIES: readonly RepaymentFrequency[] = ['monthly', 'quarterly'];
const LOAN_STATUSES = [
  'applied',
  'group_approved',
  'group_declined',
  'approved',
  'rejected',
  'disbursed',
  'settled',
  'written_off',
];
/** 10^15 đồng: far above any loan, well inside the safe integers. */
const MAX_VND = 1_000_000_000_000_000;
const DATE_MESSAGE = { message: `$property: ${DATE_HINT}` };

const VndProperty = (example: number, description?: string) =>
  ApiProperty({ example, type: Number, description: description ?? 'Whole đồng (VND)' });

export class FormSavingsGroupRequest {
  @ApiProperty({ example: 'Tổ TK&VV thôn Đông số 1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'XMT-01', description: 'The village the group belongs to' })
  @IsString()
  @IsNotEmpty()
  villageCode!: string;

  @ApiProperty({ example: '10/02/2022', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  formedOn!: string;
}

export class JoinSavingsGroupRequest {
  @ApiProperty({ example: 'person-an' })
  @IsString()
  @IsNotEmpty()
  personId!: string;

  @ApiProperty({ example: 'household-an' })
  @IsString()
  @IsNotEmpty()
  householdId!: string;

  @ApiProperty({ example: '10/02/2022', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  joinedOn!: string;
}

export class LeaveSavingsGroupRequest {
  @ApiProperty({ example: '01/05/2023', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  leftOn!: string;

  @ApiProperty({ example: 'Chuyển đi nơi khác' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class SetGroupLeaderRequest {
  @ApiProperty({ example: 'person-an' })
  @IsString()
  @IsNotEmpty()
  personId!: string;

  @ApiProperty({ example: '10/02/2022', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  since!: string;
}

export class JobsPromisedDto {
  @ApiProperty({ example: 3, description: 'Jobs the loan will create' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  count!: number;

  @ApiProperty({ example: ['person-binh'], description: 'Who fills them, as far as known', type: [String] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(10_000)
  workerPersonIds: string[] = [];
}

export class OverseasContractDto {
  @ApiProperty({ example: 'placement-123' })
  @IsString()
  @IsNotEmpty()
  placementId!: string;

  @ApiProperty({ example: '01/03/2025', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  contractSignedOn!: string;

  @ApiProperty({ example: '28/02/2028', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  validUntil!: string;
}

export class ApplyForLoanRequest {
  @ApiProperty({ example: 'person-an' })
  @IsString()
  @IsNotEmpty()
  borrowerPersonId!: string;

  @ApiProperty({ example: 'household-an' })
  @IsString()
  @IsNotEmpty()
  householdId!: string;

  @ApiPropertyOptional({
    enum: POVERTY_CLASSES,
    nullable: true,
    description: 'From the latest poverty review in force; null when unknown (the group checks it)',
  })
  @IsOptional()
  @IsIn(POVERTY_CLASSES)
  householdPovertyClass: HouseholdPovertyClass | null = null;

  @ApiProperty({ enum: LOAN_PROGRAMME_CODES, example: 'job_creation' })
  @IsIn(LOAN_PROGRAMME_CODES)
  programmeCode!: string;

  @VndProperty(30_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_VND)
  amount!: number;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @ApiProperty({ example: 'Mở xưởng may gia công, tuyển 3 lao động' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  purpose!: string;

  @ApiProperty({ example: '0190f5e2-…', description: 'The savings-and-loan group the borrower belongs to' })
  @IsString()
  @IsNotEmpty()
  savingsGroupId!: string;

  @ApiProperty({ example: '01/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  appliedOn!: string;

  @ApiPropertyOptional({ type: JobsPromisedDto, nullable: true, description: 'Job-creation loans' })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobsPromisedDto)
  jobsPromised: JobsPromisedDto | null = null;

  @ApiPropertyOptional({ type: OverseasContractDto, nullable: true, description: 'Working-abroad loans' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverseasContractDto)
  overseasContract: OverseasContractDto | null = null;
}

export class GroupVoteRequest {
  @ApiProperty({ example: '05/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  votedOn!: string;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(0)
  votesFor!: number;

  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  votesAgainst!: number;

  @ApiPropertyOptional({ example: 'Họp tổ ngày 05/03' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note = '';
}

export class ApproveLoanRequest {
  @ApiProperty({ example: '08/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  approvedOn!: string;

  @VndProperty(30_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_VND)
  amount!: number;

  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;
}

export class RejectLoanRequest {
  @ApiProperty({ example: '08/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  rejectedOn!: string;

  @ApiProperty({ example: 'Hộ không còn thuộc diện cận nghèo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class DisburseLoanRequest {
  @ApiPropertyOptional({ example: 'GN-2024-0015', description: 'A retry with the same id changes nothing' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  disbursementId?: string;

  @ApiProperty({ example: '15/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  date!: string;

  @VndProperty(30_000_000)
  @IsInt()
  @Min(1)
  @Max(MAX_VND)
  amount!: number;
}

export class InstalmentDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  number!: number;

  @ApiProperty({ example: '15/06/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  dueDate!: string;

  @VndProperty(7_500_000)
  @IsInt()
  @Min(0)
  @Max(MAX_VND)
  principal!: number;

  @VndProperty(598_882, 'Expected interest, whole đồng')
  @IsInt()
  @Min(0)
  @Max(MAX_VND)
  interest!: number;
}

export class SetScheduleRequest {
  @ApiProperty({ example: '15/03/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  setOn!: string;

  @ApiProperty({ enum: FREQUENCIES, example: 'quarterly' })
  @IsIn(FREQUENCIES)
  frequency!: RepaymentFrequency;

  @ApiPropertyOptional({
    example: '15/06/2024',
    description: `${DATE_HINT}; without \`instalments\`, equal principal instalments from this date (default: one period after the first disbursement)`,
  })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  firstDueDate?: string;

  @ApiPropertyOptional({ type: [InstalmentDto], description: 'The bank’s schedule, when it differs' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(600)
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  instalments?: InstalmentDto[];
}

export class RecordRepaymentRequest {
  @ApiPropertyOptional({ example: 'TT-2024-0301', description: 'A retry with the same id changes nothing' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  repaymentId?: string;

  @ApiProperty({ example: '15/06/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  date!: string;

  @VndProperty(7_500_000, 'Principal repaid, whole đồng')
  @IsInt()
  @Min(0)
  @Max(MAX_VND)
  principal!: number;

  @VndProperty(598_882, 'Interest paid, whole đồng')
  @IsInt()
  @Min(0)
  @Max(MAX_VND)
  interest!: number;
}

export class RescheduleLoanRequest {
  @ApiProperty({ example: '01/12/2024', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  on!: string;

  @ApiProperty({ example: 'Thiên tai, mất mùa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ enum: FREQUENCIES, example: 'quarterly' })
  @IsIn(FREQUENCIES)
  frequency!: RepaymentFrequency;

  @ApiProperty({
    type: [InstalmentDto],
    description: 'A final due date later than the current one makes it an extension (gia hạn nợ)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(600)
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  instalments!: InstalmentDto[];
}

export class SettleLoanRequest {
  @ApiProperty({ example: '15/03/2025', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  settledOn!: string;
}

export class WriteOffLoanRequest {
  @ApiProperty({ example: '30/12/2025', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  on!: string;

  @ApiProperty({ example: 'Người vay chết, không có người thừa kế' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ example: 'QĐ 123/QĐ-NHCS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  decisionReference!: string;
}

export class ListLoansQuery {
  @ApiPropertyOptional({ example: 'XMT-01' })
  @IsOptional()
  @IsString()
  village?: string;

  @ApiPropertyOptional({ enum: LOAN_PROGRAMME_CODES })
  @IsOptional()
  @IsIn(LOAN_PROGRAMME_CODES)
  programme?: string;

  @ApiPropertyOptional({ description: 'Savings-and-loan group id' })
  @IsOptional()
  @IsString()
  group?: string;

  @ApiPropertyOptional({ enum: LOAN_STATUSES })
  @IsOptional()
  @IsIn(LOAN_STATUSES)
  status?: string;
}

export class PortfolioQuery {
  @ApiPropertyOptional({
    example: 'XMT',
    description: 'A unit; its villages within your scope (default: all)',
  })
  @IsOptional()
  @IsString()
  unit?: string;

  @ApiPropertyOptional({ example: '31/10/2024', description: `${DATE_HINT}; default today` })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  asOf?: string;
}

export class WorkListQuery {
  @ApiPropertyOptional({ description: 'Savings-and-loan group id' })
  @IsOptional()
  @IsString()
  group?: string;

  @ApiPropertyOptional({ example: 30, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days = 30;

  @ApiPropertyOptional({ example: '01/09/2024', description: `${DATE_HINT}; default today` })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  from?: string;
}

export class AsOfQuery {
  @ApiPropertyOptional({ example: '31/10/2024', description: `${DATE_HINT}; default today` })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  asOf?: string;
}

export class ProgrammesQuery {
  @ApiPropertyOptional({ example: '01/07/2024', description: `${DATE_HINT}; default today` })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE_PATTERN, DATE_MESSAGE)
  on?: string;
}

export class VillageQuery {
  @ApiPropertyOptional({ example: 'XMT-01' })
  @IsOptional()
  @IsString()
  village?: string;
}
