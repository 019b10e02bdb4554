import type { PanelModel } from './state/panel-model';

/** Spaced review of bookmarked questions (built out by the review feature). */
export function ReviewView({ state }: { state: PanelModel }) {
  return (
    <section aria-labelledby="review-heading" class="space-y-3">
      <h2 id="review-heading" class="text-base font-semibold">
        Review
      </h2>
      <p role="status" class="text-sm">{state.review.dueCount.value} due</p>
    </section>
  );
}
