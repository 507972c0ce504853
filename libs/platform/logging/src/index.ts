export * from './redaction';
export * from './logging.module';
export { Logger, PinoLogger, InjectPinoLogger } from 'nestjs-pino';
