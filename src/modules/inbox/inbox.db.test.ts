import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, signedInClient, testApp } from '../../../tests/support/test-app.js';
import { testDatabase, unique } from '../../../tests/support/test-database.js';
import { notify } from './inbox.js';

type Inbox = {
  unread: number;
  items: { id: number; kind: string; title: string; link: string | null; createdAt: string; read: boolean }[];
};

let reader: Client;
let other: Client;

// Officers and enterprise users: no stage move elsewhere in the worker notifies them (moves notify admins
// and the project's officer), so these inboxes hold only what this file puts there.
beforeAll(async () => {
  reader = await signedInClient('officer');
  other = await signedInClient('enterprise');
});

/** Sends one notice to the given users; its (unique) Chinese and English titles. */
async function send(userIds: number[], link: string | null = null) {
  const database = await testDatabase();
  const notice = {
    kind: 'test.notice',
    titleZh: unique('项目已签约'),
    titleEn: unique('Project signed'),
    link,
  };
  await notify(database.db, userIds, notice);
  return notice;
}

async function inbox(client: Client, lang = 'zh-CN'): Promise<Inbox> {
  const res = await client.request({ url: '/api/inbox', headers: { 'accept-language': lang } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Inbox;
}

function post(client: Client, url: string) {
  return client.request({ method: 'POST', url });
}

describe('the inbox', () => {
  it('lists my notices newest first in my language, unread before read, with the unread count', async () => {
    const before = await inbox(reader);
    const first = await send([reader.userId], '/workbench/pipeline?pipeline=investment');
    const second = await send([reader.userId, other.userId]);

    const zh = await inbox(reader);
    expect(zh.unread).toBe(before.unread + 2);
    expect(zh.items.slice(0, 2)).toMatchObject([
      { title: second.titleZh, read: false, link: null, kind: 'test.notice' },
      { title: first.titleZh, read: false, link: '/workbench/pipeline?pipeline=investment' },
    ]);
    const en = await inbox(reader, 'en');
    expect(en.items.slice(0, 2).map((n) => n.title)).toEqual([second.titleEn, first.titleEn]);

    // Reading the newer one puts it after every unread notice.
    const newer = zh.items[0]!;
    expect((await post(reader, `/api/inbox/${newer.id}/read`)).statusCode).toBe(204);
    const after = await inbox(reader);
    expect(after.unread).toBe(zh.unread - 1);
    const order = after.items.map((n) => n.id);
    expect(order.indexOf(newer.id)).toBeGreaterThan(order.indexOf(zh.items[1]!.id));
    expect(after.items.find((n) => n.id === newer.id)?.read).toBe(true);
    // Marking it again changes nothing (the first reading time is kept).
    expect((await post(reader, `/api/inbox/${newer.id}/read`)).statusCode).toBe(204);
    expect((await inbox(reader)).unread).toBe(after.unread);
  });

  it('lets nobody mark another user’s notice: it is not found, and stays unread for its owner', async () => {
    await send([other.userId]);
    const theirs = (await inbox(other)).items[0]!;
    expect(theirs.read).toBe(false);
    const res = await post(reader, `/api/inbox/${theirs.id}/read`);
    expect(res.statusCode).toBe(404);
    expect((await inbox(other)).items.find((n) => n.id === theirs.id)?.read).toBe(false);
  });

  it('marks all of my notices read at once, and only mine', async () => {
    await send([reader.userId, other.userId]);
    await send([reader.userId]);
    const otherBefore = await inbox(other);
    const mine = await inbox(reader);
    expect(mine.unread).toBeGreaterThanOrEqual(2);

    const res = await post(reader, '/api/inbox/read-all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ marked: mine.unread });
    const after = await inbox(reader);
    expect(after.unread).toBe(0);
    expect(after.items.every((n) => n.read)).toBe(true);
    expect((await inbox(other)).unread).toBe(otherBefore.unread);

    // Nothing left unread: nothing marked.
    expect((await post(reader, '/api/inbox/read-all')).json()).toEqual({ marked: 0 });
  });

  it('is for signed-in users only', async () => {
    const app = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/inbox' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/inbox/read-all' })).statusCode).toBe(401);
  });
});
