/**
 * Import fuzzing through the background's real handler: random bytes,
 * truncated exports, wrong types, oversized files and duplicates, for
 * version 1 and version 2 files. Every bad file gets a clear message and
 * leaves every store exactly as it was.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildDataset } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import { EXPORT_FORMAT, IMPORT_MAX_BYTES, toExportFile } from '@/utils/bookmark-file';
import { closeBookmarksDb, exportAll } from '@/utils/bookmarks-db';
import { newCard, rate } from '@/utils/review/schedule';
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

/** 21 questions the bundled dataset knows. */
const ids = buildDataset('backend', allGuides)
  .questions.map((q) => q.id)
  .slice(0, 21);

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

  it('a file over the size limit is refused before parsing', async () => {
    const hub = await seededHub();
    const before = await hub.send({ type: 'listBookmarks' });
    const big = validExport(1).replace('"n0"', JSON.stringify('x'.repeat(IMPORT_MAX_BYTES)));
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

const T0 = Date.parse('2026-01-01T09:00:00Z');
/** A valid version-2 export: n bookmarks with cards, reviews and drafts, two own questions, a mock round. */
const validV2 = (n: number) =>
  JSON.stringify(
    toExportFile({
      bookmarks: Array.from({ length: n }, (_, i) => ({
        questionId: ids[i % ids.length]!,
        savedAt: T0 + i,
        updatedAt: T0 + i,
        note: `n${i}`,
        status: 'to-review' as const,
      })),
      cards: Array.from({ length: n }, (_, i) => ({ questionId: ids[i % ids.length]!, ...rate(newCard(T0), 'good', T0 + i).card })),
      reviewLog: Array.from({ length: n }, (_, i) => ({
        questionId: ids[i % ids.length]!,
        rating: 'good' as const,
        reviewedAt: T0 + i,
        before: null,
        after: null,
      })),
      drafts: Array.from({ length: n }, (_, i) => ({
        questionId: ids[i % ids.length]!,
        situation: `s${i}`,
        task: '',
        action: 'a',
        result: '',
        updatedAt: T0 + i,
      })),
      ownQuestions: [0, 1].map((i) => ({
        id: `own-q${i}`,
        text: `Own ${i}`,
        notes: '',
        role: 'backend',
        category: 'Design',
        company: 'Acme',
        askedOn: '2026-01-05',
        createdAt: T0 + i,
        updatedAt: T0 + i,
      })),
      mockRounds: [
        {
          at: T0,
          postingTitle: 'Backend',
          company: 'Acme',
          role: 'backend',
          items: [{ questionId: ids[0]!, rating: 'good' as const, seconds: 30 }],
        },
      ],
    }),
  );

describe('import fuzzing, version 2 files', () => {
  it('every truncation of a valid v2 export is refused and imports nothing, in any store', async () => {
    const hub = await seededHub();
    const before = await exportAll();
    const text = validV2(4);
    for (let cut = 0; cut < text.length; cut += 11) {
      const result = await importText(hub, text.slice(0, cut));
      expect(result.ok).toBe(false);
    }
    expect(await exportAll()).toEqual(before);
    expect((await importText(hub, text)).ok).toBe(true);
  });

  it('a wrong value in any field of any record of any collection refuses the whole file', async () => {
    const hub = await seededHub();
    const before = await exportAll();
    const next = random(11);
    const time = [null, 'yesterday', true, [], {}, -5, 0, Number.POSITIVE_INFINITY];
    const id = [null, 42, true, [], {}, '', 'x'.repeat(201)];
    const wrong: Record<string, Record<string, unknown[]>> = {
      bookmarks: { questionId: id, savedAt: time, note: [42, 'x'.repeat(5001)], status: ['done'] },
      cards: {
        questionId: id,
        due: time,
        stability: [-1, 'x', null, 1e7],
        difficulty: [11, -1, 'x'],
        scheduledDays: [1.5, -1, 'x'],
        learningSteps: [-1, 0.5, null],
        reps: [-1, 'x', 2.5],
        lapses: [-1, {}],
        state: ['graduated', 2, null],
        lastReview: ['x', -5, 0, true],
      },
      reviewLog: { questionId: id, rating: [null, 'ok', 3, ''], reviewedAt: time },
      drafts: {
        questionId: id,
        situation: [42, null, 'x'.repeat(4001)],
        task: [[], 'x'.repeat(4001)],
        action: [{}, 'x'.repeat(4001)],
        result: [true, 'x'.repeat(4001)],
        updatedAt: time,
      },
      ownQuestions: {
        id: [null, 'tech-auth', 'own-', 'own-a b', 'x'.repeat(300)],
        text: ['', '   ', 'x'.repeat(501), 42],
        notes: [42, 'x'.repeat(5001)],
        role: ['', 42, 'x'.repeat(101)],
        category: ['', null, 'x'.repeat(101)],
        company: [42, 'x'.repeat(201)],
        askedOn: ['2026-13-01', '2026-02-30', 'yesterday', 42],
        createdAt: time,
        updatedAt: ['x', -5, 0],
      },
      mockRounds: {
        at: time,
        postingTitle: [42, null, 'x'.repeat(301)],
        company: [null, 'x'.repeat(201)],
        role: [7, 'x'.repeat(101)],
        items: [
          'x',
          [1],
          [{ questionId: 'q', rating: 'good', seconds: -1 }],
          [{ questionId: '', rating: 'good', seconds: 1 }],
          Array(201).fill({ questionId: 'q', rating: 'good', seconds: 1 }),
        ],
      },
    };
    const collections = Object.keys(wrong);
    for (let i = 0; i < 300; i++) {
      const file = JSON.parse(validV2(4));
      const collection = collections[Math.floor(next() * collections.length)]!;
      const records = file[collection] as Record<string, unknown>[];
      const record = records[Math.floor(next() * records.length)]!;
      const fields = Object.keys(wrong[collection]!);
      const field = fields[Math.floor(next() * fields.length)]!;
      const choices = wrong[collection]![field]!;
      record[field] = choices[Math.floor(next() * choices.length)];
      const result = await importText(hub, JSON.stringify(file));
      expect(result.ok, `${collection}.${field}=${JSON.stringify(record[field])?.slice(0, 30)}`).toBe(false);
      expect(!result.ok && result.error).toMatch(/is invalid: .* Nothing was imported\.$|Bookmark \d+ .* Nothing was imported\.$/);
    }
    expect(await exportAll()).toEqual(before);
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
