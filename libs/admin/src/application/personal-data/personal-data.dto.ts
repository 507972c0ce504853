import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { ERASURE_REASONS, type ErasureReason } from './personal-data-erasure';

export class ErasePersonalDataRequest {
  @ApiProperty({
    enum: ERASURE_REASONS,
    example: 'subject_request',
    description: 'Căn cứ xoá (Nghị định 13/2023, Điều 16) / ground for erasure (Decree 13/2023, Art. 16)',
  })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;

  @ApiProperty({
    example: 'JobSeeker-0194f1a2-7c3e-7000-8000-000000000001',
    description:
      'Hồ sơ của người này; quyền được xét theo đơn vị của hồ sơ / the record of the person; the right is judged on its unit',
  })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9_.:-]{1,200}$/)
  subjectStream!: string;
}
