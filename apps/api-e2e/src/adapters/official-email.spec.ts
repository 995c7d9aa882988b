import { MailOutbox } from '@ketqua/api/notifications';
import { hcm, ok } from '../work/work-fixtures';
import { createTestApp, errorCode, freePort, httpRequest, LocalSmtp, TestApp } from '@ketqua/api/testing';

const PREF = `{ myNotificationPreference { delivery mailAvailable email } }`;
const SET = `mutation($input: SetNotificationDeliveryInput!) { setMyNotificationDelivery(input: $input) { delivery mailAvailable email } }`;
const CREATE = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id title } }`;
const ME = `{ me { id email } }`;
const LIST = `{ notifications(first: 20) { edges { node { id kind title { vi } } } } }`;
const ONE = `query($id: ID!) { notification(id: $id) { id kind subject { kind id } } }`;

/**
 * Official e-mail against a real SMTP server started here (smtp-server): the choice on the
 * profile, immediate mail with its link, a retry after the server was down, and the daily digest.
 */
describe('official e-mail (thư điện tử công vụ)', () => {
  let t: TestApp;
  let smtp: LocalSmtp;
  let outbox: MailOutbox;
  const token: Record<string, string> = {};
  let officialId = '';

  const assign = async (title: string) =>
    ok(
      await t.gql<{ createAssignment: Array<{ id: string }> }>(
        CREATE,
        { input: { assigneeIds: [officialId], title, quantity: 1, deadline: hcm('2026-03-20T17:00:00').toISOString() } },
        { token: token['head'] },
      ),
    ).createAssignment[0].id;
  const health = async () =>
    JSON.parse((await httpRequest(`${t.url}/health`)).body) as { status: string; adapters: Record<string, { configured: boolean; reachable: boolean | null; detail?: string }> };

  beforeAll(async () => {
    smtp = new LocalSmtp(await freePort());
    t = await createTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL: 'https://ketqua.hcm.test', MAIL_FROM: 'Ketqua <ketqua@hcm.test>', MAIL_DIGEST_HOUR: '7' },
    });
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    outbox = t.app.get(MailOutbox);
    for (const who of ['official', 'head', 'inspector', 'hr']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    officialId = ok(await t.gql<{ me: { id: string } }>(ME, {}, { token: token['official'] })).me.id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('the choice defaults to in the app only; each person sets their own, the inspector too; a bad value changes nothing', async () => {
    expect(ok(await t.gql(PREF, {}, { token: token['official'] }))).toEqual({
      myNotificationPreference: { delivery: 'IN_APP', mailAvailable: true, email: 'official@demo.ketqua.vn' },
    });
    const bad = await t.gql(SET, { input: { delivery: 'CARRIER_PIGEON' } }, { token: token['official'] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(ok(await t.gql(SET, { input: { delivery: 'DAILY_DIGEST' } }, { token: token['inspector'] }))).toMatchObject({ setMyNotificationDelivery: { delivery: 'DAILY_DIGEST' } });
    expect(errorCode(await t.gql(SET, { input: { delivery: 'IMMEDIATE' } }))).toBe('UNAUTHENTICATED');
    // The inspector's choice is theirs only.
    expect(ok(await t.gql<{ myNotificationPreference: { delivery: string } }>(PREF, {}, { token: token['official'] })).myNotificationPreference.delivery).toBe('IN_APP');
    ok(await t.gql(SET, { input: { delivery: 'IMMEDIATE' } }, { token: token['official'] }));
    const [audit] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'notification.delivery.changed' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`, [
      officialId,
    ]);
    expect(audit.data).toEqual({ before: 'IN_APP', after: 'IMMEDIATE' });
  });

  it('with the mail server down the change still answers at once; the mail waits, is retried, and arrives once the server is up', async () => {
    expect((await health()).adapters['mail']).toMatchObject({ configured: true, reachable: false });
    const started = Date.now();
    const assignmentId = await assign('Rà soát hồ sơ nâng lương quý I');
    expect(Date.now() - started).toBeLessThan(5000); // no SMTP wait inside the request
    // The first attempt fails (nothing listens): counted, kept, due again a minute later.
    expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 1 });
    const [waiting] = await t.dataSource.query(`SELECT attempts, sent_at, last_error, next_attempt_at FROM mail_message WHERE recipient_id = $1`, [officialId]);
    expect(waiting).toMatchObject({ attempts: 1, sent_at: null });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);

    await smtp.start();
    expect((await health()).adapters['mail']).toMatchObject({ configured: true, reachable: true });
    expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0 }); // not due yet: the retry waits its minute
    t.clock.setNow(hcm('2026-03-02T09:01:30'));
    expect(await outbox.deliverDue()).toEqual({ sent: 1, failed: 0 });
    expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0 }); // sent once, never again

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual(['official@demo.ketqua.vn']);
    expect(mail.from).toBe('ketqua@hcm.test');
    const note = ok(
      await t.gql<{ notifications: { edges: Array<{ node: { id: string; kind: string; title: { vi: string } } }> } }>(LIST, {}, { token: token['official'] }),
    ).notifications.edges.find((e) => e.node.kind === 'ASSIGNMENT_CREATED')!.node;
    expect(mail.subject).toBe(`[Ketqua] ${note.title.vi}`);
    expect(mail.subject).toBe(mail.subject.normalize('NFC'));
    expect(mail.text).toContain('Kính gửi Lê Thị Hồng Nhung,');
    expect(mail.text).toContain(`https://ketqua.hcm.test/thong-bao/${note.id}`);
    expect(mail.html).toContain(`href="https://ketqua.hcm.test/thong-bao/${note.id}"`);
    expect(mail.html).toContain('<html lang="vi">');
    // The link's page: the official's own notification, which names what it is about.
    expect(ok(await t.gql(ONE, { id: note.id }, { token: token['official'] }))).toEqual({
      notification: { id: note.id, kind: 'ASSIGNMENT_CREATED', subject: { kind: 'ASSIGNMENT', id: assignmentId } },
    });
    expect(errorCode(await t.gql(ONE, { id: note.id }, { token: token['head'] }))).toBe('NOT_FOUND');
    // The head chose nothing: in the app only, no mail for them.
    expect(smtp.received.filter((m) => m.to.includes('head@demo.ketqua.vn'))).toEqual([]);
  });

  it('the daily digest: nothing at once, one mail the next morning listing the day, never twice', async () => {
    ok(await t.gql(SET, { input: { delivery: 'DAILY_DIGEST' } }, { token: token['official'] }));
    t.clock.setNow(hcm('2026-03-02T14:00:00'));
    await assign('Tổng hợp ý kiến góp ý dự thảo quy chế');
    await assign('Chuẩn bị hồ sơ họp giao ban tuần');
    expect(await outbox.deliverDue()).toEqual({ sent: 0, failed: 0 });

    t.clock.setNow(hcm('2026-03-03T06:30:00'));
    expect(await outbox.queueDigests()).toBe(0); // before MAIL_DIGEST_HOUR
    t.clock.setNow(hcm('2026-03-03T07:00:05'));
    // The official's: the inspector chose the digest too but got no notification, so no mail.
    expect(await outbox.queueDigests()).toBe(1);
    expect(await outbox.queueDigests()).toBe(0); // the same day again (a second instance, a restart): nothing more
    expect(await outbox.deliverDue()).toEqual({ sent: 1, failed: 0 });
    const digest = smtp.received[1];
    expect(smtp.received).toHaveLength(2);
    expect(digest.to).toEqual(['official@demo.ketqua.vn']);
    expect(digest.subject).toBe('[Ketqua] Thông báo tổng hợp ngày 03/03/2026 (2)');
    expect(digest.text).toContain('Tổng hợp ý kiến góp ý dự thảo quy chế');
    expect(digest.text).toContain('Chuẩn bị hồ sơ họp giao ban tuần');
    // Already mailed on its own that morning: not listed again.
    expect(digest.text).not.toContain('Rà soát hồ sơ nâng lương quý I');
    expect(digest.html).toContain('Thông báo tổng hợp ngày 03/03/2026');
    expect((digest.text.match(/https:\/\/ketqua\.hcm\.test\/thong-bao\//g) ?? []).length).toBe(2);

    // The next morning with nothing new: no digest.
    t.clock.setNow(hcm('2026-03-04T07:10:00'));
    expect(await outbox.queueDigests()).toBe(0);
  });
});
