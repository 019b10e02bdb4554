/**
 * What the background does for the review requests (utils/review/protocol.ts):
 * cards and ratings, progress, STAR drafts, own questions and mock rounds,
 * all through utils/bookmarks-db.ts. Every change is broadcast: `reviewChanged`
 * (and `bookmarkChanged` when an own question's bookmark comes or goes), so
 * every open panel and the toolbar badge follow.
 */
import { browser } from 'wxt/browser';
import { questionById } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import * as db from '@/utils/bookmarks-db';
import type { PanelEvent } from '@/utils/messages';
import { coverage, type QuestionMeta } from '@/utils/review/coverage';
import { ownCategory, ownRole } from '@/utils/review/own-question';
import { streakWithin, summarizeCards } from '@/utils/review/stats';
import type { DeletedOwnQuestion, ReviewRequests } from '@/utils/review/protocol';
import {
  checkCard,
  checkDraftFields,
  checkOwnQuestionInput,
  isOwnQuestionId,
  isQuestionId,
  isRating,
  isRecord,
  isTime,
} from '@/utils/review/records';
import { DEFAULT_RETENTION, normalizeRetention } from '@/utils/review/schedule';
import { reviewRetentionKey } from '@/utils/storage-keys';
import { nextVersion, type HandlersFor } from './handlers';
import { showDueOnBadge } from './review-badge';

/** Days the Review view's chart covers. */
export const STATS_DAYS = 30;
/** Due cards sent per `listDueCards` when no limit is given (a session asks for more when it runs out). */
export const DUE_CARDS_BATCH = 500;

async function storedRetention(): Promise<number> {
  try {
    const value = (await browser.storage.local.get(reviewRetentionKey))[reviewRetentionKey];
    return typeof value === 'number' ? normalizeRetention(value) : DEFAULT_RETENTION;
  } catch {
    return DEFAULT_RETENTION;
  }
}

const invalid = (what: string) => new Error(`Invalid ${what} request.`);

/** The guide's questions, each once, for coverage (built on first use: the worker may never need it). */
let guideMeta: QuestionMeta[] | null = null;
function guideQuestions(): QuestionMeta[] {
  if (!guideMeta) {
    const seen = new Set<string>();
    guideMeta = [];
    for (const guide of Object.values(allGuides))
      for (const q of guide.questions)
        if (!seen.has(q.id) && seen.add(q.id)) guideMeta.push({ id: q.id, role: q.role, category: q.category });
  }
  return guideMeta;
}

/** A snapshot of a deleted own question coming back from a panel: checked like an import. */
function checkDeleted(raw: unknown): DeletedOwnQuestion {
  if (!isRecord(raw) || !isRecord(raw.question)) throw invalid('restore');
  const q = raw.question;
  const id = q.id;
  if (!isOwnQuestionId(id) || !isTime(q.createdAt) || !isTime(q.updatedAt)) throw invalid('restore');
  const input = checkOwnQuestionInput(q);
  if (!input.ok) throw new Error(`That question cannot be restored: ${input.problem}.`);
  const question = { id, ...input.value, createdAt: q.createdAt, updatedAt: q.updatedAt };

  let bookmark: db.Bookmark | null = null;
  if (raw.bookmark !== null && raw.bookmark !== undefined) {
    const b = raw.bookmark;
    if (!isRecord(b) || b.questionId !== id || !isTime(b.savedAt) || !isTime(b.updatedAt)) throw invalid('restore');
    if (typeof b.note !== 'string' || b.note.length > db.NOTE_MAX_LENGTH) throw invalid('restore');
    if (!db.REVIEW_STATUSES.includes(b.status as db.ReviewStatus)) throw invalid('restore');
    bookmark = { questionId: id, savedAt: b.savedAt, updatedAt: b.updatedAt, note: b.note, status: b.status as db.ReviewStatus };
  }
  let card: db.CardRecord | null = null;
  if (raw.card !== null && raw.card !== undefined) {
    const c = checkCard(raw.card);
    if (!c.ok || (raw.card as { questionId?: unknown }).questionId !== id) throw invalid('restore');
    card = { questionId: id, ...c.value };
  }
  let draft: db.Draft | null = null;
  if (raw.draft !== null && raw.draft !== undefined) {
    const d = raw.draft;
    if (!isRecord(d) || d.questionId !== id || !isTime(d.updatedAt)) throw invalid('restore');
    const fields = checkDraftFields(d, false);
    if (!fields.ok) throw invalid('restore');
    draft = { questionId: id, ...(fields.value as db.StarFields), updatedAt: d.updatedAt };
  }
  return { question, bookmark, card, draft };
}

