// Pilot: HR's pilots, positions and commitment, the working calendar; the official's home work and
// spot-check prompt; the head's requests, "Hôm nay" and spot-check results; draw verification.
export { PilotsPage } from './components/pilots/pilots-page';
export { CalendarPage } from './components/calendar/calendar-page';
export { HomeWorkPage } from './components/home-work/home-work-page';
export { SpotCheckPrompt } from './components/spot-checks/spot-check-prompt';
export { EnrollmentQueuePage } from './components/enrollments/enrollment-queue-page';
export { TodayPage } from './components/today/today-page';
export { SpotChecksPage } from './components/spot-checks/spot-checks-page';
export { DrawVerifyPage } from './components/verify/draw-verify-page';
