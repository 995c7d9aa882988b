// The home-work pilot: what the API composition, the tests and the tools (spot-check CLIs) may use.
export { PilotModule } from './pilot.module';
export { SpotCheckScheduler, type SweepReport } from './spot-check/spot-check-scheduler.service';
export { SpotCheckService } from './spot-check/spot-check.service';
export { SpotCheckDrawService } from './spot-check-draw/spot-check-draw.service';
export { publishedRecord, type PublishedDrawRecord } from './spot-check-draw/draw-record';
