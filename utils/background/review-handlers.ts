/** What the background does for the review requests (utils/review/protocol.ts). */
import type { PanelEvent } from '@/utils/messages';
import type { ReviewRequests } from '@/utils/review/protocol';
import type { HandlersFor } from './handlers';

export function createReviewHandlers(_broadcast: (event: PanelEvent) => void): HandlersFor<ReviewRequests> {
  return {};
}
