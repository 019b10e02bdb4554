import {
  EXPORT_FORMAT,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_RECORDS,
  IMPORT_MAX_REVIEWS,
  parseImportFile,
  toExportFile,
  type BookmarkExport,
} from '@/utils/bookmark-file';
import type { BackupData, Bookmark, CardRecord } from '@/utils/bookmarks-db';
import * as limits from '@/utils/review/limits';
import { newCard, rate } from '@/utils/review/schedule';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const known = new Set(['tech-caching', 'tech-auth', 'tech-cap-theorem']);
const resolve = (id: string) => (id === 'old-caching-id' ? 'tech-caching' : known.has(id) ? id : null);
const bookmark = (questionId: string, updatedAt = 2000): Bookmark => ({
  questionId,
  savedAt: 1000,
  updatedAt,
  note: 'n',
  status: 'practised',
});
const card = (questionId: string, reviewedAt = T0): CardRecord => ({ questionId, ...rate(newCard(T0), 'good', reviewedAt).card });
const own = { id: 'own-3f2a', text: 'Why this team?', notes: '', role: 'general', category: 'HR', createdAt: T0, updatedAt: T0 };
const noCollections = { cards: [], reviewLog: [], drafts: [], ownQuestions: [], mockRounds: [] };

const v1 = (bookmarks: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', bookmarks, ...extra });
const v2 = (collections: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: '2026-01-01T00:00:00.000Z',
    bookmarks: [],
    ...noCollections,
    ...collections,
  });

const sample: BackupData = {
  bookmarks: [bookmark('tech-caching'), bookmark(own.id)],
  cards: [card('tech-caching'), card(own.id)],
  reviewLog: [{ id: 7, questionId: 'tech-caching', rating: 'good', reviewedAt: T0, before: newCard(T0), after: card('tech-caching') }],
  drafts: [{ questionId: 'tech-caching', situation: 'S', task: 'T', action: 'A', result: 'R', updatedAt: T0 }],
  ownQuestions: [{ ...own, company: 'Acme', askedOn: '2026-01-10' }],
  mockRounds: [
    {
      id: 3,
      at: T0,
      postingTitle: 'Backend Engineer',
      company: 'Acme',
      role: 'backend',
      items: [{ questionId: 'tech-caching', rating: 'hard', seconds: 120 }],
    },
  ],
};

