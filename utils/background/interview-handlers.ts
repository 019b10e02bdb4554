/** What the background does for the interview requests (utils/interviews/protocol.ts). */
import type { InterviewRequests } from '@/utils/interviews/protocol';
import type { PanelEvent } from '@/utils/messages';
import type { HandlersFor } from './handlers';

export function createInterviewHandlers(_broadcast: (event: PanelEvent) => void): HandlersFor<InterviewRequests> {
  return {};
}
