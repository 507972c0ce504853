export * from './config/loan-programmes';
export * from './domain/calendar/iso-date';
export * from './domain/money/vnd';
export * from './domain/programme/loan-programme';
export * from './domain/schedule/repayment-schedule';
export * from './domain/loan/policy-loan.events';
export * from './domain/loan/policy-loan.decider';
export * from './domain/portfolio/loan-portfolio';
