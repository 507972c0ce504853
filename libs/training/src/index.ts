export * from './domain/course/training-course.events';
export * from './domain/course/training-course.decider';
export * from './domain/skill-recognition/skill-recognition.events';
export * from './domain/skill-recognition/skill-recognition.decider';
export * from './domain/follow-up/training-follow-up';
export * from './domain/training-record/training-record';
export * from './domain/course-statistics/course-statistics';
