import { EXPORT_FORMAT, IMPORT_MAX_BYTES, parseImportFile, toExportFile } from '@/utils/bookmark-file';
import type { Bookmark } from '@/utils/bookmarks-db';

const known = new Set(['tech-caching', 'tech-auth', 'tech-cap-theorem']);
const resolve = (id: string) => (id === 'old-caching-id' ? 'tech-caching' : known.has(id) ? id : null);
const bookmark = (questionId: string, updatedAt = 2000): Bookmark => ({
  questionId,
  savedAt: 1000,
  updatedAt,
  note: 'n',
  status: 'practised',
});
const file = (bookmarks: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', bookmarks, ...extra });

describe('bookmark export file', () => {
  it('round-trips an export', () => {
    const exported = toExportFile([bookmark('tech-caching'), bookmark('tech-auth')]);
    const parsed = parseImportFile(JSON.stringify(exported), resolve);
    expect(parsed).toEqual({ ok: true, bookmarks: exported.bookmarks, skippedUnknown: 0 });
  });

  it('maps old ids through aliases, skips questions this version lacks, collapses duplicates', () => {
    const parsed = parseImportFile(
      file([
        bookmark('old-caching-id', 1),
        bookmark('tech-caching', 5),
        bookmark('retired-question'),
        { questionId: 'tech-auth', savedAt: 1 },
      ]),
      resolve,
    );
    expect(parsed.ok && parsed.bookmarks).toEqual([
      { ...bookmark('tech-caching', 5) },
      { questionId: 'tech-auth', savedAt: 1, updatedAt: 1, note: '', status: 'to-review' },
    ]);
    expect(parsed.ok && parsed.skippedUnknown).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": "prep-panel-bookmarks", "bookm', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['a foreign JSON file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a Prep Panel bookmarks export/],
    ['an array', '[]', /not a Prep Panel bookmarks export/],
    ['a future format version', file([], { version: 2 }), /format version 2/],
    ['no bookmark list', file('lots'), /no list of bookmarks/],
    ['a record that is not an object', file([42]), /Bookmark 1 is not an object/],
    ['a missing question id', file([{ savedAt: 1 }]), /Bookmark 1 has no valid question id/],
    ['a date of the wrong type', file([{ questionId: 'tech-auth', savedAt: '2026-01-01' }]), /no valid saved date/],
    ['a note of the wrong type', file([{ questionId: 'tech-auth', savedAt: 1, note: { html: '<b>' } }]), /note that is not text/],
    ['an unknown status', file([{ questionId: 'tech-auth', savedAt: 1, status: 'done' }]), /unknown review status/],
    ['an over-long note', file([{ questionId: 'tech-auth', savedAt: 1, note: 'x'.repeat(5001) }]), /longer than 5000/],
    ['too many records', file(Array.from({ length: 20_001 }, () => ({}))), /most Prep Panel imports at once is 20000/],
    ['an oversized file', 'x'.repeat(IMPORT_MAX_BYTES + 1), /too large/],
  ])('rejects %s with a clear message', (_name, text, error) => {
    const parsed = parseImportFile(text, resolve);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
    expect(!parsed.ok && parsed.error).toMatch(/Nothing was imported|too large/);
  });
});
