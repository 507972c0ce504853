import { Module } from '@nestjs/common';
import { JobSeekersModule } from '@vieclam/job-seekers';
import {
  CoursesController,
  TraineeTrainingController,
  TrainingFollowUpsController,
} from './application/training.controller';
import { TrainingCommands } from './application/training-commands';
import { TrainingRecords } from './application/training-records';
import { TrainingTimelineSource } from './application/training-timeline-source';
import { TrainingQueries } from './queries/training.query';

/**
 * Vocational training courses over HTTP. Needs what `JobSeekersModule` needs (runtime, command
 * handling, AdminModule) and `JobSeekerRecords` (trainees are job seekers); registers the person's
 * course events on the job seeker's timeline. Its read models (`TRAINING_PROJECTIONS`) must be in
 * the app's projection list.
 */
@Module({
  imports: [JobSeekersModule],
  controllers: [CoursesController, TraineeTrainingController, TrainingFollowUpsController],
  providers: [TrainingRecords, TrainingCommands, TrainingQueries, TrainingTimelineSource],
  exports: [TrainingRecords, TrainingCommands, TrainingQueries],
})
export class TrainingModule {}