describe('export file, version 2', () => {
  it('holds every collection; reviews without the undo cards, mock rounds without store ids', () => {
    const file = toExportFile(sample, new Date('2026-02-01T00:00:00Z'));
    expect(file).toEqual<BookmarkExport>({
      format: 'prep-panel-bookmarks',
      version: 2,
      exportedAt: '2026-02-01T00:00:00.000Z',
      bookmarks: sample.bookmarks,
      cards: sample.cards,
      reviewLog: [{ questionId: 'tech-caching', rating: 'good', reviewedAt: T0 }],
      drafts: sample.drafts,
      ownQuestions: sample.ownQuestions,
      mockRounds: [{ at: T0, postingTitle: 'Backend Engineer', company: 'Acme', role: 'backend', items: sample.mockRounds[0]!.items }],
    });
  });

  it('round-trips: parsing an export gives back its collections (own ids resolve to themselves)', () => {
    const parsed = parseImportFile(JSON.stringify(toExportFile(sample)), resolve);
    expect(parsed).toEqual({
      ok: true,
      version: 2,
      skippedUnknown: 0,
      bookmarks: sample.bookmarks,
      cards: sample.cards,
      reviewLog: [{ questionId: 'tech-caching', rating: 'good', reviewedAt: T0, before: null, after: null }],
      drafts: sample.drafts,
      ownQuestions: sample.ownQuestions,
      mockRounds: [{ at: T0, postingTitle: 'Backend Engineer', company: 'Acme', role: 'backend', items: sample.mockRounds[0]!.items }],
    });
  });

  it('a list of bookmarks alone still exports (as version 2, other collections empty)', () => {
    const file = toExportFile([bookmark('tech-auth')]);
    expect(file).toMatchObject({ version: 2, bookmarks: [bookmark('tech-auth')], ...noCollections });
  });

  it('maps old ids, skips cards and drafts of unknown questions, keeps their reviews as history, collapses duplicates', () => {
    const parsed = parseImportFile(
      v2({
        bookmarks: [bookmark('old-caching-id', 1), bookmark('tech-caching', 5), bookmark('retired')],
        cards: [card('old-caching-id', T0 + 1000), card('tech-caching', T0), card('retired')],
        drafts: [
          { questionId: 'retired', situation: 's', task: '', action: '', result: '', updatedAt: 1 },
          { questionId: 'tech-auth', situation: 'old', updatedAt: 1 },
          { questionId: 'tech-auth', situation: 'new', updatedAt: 2 },
        ],
        reviewLog: [
          { questionId: 'retired', rating: 'easy', reviewedAt: T0 },
          { questionId: 'old-caching-id', rating: 'again', reviewedAt: T0 },
        ],
        ownQuestions: [own, { ...own, text: 'Newer', updatedAt: T0 + 1 }],
        mockRounds: [
          { at: T0, postingTitle: '', company: '', role: '', items: [{ questionId: 'old-caching-id', rating: 'good', seconds: 0 }] },
        ],
      }),
      resolve,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.bookmarks).toEqual([bookmark('tech-caching', 5)]);
    expect(parsed.skippedUnknown).toBe(1);
    expect(parsed.cards).toEqual([card('tech-caching', T0 + 1000)]); // reviewed last
    expect(parsed.drafts).toEqual([{ questionId: 'tech-auth', situation: 'new', task: '', action: '', result: '', updatedAt: 2 }]);
    expect(parsed.reviewLog.map((e) => e.questionId)).toEqual(['retired', 'tech-caching']);
    expect(parsed.ownQuestions).toEqual([{ ...own, text: 'Newer', updatedAt: T0 + 1 }]);
    expect(parsed.mockRounds[0]!.items[0]!.questionId).toBe('tech-caching');
  });

  it.each([
    ['a future format version', v2({ version: 3 }), /format version 3/],
    ['cards that are not a list', v2({ cards: { a: 1 } }), /no valid list of review cards/],
    [
      'a card with an unknown state',
      v2({ cards: [{ ...card('tech-auth'), state: 'graduated' }] }),
      /Review card 1 is invalid: its card has an unknown state/,
    ],
    [
      'a card with a text due date',
      v2({ cards: [{ ...card('tech-auth'), due: '2026-01-02' }] }),
      /Review card 1 is invalid: its card has no valid due date/,
    ],
    [
      'a card with no question id',
      v2({ cards: [{ ...card('tech-auth'), questionId: 5 }] }),
      /Review card 1 is invalid: it has no valid question id/,
    ],
    [
      'a review with an unknown rating',
      v2({ reviewLog: [{ questionId: 'tech-auth', rating: 5, reviewedAt: T0 }] }),
      /Review 1 is invalid: it has an unknown rating/,
    ],
    [
      'a review with no date',
      v2({ reviewLog: [{ questionId: 'tech-auth', rating: 'good' }] }),
      /Review 1 is invalid: it has no valid date/,
    ],
    [
      'a draft field over 4000 characters',
      v2({ drafts: [{ questionId: 'tech-auth', action: 'x'.repeat(4001), updatedAt: T0 }] }),
      /Answer draft 1 is invalid: the action can be at most 4000 characters/,
    ],
    ['a draft field that is not text', v2({ drafts: [{ questionId: 'tech-auth', task: ['t'], updatedAt: T0 }] }), /the task is not text/],
    [
      'an own question over 500 characters',
      v2({ ownQuestions: [{ ...own, text: 'q'.repeat(501) }] }),
      /Own question 1 is invalid: the question text can be at most 500 characters/,
    ],
    [
      'own-question notes over 5000 characters',
      v2({ ownQuestions: [{ ...own, notes: 'n'.repeat(5001) }] }),
      /the notes can be at most 5000 characters/,
    ],
    [
      'an own question with a foreign id',
      v2({ ownQuestions: [{ ...own, id: 'tech-auth' }] }),
      /Own question 1 is invalid: it has no valid id/,
    ],
    ['an own question with a bad date', v2({ ownQuestions: [{ ...own, askedOn: '12/01/2026' }] }), /the date asked is not a date/],
    [
      'a mock round with a bad item',
      v2({
        mockRounds: [{ at: T0, postingTitle: '', company: '', role: '', items: [{ questionId: 'q', rating: 'good', seconds: 'long' }] }],
      }),
      /Mock round 1 is invalid: question 1 of the mock round has an invalid time/,
    ],
    [
      'too many reviews',
      v2({ reviewLog: Array.from({ length: IMPORT_MAX_REVIEWS + 1 }, () => 0) }),
      /100001 reviews; the most Prep Panel imports at once is 100000/,
    ],
    ['too many cards', v2({ cards: Array.from({ length: IMPORT_MAX_RECORDS + 1 }, () => 0) }), /20001 review cards/],
    [
      'a bad record after good ones',
      v2({ bookmarks: [bookmark('tech-auth')], cards: [card('tech-auth'), { ...card('tech-caching'), reps: -1 }] }),
      /Review card 2 is invalid: its card has an invalid review count/,
    ],
  ])('rejects %s, whole, with a clear message', (_name, text, error) => {
    const parsed = parseImportFile(text, resolve);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
    expect(!parsed.ok && parsed.error).toMatch(/Nothing was imported/);
  });
});

