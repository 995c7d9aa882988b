import { NotificationSender } from '@ketqua/api/core';
import { createTestApp, errorCode, openSubscription, TestApp } from '@ketqua/api/testing';

const ADDED = `subscription { notificationAdded { id kind title { vi en } body { vi en } subject { kind id } data readAt } }`;
const LIST = `query($filter: NotificationFilter, $first: Int, $after: String) {
  notifications(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind title { vi en } readAt } }
  }
}`;
const COUNT = `{ unreadNotificationCount }`;
/** The API names what a notification is about; the dashboard decides the page (no paths from the API). */
const SUBJECT = '5f0c7d1e-8a4b-4c2d-9e3f-0a1b2c3d4e5f';
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

type Added = { id: string; kind: string; title: { vi: string; en: string }; data: Record<string, unknown>; subject: { kind: string; id: string } | null };
type ListData = {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: Array<{ node: { id: string; kind: string; title: { vi: string }; readAt: string | null } }>;
  };
};

/** In-app notifications: stored with the change, delivered live to the recipient only, after commit. */
describe('notifications', () => {
  let t: TestApp;
  let sender: NotificationSender;
  const token: Record<string, string> = {};
  const idOf: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    sender = t.app.get(NotificationSender);
    for (const who of ['head', 'official', 'hr']) token[who] = await t.login(`${who}@demo.ketqua.vn`);
    for (const r of await t.dataSource.query('SELECT id, email FROM app_user')) idOf[r.email.split('@')[0]] = r.id;
  });
  afterAll(() => t.close());

  const notify = (who: string, n: number) =>
    t.dataSource.transaction((tx) =>
      sender.send(tx, {
        recipientId: idOf[who],
        kind: 'ASSIGNMENT_CREATED',
        title: { vi: `Nhiệm vụ mới số ${n}`, en: `New assignment ${n}` },
        body: { vi: 'Hạn: 20/03/2026', en: 'Due 20/03/2026' },
        subject: { kind: 'ASSIGNMENT', id: SUBJECT },
        data: { n },
      }),
    );

  it('delivers a notification over the WebSocket subscription to its recipient and to nobody else', async () => {
    const official = await openSubscription<Added>(t.url, token['official'], ADDED);
    const head = await openSubscription<Added>(t.url, token['head'], ADDED);
    try {
      await notify('official', 1);
      const got = await official.next();
      expect(got).toMatchObject({
        kind: 'ASSIGNMENT_CREATED',
        title: { vi: 'Nhiệm vụ mới số 1', en: 'New assignment 1' },
        subject: { kind: 'ASSIGNMENT', id: SUBJECT },
        data: { n: 1 },
      });
      expect(await head.quietFor(500)).toEqual([]);

      await notify('head', 2);
      expect((await head.next()).title.vi).toBe('Nhiệm vụ mới số 2');
      expect(await official.quietFor(300)).toEqual([]);
    } finally {
      await official.close();
      await head.close();
    }
  });

  it('a change that rolls back notifies nobody and stores nothing', async () => {
    const official = await openSubscription<Added>(t.url, token['official'], ADDED);
    try {
      const before = (await t.gql<{ unreadNotificationCount: number }>(COUNT, {}, { token: token['official'] })).data!.unreadNotificationCount;
      await expect(
        t.dataSource.transaction(async (tx) => {
          await sender.send(tx, { recipientId: idOf['official'], kind: 'ASSIGNMENT_CREATED', title: { vi: 'Không có thật', en: 'Never happened' } });
          throw new Error('the change failed after the notification was written');
        }),
      ).rejects.toThrow('the change failed');
      expect(await official.quietFor(600)).toEqual([]);
      expect((await t.gql<{ unreadNotificationCount: number }>(COUNT, {}, { token: token['official'] })).data!.unreadNotificationCount).toBe(before);
    } finally {
      await official.close();
    }
  });

  it('a socket without a valid token is refused', async () => {
    await expect(openSubscription(t.url, 'not-a-token', ADDED)).rejects.toThrow(/closed/);
  });

  it('each person lists only their own notifications, newest first, paged', async () => {
    for (let n = 10; n < 15; n++) await notify('hr', n);
    const page1 = (await t.gql<ListData>(LIST, { first: 3 }, { token: token['hr'] })).data!.notifications;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e) => e.node.title.vi)).toEqual(['Nhiệm vụ mới số 14', 'Nhiệm vụ mới số 13', 'Nhiệm vụ mới số 12']);
    const page2 = (await t.gql<ListData>(LIST, { first: 3, after: page1.pageInfo.endCursor }, { token: token['hr'] })).data!.notifications;
    expect(page2.edges.map((e) => e.node.title.vi)).toEqual(['Nhiệm vụ mới số 11', 'Nhiệm vụ mới số 10']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const heads = (await t.gql<ListData>(LIST, {}, { token: token['head'] })).data!.notifications;
    expect(heads.edges.every((e) => !e.node.title.vi.match(/số 1[0-4]$/))).toBe(true);
  });

  it('marks some or all read; ids of another person are ignored; the unread count follows', async () => {
    const count = async (who: string) => (await t.gql<{ unreadNotificationCount: number }>(COUNT, {}, { token: token[who] })).data!.unreadNotificationCount;
    const hrList = (await t.gql<ListData>(LIST, { filter: { unreadOnly: true } }, { token: token['hr'] })).data!.notifications;
    expect(await count('hr')).toBe(5);
    // The official tries to mark HR's notifications: nothing changes for HR.
    const theirs = await t.gql<{ markNotificationsRead: number }>(MARK, { input: { ids: hrList.edges.map((e) => e.node.id) } }, { token: token['official'] });
    expect(theirs.errors).toBeUndefined();
    expect(await count('hr')).toBe(5);

    const left = await t.gql<{ markNotificationsRead: number }>(MARK, { input: { ids: [hrList.edges[0].node.id] } }, { token: token['hr'] });
    expect(left.data!.markNotificationsRead).toBe(4);
    const unread = (await t.gql<ListData>(LIST, { filter: { unreadOnly: true } }, { token: token['hr'] })).data!.notifications;
    expect(unread.totalCount).toBe(4);
    expect((await t.gql<{ markNotificationsRead: number }>(MARK, { input: { all: true } }, { token: token['hr'] })).data!.markNotificationsRead).toBe(0);
    expect(await count('hr')).toBe(0);
    expect(errorCode(await t.gql(MARK, { input: {} }, { token: token['hr'] }))).toBe('BAD_USER_INPUT');
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await t.gql(COUNT))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MARK, { input: { all: true } }))).toBe('UNAUTHENTICATED');
  });
});
