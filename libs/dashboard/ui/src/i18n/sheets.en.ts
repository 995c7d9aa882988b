import type { sheetsVi } from './sheets.vi';

/** Printed evaluation sheets and their verification, English: same keys as sheets.vi.ts. */
export const sheetsEn: typeof sheetsVi = {
  download: {
    sheet: 'Download the evaluation sheet (PDF)',
    summary: 'Download the unit summary (PDF)',
    zip: 'Download all sheets of the unit (ZIP)',
    failed: 'The file could not be downloaded. You may have no access to it, or the network is down.',
  },
  regime: { CONG_CHUC: 'Civil servant (công chức)', VIEN_CHUC: 'Public employee (viên chức)' },
  verify: {
    title: 'Verify an evaluation sheet',
    subtitle: 'Type the verification code printed on an evaluation sheet to see the published record it stands for.',
    code: 'Verification code',
    placeholder: 'For example: KQ-7F3M-9X2P',
    check: 'Check',
    empty: 'Type the verification code printed at the top of the sheet.',
    unknown: 'No sheet has this code',
    unknownText: 'The code matches no published evaluation. Check each character; an unpublished (draft) sheet has no verification code.',
    current: 'Valid sheet, the latest publication',
    currentText: 'Below is the published record; compare the name, period, score and grade with the paper.',
    superseded: 'This sheet was replaced or is under review',
    supersededText: 'This sheet is an earlier publication; the latest is publication {{latest}}.',
    reopenedText: 'After this publication the evaluation was reopened for review; the result may change (the latest publication is now {{latest}}).',
    official: 'Name',
    unit: 'Unit',
    period: 'Period',
    regime: 'Staff category',
    score: 'Total score',
    grade: 'Grade',
    revision: 'Publication',
    revisionText: 'Publication {{revision}} (latest: {{latest}})',
    publishedAt: 'Published at',
    ruleSet: 'Rule set',
  },
};
