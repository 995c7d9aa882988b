import { createTestApp, TestApp } from '@ketqua/api/testing';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in and reads me', async () => {
    const token = await t.login('head@demo.ketqua.vn');
    const res = await t.gql<{ me: { fullName: string } }>('{ me { fullName } }', {}, { token });
    expect(res.data?.me.fullName).toBe('Nguyễn Văn Minh');
  });
});
