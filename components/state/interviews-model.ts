/**
 * Scheduled interviews as the panel sees them.
 * (Built out by the interviews feature; see utils/interviews/.)
 */
import { createModel, signal } from '@preact/signals';
import type { PanelApi } from './panel-api';

export const InterviewsModel = createModel((_api: PanelApi) => {
  const upcoming = signal<unknown[]>([]);
  return { upcoming };
});
export type InterviewsModel = InstanceType<typeof InterviewsModel>;
