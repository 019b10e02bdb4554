/**
 * The review model for components deep in a list (a question card's STAR
 * draft, an own question's edit and delete) without threading it through
 * every view. PanelApp provides it; outside a panel (a lone card in a test)
 * it is null and those parts do not show.
 */
import { createContext } from 'preact';
import type { ReviewModel } from './review-model';

export const ReviewContext = createContext<ReviewModel | null>(null);
