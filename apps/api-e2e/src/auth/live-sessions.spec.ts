import { NotificationSender } from '@ketqua/api/core';
import { createTestApp, errorCode, openSubscription, TestApp } from '@ketqua/api/testing';

const ADDED = `subscription { notificationAdded { id title { vi } } }`;
const PROMPTED = `subscription { spotCheckPrompted { id } }`;
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/**
 * Issue 10 §2: after `logout` (and so after deactivation or a password change) an open
 * graphql-ws socket still received notificationAdded and spotCheckPrompted. Each event is now
 * re-checked against the session, and the sockets of ended sessions are closed.
 */
describe('live subscriptions end with their session', () => {
  let t: TestApp;
  let sender: NotificationSender;
  const idOf: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { LIVE_SESSION_CHECK_SECONDS: '1' } });
    sender = t.app.get(NotificationSender);
    for (const r of (await t.dataSource.query('SELECT id, email FROM app_user')) as Array<{ id: string; email: string }>) idOf[r.email] = r.id;
  });
  afterAll(() => t.close());

  const notify = (email: string, title: string) =>
    t.dataSource.transaction((tx) => sender.send(tx, { recipientId: idOf[email], kind: 'ASSIGNMENT_CREATED', title: { vi: title, en: title } }));

  it('after logout no event reaches the socket, and the server closes it', async () => {
    const token = await t.login('official@demo.ketqua.vn');
    const added = await openSubscription<{ title: { vi: string } }>(t.url, token, ADDED);
    const prompted = await openSubscription(t.url, token, PROMPTED);
    await notify('official@demo.ketqua.vn', 'trước khi đăng xuất');
    expect((await added.next()).title.vi).toBe('trước khi đăng xuất');

    expect(errorCode(await t.gql('mutation { logout }', {}, { token }))).toBeUndefined();
    await notify('official@demo.ketqua.vn', 'sau khi đăng xuất');
    expect(await added.quietFor(500)).toEqual([]);
    expect(await within(added.closed, 5000)).toMatchObject({ code: 4401 });
    expect(await within(prompted.closed, 5000)).toMatchObject({ code: 4401 });
  });

  it('deactivation closes the sockets of every session of the account', async () => {
    const token = await t.login('tran.thi.mai.anh@demo.ketqua.vn');
    const added = await openSubscription(t.url, token, ADDED);
    const admin = await t.login('admin@demo.ketqua.vn');
    const res = await t.gql('mutation($id: ID!) { deactivateOfficial(id: $id) { active } }', { id: idOf['tran.thi.mai.anh@demo.ketqua.vn'] }, { token: admin });
    expect(res.errors).toBeUndefined();
    await notify('tran.thi.mai.anh@demo.ketqua.vn', 'đã nghỉ');
    expect(await added.quietFor(300)).toEqual([]);
    expect(await within(added.closed, 5000)).toMatchObject({ code: 4401 });
  });

  it('a password change closes the other sessions’ sockets and keeps its own', async () => {
    const other = await t.login('head@demo.ketqua.vn');
    const mine = await t.login('head@demo.ketqua.vn');
    const otherSocket = await openSubscription(t.url, other, ADDED);
    const mySocket = await openSubscription<{ title: { vi: string } }>(t.url, mine, ADDED);
    try {
      const res = await t.gql(
        'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
        { input: { currentPassword: 'Ketqua@2026', newPassword: 'TruongPhong2026' } },
        { token: mine },
      );
      expect(res.errors).toBeUndefined();
      expect(await within(otherSocket.closed, 5000)).toMatchObject({ code: 4401 });
      await notify('head@demo.ketqua.vn', 'vẫn nhận');
      expect((await mySocket.next()).title.vi).toBe('vẫn nhận');
    } finally {
      await mySocket.close();
    }
  });
});
