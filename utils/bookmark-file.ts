/**
 * Export and import of bookmarks and spaced review as a JSON file. An
 * imported file is hostile until proven otherwise: it is size-checked,
 * parsed, and every record of every collection is validated before anything
 * touches the database. Either the whole file is accepted or nothing changes.
 *
 * Format version 2 (written since spaced review):
 *   { format: 'prep-panel-bookmarks', version: 2, exportedAt,
 *     bookmarks, cards, reviewLog, drafts, ownQuestions, mockRounds }
 * Review-log entries are exported as { questionId, rating, reviewedAt } only
 * (the cards before and after exist for undo, which is local). Version 1
 * files ({ format, version: 1, exportedAt, bookmarks }) still import; their
 * bookmarks get new cards.
 *
 * Size limits live in utils/review/limits.ts (re-exported here).
 */
import type { BackupData, Bookmark, CardRecord, Draft, MockRound, OwnQuestion, ReviewLogEntry, ReviewStatus } from './bookmarks-db';
import { REVIEW_STATUSES } from './bookmarks-db';
import { IMPORT_MAX_BYTES, IMPORT_MAX_RECORDS, IMPORT_MAX_REVIEWS, NOTE_MAX_LENGTH } from './review/limits';
import {
  checkCard,
  checkDraftFields,
  checkMockRound,
  checkOwnQuestionInput,
  isOwnQuestionId,
  isQuestionId,
  isRating,
  isRecord,
  isTime,
} from './review/records';
import type { ReviewRating } from './review/schedule';

export { IMPORT_MAX_BYTES, IMPORT_MAX_RECORDS, IMPORT_MAX_REVIEWS };

export const EXPORT_FORMAT = 'prep-panel-bookmarks';
export const EXPORT_VERSION = 2;
/** Versions this build can import. */
export const IMPORT_VERSIONS = [1, 2] as const;

/** A review as it appears in an export file. */
export interface ExportedReview {
  questionId: string;
  rating: ReviewRating;
  reviewedAt: number;
}

export interface BookmarkExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  bookmarks: Bookmark[];
  cards: CardRecord[];
  reviewLog: ExportedReview[];
  drafts: Draft[];
  ownQuestions: OwnQuestion[];
  mockRounds: Omit<MockRound, 'id'>[];
}

/** What version 1 wrote (bookmarks only). */
export interface BookmarkExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  bookmarks: Bookmark[];
}

/** Builds an export file from `exportAll()`'s data (or, as before, a list of bookmarks alone). */
export function toExportFile(data: Partial<BackupData> | Bookmark[], now = new Date()): BookmarkExport {
  const d: Partial<BackupData> = Array.isArray(data) ? { bookmarks: data } : data;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: d.bookmarks ?? [],
    cards: d.cards ?? [],
    reviewLog: (d.reviewLog ?? []).map(({ questionId, rating, reviewedAt }) => ({ questionId, rating, reviewedAt })),
    drafts: d.drafts ?? [],
    ownQuestions: d.ownQuestions ?? [],
    mockRounds: (d.mockRounds ?? []).map(({ id: _id, ...round }) => round),
  };
}