describe('import of version 1 files', () => {
  it('imports the bookmarks alone', () => {
    const parsed = parseImportFile(v1([bookmark('tech-caching'), bookmark('tech-auth')]), resolve);
    expect(parsed).toEqual({
      ok: true,
      version: 1,
      bookmarks: [bookmark('tech-caching'), bookmark('tech-auth')],
      skippedUnknown: 0,
      ...noCollections,
    });
  });

  it('ignores collections a version-1 file could not have had', () => {
    const parsed = parseImportFile(v1([], { cards: 'garbage' }), resolve);
    expect(parsed).toMatchObject({ ok: true, version: 1, cards: [] });
  });

  it('maps old ids through aliases, skips questions this version lacks, collapses duplicates', () => {
    const parsed = parseImportFile(
      v1([
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
    ['a version that is text', v1([], { version: '1' }), /format version 1,/],
    ['no bookmark list', v1('lots'), /no list of bookmarks/],
    ['a record that is not an object', v1([42]), /Bookmark 1 is not an object/],
    ['a missing question id', v1([{ savedAt: 1 }]), /Bookmark 1 has no valid question id/],
    ['a date of the wrong type', v1([{ questionId: 'tech-auth', savedAt: '2026-01-01' }]), /no valid saved date/],
    ['a note of the wrong type', v1([{ questionId: 'tech-auth', savedAt: 1, note: { html: '<b>' } }]), /note that is not text/],
    ['an unknown status', v1([{ questionId: 'tech-auth', savedAt: 1, status: 'done' }]), /unknown review status/],
    ['an over-long note', v1([{ questionId: 'tech-auth', savedAt: 1, note: 'x'.repeat(5001) }]), /longer than 5000/],
    ['too many records', v1(Array.from({ length: 20_001 }, () => ({}))), /most Prep Panel imports at once is 20000/],
    ['an oversized file', 'x'.repeat(IMPORT_MAX_BYTES + 1), /too large/],
  ])('rejects %s with a clear message', (_name, text, error) => {
    const parsed = parseImportFile(text, resolve);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
    expect(!parsed.ok && parsed.error).toMatch(/Nothing was imported|too large/);
  });
});

describe('limits', () => {
  it('come from one module, re-exported unchanged', () => {
    expect(IMPORT_MAX_BYTES).toBe(limits.IMPORT_MAX_BYTES);
    expect(IMPORT_MAX_RECORDS).toBe(limits.IMPORT_MAX_RECORDS);
    expect(IMPORT_MAX_REVIEWS).toBe(limits.IMPORT_MAX_REVIEWS);
    expect(IMPORT_MAX_BYTES).toBe(10 * 1024 * 1024);
  });

  it('an oversized file is refused before parsing, naming both sizes', () => {
    const parsed = parseImportFile(`{"format":"prep-panel-bookmarks","pad":"${'x'.repeat(IMPORT_MAX_BYTES)}"}`, resolve);
    expect(!parsed.ok && parsed.error).toMatch(/too large \(10\.0 MB\)\. A Prep Panel export is at most 10\.0 MB/);
  });
});
