/** Mock rounds in the database (utils/db/database.ts). */
import { checkMockRound, type MockRound } from '../review/records';
import { atomically, capitalize, invalid, run } from './database';
/** Stores a finished mock round; returns it with its id. */
export function addMockRound(round: Omit<MockRound, 'id'>): Promise<MockRound> {
  const checked = checkMockRound(round);
  if (!checked.ok) return Promise.reject(invalid(`${capitalize(checked.problem)}.`));
  return run(async (db) => {
    const tx = db.transaction('mockRounds', 'readwrite');
    return atomically(tx, async (queue) => {
      const id = tx.store.add(checked.value);
      queue(id);
      return { id: await id, ...checked.value };
    });
  });
}

/** Mock rounds, newest first; `limit` keeps the newest n. */
export function listMockRounds(limit?: number): Promise<MockRound[]> {
  return run(async (db) => {
    const tx = db.transaction('mockRounds', 'readonly');
    const rounds: MockRound[] = [];
    let cursor = await tx.store.index('by-at').openCursor(null, 'prev');
    while (cursor && (limit === undefined || rounds.length < limit)) {
      rounds.push(cursor.value);
      cursor = await cursor.continue();
    }
    await tx.done;
    return rounds;
  });
}