export function exportFileName(now = new Date()): string {
  return `prep-panel-bookmarks-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * A parsed file: the collections to hand to `mergeImport` (empty for a v1
 * file but the bookmarks). `skippedUnknown` counts bookmarks of questions
 * this dataset does not have; their cards and drafts are skipped too, while
 * their review-log entries are kept (history, under the id in the file).
 */
export type ImportParse = ({ ok: true; version: 1 | 2; skippedUnknown: number } & BackupData) | { ok: false; error: string };

class Damaged extends Error {}
const damaged = (where: string, problem: string): never => {
  throw new Damaged(`${where} is invalid: ${problem}.`);
};

/**
 * Validates an import file's text. `resolveId` maps a question id (or an old
 * alias) to the current id, or null when this dataset has no such question.
 * Ids of own questions ('own-…') resolve to themselves.
 */
export function parseImportFile(text: string, resolveId: (id: string) => string | null): ImportParse {
  if (text.length > IMPORT_MAX_BYTES) {
    return {
      ok: false,
      error: `That file is too large (${formatBytes(text.length)}). A Prep Panel export is at most ${formatBytes(IMPORT_MAX_BYTES)}.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'That file is not valid JSON, so it cannot be a Prep Panel export. Nothing was imported.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'That file is not a Prep Panel bookmarks export. Nothing was imported.' };
  }
  const version = data.version;
  if (version !== 1 && version !== 2) {
    return {
      ok: false,
      error: `That export uses format version ${String(version)}, which this version of Prep Panel cannot read. Nothing was imported.`,
    };
  }
  if (!Array.isArray(data.bookmarks)) {
    return { ok: false, error: 'That export has no list of bookmarks. Nothing was imported.' };
  }
  const lists: Record<keyof BackupData, unknown[]> = {
    bookmarks: data.bookmarks,
    cards: [],
    reviewLog: [],
    drafts: [],
    ownQuestions: [],
    mockRounds: [],
  };
  const names: Record<keyof BackupData, string> = {
    bookmarks: 'bookmarks',
    cards: 'review cards',
    reviewLog: 'reviews',
    drafts: 'answer drafts',
    ownQuestions: 'own questions',
    mockRounds: 'mock rounds',
  };
  for (const key of Object.keys(lists) as (keyof BackupData)[]) {
    if (key !== 'bookmarks' && version === 2 && data[key] !== undefined) {
      const list = data[key];
      if (!Array.isArray(list)) return { ok: false, error: `That export has no valid list of ${names[key]}. Nothing was imported.` };
      lists[key] = list;
    }
    const max = key === 'reviewLog' ? IMPORT_MAX_REVIEWS : IMPORT_MAX_RECORDS;
    if (lists[key].length > max) {
      return {
        ok: false,
        error: `That export holds ${lists[key].length} ${names[key]}; the most Prep Panel imports at once is ${max}. Nothing was imported.`,
      };
    }
  }
  const resolve = (id: string) => (isOwnQuestionId(id) ? id : resolveId(id));
  try {
    const bookmarks = parseBookmarks(lists.bookmarks, resolve);
    return {
      ok: true,
      version,
      bookmarks: bookmarks.bookmarks,
      skippedUnknown: bookmarks.skippedUnknown,
      ownQuestions: parseOwnQuestions(lists.ownQuestions),
      cards: parseCards(lists.cards, resolve),
      drafts: parseDrafts(lists.drafts, resolve),
      reviewLog: parseReviews(lists.reviewLog, resolve),
      mockRounds: parseMockRounds(lists.mockRounds, resolve),
    };
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, error: `That export is damaged: ${error.message} Nothing was imported.` };
    throw error;
  }
}

/** Keeps, per key, the record `newer` prefers; input order otherwise. */
function collapse<T>(records: T[], key: (r: T) => string, newer: (a: T, b: T) => boolean): T[] {
  const byKey = new Map<string, T>();
  for (const r of records) {
    const seen = byKey.get(key(r));
    if (!seen || newer(r, seen)) byKey.set(key(r), r);
  }
  return [...byKey.values()];
}

function parseBookmarks(list: unknown[], resolve: (id: string) => string | null): { bookmarks: Bookmark[]; skippedUnknown: number } {
  const out: Bookmark[] = [];
  let skippedUnknown = 0;
  for (const [index, raw] of list.entries()) {
    const where = `Bookmark ${index + 1}`;
    if (!isRecord(raw)) throw new Damaged(`${where} is not an object.`);
    const { questionId, savedAt, updatedAt, note, status } = raw;
    if (!isQuestionId(questionId)) throw new Damaged(`${where} has no valid question id.`);
    if (!isTime(savedAt)) throw new Damaged(`${where} has no valid saved date.`);
    if (updatedAt !== undefined && !isTime(updatedAt)) throw new Damaged(`${where} has an invalid change date.`);
    if (note !== undefined && typeof note !== 'string') throw new Damaged(`${where} has a note that is not text.`);
    if (typeof note === 'string' && note.length > NOTE_MAX_LENGTH)
      throw new Damaged(`${where} has a note longer than ${NOTE_MAX_LENGTH} characters.`);
    if (status !== undefined && !REVIEW_STATUSES.includes(status as ReviewStatus))
      throw new Damaged(`${where} has an unknown review status.`);
    const id = resolve(questionId);
    if (id === null) {
      skippedUnknown++;
      continue;
    }
    out.push({
      questionId: id,
      savedAt,
      updatedAt: isTime(updatedAt) ? updatedAt : savedAt,
      note: typeof note === 'string' ? note : '',
      status: (status as ReviewStatus | undefined) ?? 'to-review',
    });
  }
  // Duplicates inside one file collapse to the most recently changed copy.
  return {
    bookmarks: collapse(
      out,
      (b) => b.questionId,
      (a, b) => a.updatedAt > b.updatedAt,
    ),
    skippedUnknown,
  };
}

