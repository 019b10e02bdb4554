/**
 * Import fuzzing through the background's real handler: random bytes,
 * truncated exports, wrong types, oversized files and duplicates. Every bad
 * file gets a clear message and leaves the store exactly as it was.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '@/data';
import { EXPORT_FORMAT } from '@/utils/bookmark-file';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import { createTestHub } from './panel-api-fake';

/** Small seeded PRNG (mulberry32) so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = dataset.questions.map((q) => q.id);

async function seededHub() {
  const hub = createTestHub();
  await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
  await hub.send({ type: 'updateBookmark', questionId: 'tech-caching', note: 'mine' });
  await hub.send({ type: 'setBookmarked', questionId: 'tech-auth', bookmarked: true });
  return hub;
}

async function importText(hub: Awaited<ReturnType<typeof seededHub>>, text: string) {
  try {
    return { ok: true as const, value: await hub.send({ type: 'importBookmarks', text }) };
  } catch (error) {
    return { ok: false as const, error: (error as Error).message };
  }
}

const validExport = (n: number) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-01T10:00:00.000Z',
    bookmarks: Array.from({ length: n }, (_, i) => ({
      questionId: ids[i % ids.length],
      savedAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      note: `n${i}`,
      status: 'to-review',
    })),
  });

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

describe('import fuzzing', () => {
  it('random bytes and random JSON values are refused with a message; the store is unchanged', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const next = random(42);
    const samples: string[] = [];
    for (let i = 0; i < 150; i++) {
      const length = Math.floor(next() * 400);
      samples.push(Array.from({ length }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join(''));
    }
    const values = [
      null,
      true,
      0,
      -1,
      1e308,
      'x',
      [],
      {},
      [[]],
      { format: EXPORT_FORMAT },
      { format: EXPORT_FORMAT, version: 1 },
      { format: EXPORT_FORMAT, version: '1', bookmarks: [] },
    ];
    for (const v of values) samples.push(JSON.stringify(v));
    for (const text of samples) {
      const result = await importText(hub, text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      expect(!result.ok && result.error).toMatch(/Nothing was imported|not valid JSON|not a Prep Panel/);
    }
    expect(await hub.send({ type: 'listBookmarks' })).toEqual(before);
  });

  it('every truncation of a valid export is refused (or, whole, accepted) and never half-imported', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const text = validExport(5);
    for (let cut = 0; cut < text.length; cut += 7) {
      const result = await importText(hub, text.slice(0, cut));
      expect(result.ok).toBe(false);
    }
    expect(await hub.send({ type: 'listBookmarks' })).toEqual(before);
    const whole = await importText(hub, text);
    expect(whole.ok && whole.value.added).toBe(5);
  });

  it('a wrong type anywhere in any record refuses the whole file', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const next = random(7);
    const time = [null, 'yesterday', true, [], {}, -5, 0, Number.POSITIVE_INFINITY];
    const wrong: Record<string, unknown[]> = {
      questionId: [null, 42, true, [], {}, '', 'x'.repeat(201)],
      savedAt: time,
      updatedAt: time,
      note: [null, 42, true, [], { html: '<b>' }, 'x'.repeat(5001)],
      status: [null, 42, 'done', '', []],
    };
    const fields = Object.keys(wrong);
    for (let i = 0; i < 200; i++) {
      const file = JSON.parse(validExport(6));
      const record = file.bookmarks[Math.floor(next() * 6)];
      const field = fields[Math.floor(next() * fields.length)]!;
      const choices = wrong[field]!;
      record[field] = choices[Math.floor(next() * choices.length)];
      const result = await importText(hub, JSON.stringify(file));
      expect(result.ok, `${field}=${JSON.stringify(record[field]).slice(0, 30)}`).toBe(false);
    }
    expect(await hub.send({ type: 'listBookmarks' })).toEqual(before);
  });

  it('a 10 MB file is refused before parsing', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const big = validExport(1).replace('"n0"', JSON.stringify('x'.repeat(10 * 1024 * 1024)));
    const result = await importText(hub, big);
    expect(!result.ok && result.error).toMatch(/too large/);
    expect(await hub.send({ type: 'listBookmarks' })).toEqual(before);
  });

  it('duplicates inside a file and against the store never duplicate a bookmark', async () => {
    const hub = await seededHub();
    const result = await importText(hub, validExport(63)); // every question three times
    expect(result.ok).toBe(true);
    const after = await hub.send({ type: 'listBookmarks' });
    expect(after).toHaveLength(21);
    expect(new Set(after.map((b) => b.questionId)).size).toBe(21);
  });
});

describe('storage errors', () => {
  it('a quota error in the middle of an import rolls it all back, with a message that nothing was lost', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await importText(hub, validExport(21));
    spy.mockRestore();
    expect(!result.ok && result.error).toMatch(/out of storage space.*nothing was lost/);
    expect(await hub.send({ type: 'listBookmarks' })).toEqual(before);
  });

  it('a failing bookmark write reports the error and the panel shows the stored truth again', async () => {
    const hub = await seededHub();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(hub.send({ type: 'setBookmarked', questionId: 'tech-cap-theorem', bookmarked: true })).rejects.toThrow(
      /out of storage space/,
    );
    spy.mockRestore();
    expect((await hub.send({ type: 'listBookmarks' })).map((b) => b.questionId).sort()).toEqual(['tech-auth', 'tech-caching']);
  });
});
