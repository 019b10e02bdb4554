/**
 * What the review, mock interview and own-question components share. Their
 * classes reuse the utilities the panel already has where they can: every
 * new Tailwind class adds to the stylesheet the panel loads first.
 */
export const primaryButton = 'cursor-pointer rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white';

/** A self-rating button (review and mock interview). */
export const ratingButtonClass = 'btn-secondary w-full';

export const RATING_LABELS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;
export const RATING_ORDER = ['again', 'hard', 'good', 'easy'] as const;