function parseOwnQuestions(list: unknown[]): OwnQuestion[] {
  const out = list.map((raw, index): OwnQuestion => {
    const where = `Own question ${index + 1}`;
    if (!isRecord(raw)) return damaged(where, 'it is not an object');
    if (!isOwnQuestionId(raw.id)) return damaged(where, 'it has no valid id');
    if (!isTime(raw.createdAt)) return damaged(where, 'it has no valid creation date');
    if (raw.updatedAt !== undefined && !isTime(raw.updatedAt)) return damaged(where, 'it has an invalid change date');
    const fields = checkOwnQuestionInput(raw);
    if (!fields.ok) return damaged(where, fields.problem);
    return { id: raw.id, ...fields.value, createdAt: raw.createdAt, updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : raw.createdAt };
  });
  return collapse(
    out,
    (q) => q.id,
    (a, b) => a.updatedAt > b.updatedAt,
  );
}

function parseCards(list: unknown[], resolve: (id: string) => string | null): CardRecord[] {
  const out: CardRecord[] = [];
  for (const [index, raw] of list.entries()) {
    const where = `Review card ${index + 1}`;
    if (!isRecord(raw)) damaged(where, 'it is not an object');
    const r = raw as Record<string, unknown>;
    if (!isQuestionId(r.questionId)) damaged(where, 'it has no valid question id');
    const card = checkCard(r);
    if (!card.ok) return damaged(where, card.problem);
    const id = resolve(r.questionId as string);
    if (id !== null) out.push({ questionId: id, ...card.value });
  }
  return collapse(
    out,
    (c) => c.questionId,
    (a, b) => (a.lastReview ?? -1) > (b.lastReview ?? -1),
  );
}

function parseDrafts(list: unknown[], resolve: (id: string) => string | null): Draft[] {
  const out: Draft[] = [];
  for (const [index, raw] of list.entries()) {
    const where = `Answer draft ${index + 1}`;
    if (!isRecord(raw)) damaged(where, 'it is not an object');
    const r = raw as Record<string, unknown>;
    if (!isQuestionId(r.questionId)) damaged(where, 'it has no valid question id');
    if (!isTime(r.updatedAt)) damaged(where, 'it has no valid change date');
    const fields = checkDraftFields(r, false);
    if (!fields.ok) return damaged(where, fields.problem);
    const id = resolve(r.questionId as string);
    if (id !== null) {
      const { situation = '', task = '', action = '', result = '' } = fields.value;
      out.push({ questionId: id, situation, task, action, result, updatedAt: r.updatedAt as number });
    }
  }
  return collapse(
    out,
    (d) => d.questionId,
    (a, b) => a.updatedAt > b.updatedAt,
  );
}

function parseReviews(list: unknown[], resolve: (id: string) => string | null): ReviewLogEntry[] {
  return list.map((raw, index): ReviewLogEntry => {
    const where = `Review ${index + 1}`;
    if (!isRecord(raw)) return damaged(where, 'it is not an object');
    if (!isQuestionId(raw.questionId)) return damaged(where, 'it has no valid question id');
    if (!isRating(raw.rating)) return damaged(where, 'it has an unknown rating');
    if (!isTime(raw.reviewedAt)) return damaged(where, 'it has no valid date');
    // History: a question this dataset lacks keeps the id it had.
    const questionId = resolve(raw.questionId) ?? raw.questionId;
    return { questionId, rating: raw.rating, reviewedAt: raw.reviewedAt, before: null, after: null };
  });
}

function parseMockRounds(list: unknown[], resolve: (id: string) => string | null): MockRound[] {
  return list.map((raw, index): MockRound => {
    const round = checkMockRound(raw);
    if (!round.ok) return damaged(`Mock round ${index + 1}`, round.problem);
    return {
      ...round.value,
      items: round.value.items.map((item) => ({ ...item, questionId: resolve(item.questionId) ?? item.questionId })),
    };
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
