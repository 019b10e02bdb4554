/**
 * Old question id -> current id. Add an entry whenever a question is renamed
 * or merged so bookmarks made with the old id keep working. Targets must be
 * live ids (no chains); data/validate.ts enforces it.
 */
export const ID_ALIASES: Record<string, string> = {};