export function createReviewHandlers(broadcast: (event: PanelEvent) => void): HandlersFor<ReviewRequests> {
  const changed = (questionId: string | null, what: 'card' | 'draft' | 'ownQuestion' | 'mockRound') =>
    broadcast({ type: 'reviewChanged', questionId, what });

  return {
    async listDueCards({ limit }) {
      const n = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? Math.min(limit, 5000) : DUE_CARDS_BATCH;
      const [cards, retention] = await Promise.all([db.listCards({ dueBy: Date.now(), limit: n }), storedRetention()]);
      return { cards, retention };
    },

    async rateCard({ questionId, rating }) {
      if (!isQuestionId(questionId) || !isRating(rating)) throw invalid('rating');
      const result = await db.rateCard(questionId, rating, Date.now(), await storedRetention());
      if (!result) return null;
      changed(questionId, 'card');
      return { card: result.card };
    },

    async undoLastRating() {
      const undone = await db.undoLastRating();
      if (undone) changed(undone.questionId, 'card');
      return undone;
    },

    async dueSummary() {
      const summary = await db.dueSummary();
      void showDueOnBadge(summary.dueCount);
      return summary;
    },

    async reviewStats() {
      const now = Date.now();
      // One read of the cards, of 30 days of ratings and of your questions; the streak comes from the days when it is shorter than them.
      const [perDay, cards, own, retention] = await Promise.all([
        db.reviewsPerDay(STATS_DAYS, now),
        db.listCards(),
        db.listOwnQuestions(),
        storedRetention(),
      ]);
      const summary = summarizeCards(cards, now);
      const streak = streakWithin(perDay);
      void showDueOnBadge(summary.dueCount);
      const questions = [...guideQuestions(), ...own.map((q) => ({ id: q.id, role: ownRole(q), category: ownCategory(q) }))];
      const { byRole, byCategory } = coverage(cards, questions, (id) => questionById(id, allGuides));
      return { summary, perDay, streak, byRole, byCategory, retention };
    },

    reviewStreak: () => db.streak(),

    async setRetention({ retention }) {
      if (typeof retention !== 'number' || !Number.isFinite(retention))
        throw new Error('Desired retention must be a number between 0.80 and 0.95.');
      const value = normalizeRetention(retention);
      await browser.storage.local.set({ [reviewRetentionKey]: value });
      changed(null, 'card');
      return value;
    },

    async getDraft({ questionId }) {
      if (!isQuestionId(questionId)) throw invalid('draft');
      return (await db.getDraft(questionId)) ?? null;
    },

    async saveDraft({ questionId, fields }) {
      if (!isQuestionId(questionId) || !isRecord(fields)) throw invalid('draft');
      const draft = await db.saveDraft(questionId, fields);
      changed(questionId, 'draft');
      return draft;
    },

    listOwnQuestions: () => db.listOwnQuestions(),

    async createOwnQuestion({ question: input }) {
      const { question, bookmark } = await db.createOwnQuestion(input);
      const change = { questionId: question.id, bookmark, version: nextVersion() };
      broadcast({ type: 'bookmarkChanged', ...change });
      changed(question.id, 'ownQuestion');
      return { question, change };
    },

    async updateOwnQuestion({ id, changes }) {
      if (!isOwnQuestionId(id) || !isRecord(changes)) throw invalid('question');
      const question = await db.updateOwnQuestion(id, changes);
      if (!question) throw new Error('That question is not there any more (deleted in another panel?).');
      changed(id, 'ownQuestion');
      return question;
    },

    async deleteOwnQuestion({ id }) {
      if (!isOwnQuestionId(id)) throw invalid('delete');
      // What undo needs, read before the delete (the delete itself is one transaction).
      const [question, bookmark, card, draft] = await Promise.all([
        db.getOwnQuestion(id),
        db.getBookmark(id),
        db.getCard(id),
        db.getDraft(id),
      ]);
      if (!question || !(await db.deleteOwnQuestion(id))) return null;
      broadcast({ type: 'bookmarkChanged', questionId: id, bookmark: null, version: nextVersion() });
      changed(id, 'ownQuestion');
      return { question, bookmark: bookmark ?? null, card: card ?? null, draft: draft ?? null };
    },

    async restoreOwnQuestion({ deleted }) {
      const { question, bookmark, card, draft } = checkDeleted(deleted);
      await db.mergeImport({
        bookmarks: bookmark ? [bookmark] : [],
        cards: card ? [card] : [],
        drafts: draft ? [draft] : [],
        ownQuestions: [question],
      });
      let change = null;
      if (bookmark) {
        change = { questionId: question.id, bookmark: (await db.getBookmark(question.id)) ?? null, version: nextVersion() };
        broadcast({ type: 'bookmarkChanged', ...change });
      }
      changed(question.id, 'ownQuestion');
      return { question: (await db.getOwnQuestion(question.id)) ?? question, change };
    },

    async addMockRound({ round }) {
      const stored = await db.addMockRound(round);
      changed(null, 'mockRound');
      return stored;
    },

    listMockRounds: ({ limit }) => db.listMockRounds(typeof limit === 'number' && limit > 0 ? Math.floor(limit) : undefined),
  };
}
