export { DemoModule } from './demo.module';
export { DemoLoader, DEMO_MARKER_STREAM } from './demo-loader';
export { DemoRecordingStore, DEMO_CORRELATION_PREFIX } from './demo-recording-store';
export {
  loadDemoCommune,
  demoServices,
  DEMO_ACTOR,
  type DemoCounts,
  type DemoServices,
} from './load-demo-commune';
export { planDemoReferrals, type DemoReferral } from './plan-demo-referrals';
