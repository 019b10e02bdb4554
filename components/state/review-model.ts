/**
 * Spaced review as the panel sees it: due cards, the session, progress.
 * (Built out by the review feature; see utils/review/.)
 */
import { createModel, signal } from '@preact/signals';
import type { GuidesModel } from './guides-model';
import type { PanelApi } from './panel-api';

export const ReviewModel = createModel((_api: PanelApi, _guides: GuidesModel) => {
  /** Cards due now (the "Review" nav control's description and the toolbar badge). */
  const dueCount = signal(0);
  return { dueCount };
});
export type ReviewModel = InstanceType<typeof ReviewModel>;
