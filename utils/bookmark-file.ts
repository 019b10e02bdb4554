/**
 * Export and import of bookmarks as a JSON file. An imported file is hostile
 * until proven otherwise: it is size-checked, parsed, and every record is
 * validated before anything touches the database. Either the whole file is
 * accepted or nothing changes.
 */
import { NOTE_MAX_LENGTH, REVIEW_STATUSES, type Bookmark, type ReviewStatus } from './bookmarks-db';

export const EXPORT_FORMAT = 'prep-panel-bookmarks';
export const EXPORT_VERSION = 1;
/** 10,000 bookmarks with long notes stay well under this. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_RECORDS = 20_000;

export interface BookmarkExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  bookmarks: Bookmark[];
}

export function toExportFile(bookmarks: Bookmark[], now = new Date()): BookmarkExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), bookmarks };
}

export function exportFileName(now = new Date()): string {
  return `prep-panel-bookmarks-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportParse = { ok: true; bookmarks: Bookmark[]; skippedUnknown: number } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 8.64e15;

/**
 * Validates an import file's text. `resolveId` maps a question id (or an old
 * alias) to the current id, or null when this dataset has no such question.
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
  if (data.version !== EXPORT_VERSION) {
    return {
      ok: false,
      error: `That export uses format version ${String(data.version)}, which this version of Prep Panel cannot read. Nothing was imported.`,
    };
  }
  if (!Array.isArray(data.bookmarks)) {
    return { ok: false, error: 'That export has no list of bookmarks. Nothing was imported.' };
  }
  if (data.bookmarks.length > IMPORT_MAX_RECORDS) {
    return {
      ok: false,
      error: `That export holds ${data.bookmarks.length} bookmarks; the most Prep Panel imports at once is ${IMPORT_MAX_RECORDS}. Nothing was imported.`,
    };
  }
  const byId = new Map<string, Bookmark>();
  let skippedUnknown = 0;
  for (const [index, raw] of data.bookmarks.entries()) {
    const where = `Bookmark ${index + 1}`;
    if (!isRecord(raw)) return invalid(`${where} is not an object.`);
    const { questionId, savedAt, updatedAt, note, status } = raw;
    if (typeof questionId !== 'string' || questionId.length === 0 || questionId.length > 200)
      return invalid(`${where} has no valid question id.`);
    if (!isTime(savedAt)) return invalid(`${where} has no valid saved date.`);
    if (updatedAt !== undefined && !isTime(updatedAt)) return invalid(`${where} has an invalid change date.`);
    if (note !== undefined && typeof note !== 'string') return invalid(`${where} has a note that is not text.`);
    if (typeof note === 'string' && note.length > NOTE_MAX_LENGTH)
      return invalid(`${where} has a note longer than ${NOTE_MAX_LENGTH} characters.`);
    if (status !== undefined && !REVIEW_STATUSES.includes(status as ReviewStatus)) return invalid(`${where} has an unknown review status.`);
    const id = resolveId(questionId);
    if (id === null) {
      skippedUnknown++;
      continue;
    }
    const bookmark: Bookmark = {
      questionId: id,
      savedAt,
      updatedAt: isTime(updatedAt) ? updatedAt : savedAt,
      note: typeof note === 'string' ? note : '',
      status: (status as ReviewStatus | undefined) ?? 'to-review',
    };
    // Duplicates inside one file collapse to the most recently changed copy.
    const seen = byId.get(id);
    if (!seen || bookmark.updatedAt > seen.updatedAt) byId.set(id, bookmark);
  }
  return { ok: true, bookmarks: [...byId.values()], skippedUnknown };
}

function invalid(detail: string): ImportParse {
  return { ok: false, error: `That export is damaged: ${detail} Nothing was imported.` };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
