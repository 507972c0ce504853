import { CalendarDate } from '@vieclam/platform/command-handling';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import type { EducationLevel, Sex } from '@vieclam/job-seekers';
import {
  LANGUAGE_TESTS,
  LAWFUL_SEX_LIMIT_REASONS,
  OVERSEAS_PROGRAMMES,
  type LanguageTest,
  type OverseasProgramme,
  type SexLimitReason,
} from '../domain/vacancy/vacancy.events';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_HINT = 'dd/mm/yyyy or yyyy-mm-dd';
const OCCUPATION_CODE = /^\d{1,5}$/;
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

export class EmployerContactDto {
  @ApiProperty({ example: 'Phạm Thị Hoa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  person!: string;

  @ApiProperty({ example: '02213123456' })
  @Matches(/^\+?[0-9 .-]{8,15}$/)
  phone!: string;

  @ApiPropertyOptional({ example: 'tuyendung@thephunghung.vn', nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  email: string | null = null;
}

export class OverseasLicenceDto {
  @ApiProperty({ example: '123/LĐTBXH-GP' })
  @IsString()
  @IsNotEmpty()
  licenceNo!: string;

  @ApiProperty({ example: '15/06/2021', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  issuedOn!: string;
}

export class RegisterEmployerRequest {
  @ApiProperty({ example: 'Công ty TNHH Thép Phụng Hưng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '0901234567', nullable: true, type: String, description: 'Mã số thuế' })
  @IsOptional()
  @IsString()
  taxCode: string | null = null;

  @ApiProperty({ example: 'KCN Minh Đức, Mỹ Hào, Hưng Yên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address!: string;

  @ApiProperty({ example: 'XMT', description: 'The unit the employer is recorded under (authorises it)' })
  @IsString()
  @IsNotEmpty()
  unitCode!: string;

  @ApiProperty({ type: EmployerContactDto })
  @ValidateNested()
  @Type(() => EmployerContactDto)
  contact!: EmployerContactDto;

  @ApiPropertyOptional({
    type: OverseasLicenceDto,
    nullable: true,
    description: 'Only for enterprises licensed to place workers abroad',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverseasLicenceDto)
  overseasLicence: OverseasLicenceDto | null = null;
}

export class WageRangeDto {
  @ApiPropertyOptional({ example: 7_000_000, nullable: true, type: Number, description: 'Whole VND a month' })
  @IsOptional()
  @IsInt()
  @Min(1)
  min: number | null = null;

  @ApiPropertyOptional({
    example: 10_000_000,
    nullable: true,
    type: Number,
    description: 'Whole VND a month',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  max: number | null = null;
}

export class AgeRangeDto {
  @ApiPropertyOptional({ example: 18, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  min: number | null = null;

  @ApiPropertyOptional({ example: 40, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  max: number | null = null;
}

export class MinEducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS, example: 'lower_secondary' })
  @IsIn(EDUCATION_LEVELS)
  level!: EducationLevel;

  @ApiProperty({ example: false, description: 'true: below it excludes; false: it only scores' })
  @IsBoolean()
  hard!: boolean;
}

export class SexLimitDto {
  @ApiProperty({ enum: SEXES, example: 'male' })
  @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: LAWFUL_SEX_LIMIT_REASONS, example: 'overseas_order_requirement' })
  @IsIn(LAWFUL_SEX_LIMIT_REASONS)
  reason!: SexLimitReason;
}

export class DomesticPlaceDto {
  @ApiPropertyOptional({
    example: 'XMT-01',
    nullable: true,
    type: String,
    description: 'Village in the unit tree',
  })
  @IsOptional()
  @IsString()
  villageCode: string | null = null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description: 'Commune in the unit tree',
  })
  @IsOptional()
  @IsString()
  communeCode: string | null = null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description: 'Province code, when the workplace is outside the tree',
  })
  @IsOptional()
  @IsString()
  provinceCode: string | null = null;
}

export class LanguageTestDto {
  @ApiProperty({ enum: LANGUAGE_TESTS, example: 'EPS-TOPIK' })
  @IsIn(LANGUAGE_TESTS)
  test!: LanguageTest;

  @ApiProperty({ example: 80, description: 'On the test’s own scale (JLPT 1 = N5 … 5 = N1)' })
  @Type(() => Number)
  @Min(0.01)
  minimumLevel!: number;
}

export class OverseasOrderDto {
  @ApiProperty({ example: 'Hàn Quốc' })
  @IsString()
  @IsNotEmpty()
  country!: string;

  @ApiProperty({ enum: OVERSEAS_PROGRAMMES, example: 'korea_eps' })
  @IsIn(OVERSEAS_PROGRAMMES)
  programme!: OverseasProgramme;

  @ApiProperty({ type: AgeRangeDto, description: 'Age at the expected departure date' })
  @ValidateNested()
  @Type(() => AgeRangeDto)
  ageAtDeparture!: AgeRangeDto;

  @ApiPropertyOptional({ type: LanguageTestDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageTestDto)
  languageTest: LanguageTestDto | null = null;

  @ApiProperty({
    example: '0195d3c2-7a4e-7000-8000-0000000000e1',
    description: 'A licensed enterprise (employer)',
  })
  @IsString()
  @IsNotEmpty()
  licensedEnterpriseId!: string;

  @ApiPropertyOptional({ example: '01/10/2026', nullable: true, type: String, description: DATE_HINT })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  expectedDepartureDate: string | null = null;
}

export class OpenVacancyRequest {
  @ApiProperty({ example: '0195d3c2-7a4e-7000-8000-0000000000e1' })
  @IsString()
  @IsNotEmpty()
  employerId!: string;

  @ApiProperty({ example: '7212', description: 'Occupation code, QĐ 34/2020/QĐ-TTg (1–5 digits)' })
  @Matches(OCCUPATION_CODE)
  occupationCode!: string;

  @ApiProperty({ example: 'Thợ hàn điện' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  count!: number;

  @ApiPropertyOptional({ type: DomesticPlaceDto, nullable: true, description: 'Omit for overseas orders' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DomesticPlaceDto)
  place: DomesticPlaceDto | null = null;

  @ApiProperty({ type: WageRangeDto })
  @ValidateNested()
  @Type(() => WageRangeDto)
  wage!: WageRangeDto;

  @ApiPropertyOptional({ type: MinEducationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MinEducationDto)
  minEducation: MinEducationDto | null = null;

  @ApiPropertyOptional({ type: AgeRangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgeRangeDto)
  ageLimit: AgeRangeDto | null = null;

  @ApiPropertyOptional({ type: SexLimitDto, nullable: true, description: 'Only with a lawful reason' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SexLimitDto)
  sexLimit: SexLimitDto | null = null;

  @ApiPropertyOptional({ example: ['hàn điện', 'đọc bản vẽ'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  skills: string[] = [];

  @ApiPropertyOptional({ example: '01/06/2026', nullable: true, type: String, description: DATE_HINT })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  startDate: string | null = null;

  @ApiProperty({ example: '30/06/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  closingDate!: string;

  @ApiPropertyOptional({
    type: OverseasOrderDto,
    nullable: true,
    description: 'Present for an overseas order',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverseasOrderDto)
  overseas: OverseasOrderDto | null = null;
}

export class UpdateVacancyRequest {
  @ApiPropertyOptional({ example: 'Thợ hàn điện (ca ngày)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  title?: string;

  @ApiPropertyOptional({ example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  count?: number;

  @ApiPropertyOptional({ type: WageRangeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WageRangeDto)
  wage?: WageRangeDto;

  @ApiPropertyOptional({ type: MinEducationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MinEducationDto)
  minEducation?: MinEducationDto | null;

  @ApiPropertyOptional({ example: ['hàn điện'], type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  skills?: string[];

  @ApiPropertyOptional({ example: '15/06/2026', type: String, nullable: true, description: DATE_HINT })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  startDate?: string | null;

  @ApiPropertyOptional({ example: '31/07/2026', description: DATE_HINT })
  @IsOptional()
  @CalendarDate()
  @Matches(ISO_DATE)
  closingDate?: string;
}

export class CloseVacancyRequest {
  @ApiProperty({ example: '20/06/2026', description: DATE_HINT })
  @CalendarDate()
  @Matches(ISO_DATE)
  on!: string;

  @ApiProperty({ example: 'Nhà tuyển dụng dừng tuyển / The employer stopped hiring' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason!: string;
}

const toBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListVacanciesQuery {
  @ApiPropertyOptional({ enum: ['open', 'filled', 'closed'], example: 'open' })
  @IsOptional()
  @IsIn(['open', 'filled', 'closed'])
  status?: string;

  @ApiPropertyOptional({ example: '72', description: 'Occupation code or group (prefix)' })
  @IsOptional()
  @Matches(OCCUPATION_CODE)
  occupation?: string;

  @ApiPropertyOptional({
    example: false,
    type: Boolean,
    description: 'Only overseas orders (true) or only domestic (false)',
  })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  abroad?: boolean;
}

export class MatchLimitQuery {
  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 20;
}
