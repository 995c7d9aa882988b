import type { privacyVi } from './privacy.vi';

/** Personal data (who viewed my data, my data download, retention) screens, English. */
export const privacyEn: typeof privacyVi = {
  title: 'Who viewed my data',
  subtitle:
    'Under Decree 13/2023/NĐ-CP, every time HR, an inspector or the administrator reads your evaluations or spot-check results, or downloads your data, it is recorded here.',
  when: 'When',
  who: 'Viewer',
  what: 'Data',
  why: 'Purpose',
  whose: 'Whose',
  noPurpose: 'No purpose given',
  empty: 'Nobody has viewed your data yet.',
  total: '{{n}} accesses',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {{n}}',
  records: '{{n}} records',
  aggregate: 'Aggregate figures',
  kinds: {
    EVALUATION: 'Evaluation and grade',
    SPOT_CHECK: 'Spot check',
    REPORT_EXPORT: 'Report export',
    PERSONAL_DATA_DOWNLOAD: 'Download of all personal data',
  },
  download: {
    title: 'Download my data',
    help: 'A ZIP file with everything Ketqua holds about you: profile, assignments, deliverables, work logs, home-work enrollments, spot checks, evaluations, notifications, the accesses to your data and the files you uploaded (one JSON file per kind).',
    button: 'Download (ZIP)',
    failed: 'The download failed; try again.',
  },
  all: {
    title: 'Every access to personal data',
    subject: 'Person viewed',
    viewer: 'Viewer',
    anyone: 'Anyone',
    kind: 'Kind of data',
    anyKind: 'Every kind',
    dates: 'Dates',
    clear: 'Clear filters',
  },
  retention: {
    title: 'Retention after a pilot ends',
    workLogDays: 'Work logs (days)',
    spotCheckNoteDays: 'Spot-check notes (days)',
    fileDays: 'Uploaded files (days)',
    help: 'When the period is over, free text is anonymised and files are deleted; dates, numbers and outcomes stay, so evaluations and the audit trail do not change.',
    save: 'Save periods',
    saved: 'Retention periods saved.',
  },
};
