/**
 * The pre-call checklist shown on video-call pages. The first four items carry
 * the guide's virtual-interview tip; the rest are the prep it recommends
 * (research, STAR stories, questions to ask) turned into things to tick.
 * Ids are stable: ticks are stored by id per meeting.
 */
export interface ChecklistItem {
  id: string;
  label: string;
  detail?: string;
}

export const callChecklist: ChecklistItem[] = [
  { id: 'av-test', label: 'Camera and microphone tested', detail: 'Do it 30 minutes before the call, so there is time to fix a driver or permission problem.' },
  { id: 'lighting', label: 'Good light on your face', detail: 'Face a window or a lamp; avoid a bright window behind you.' },
  { id: 'background', label: 'Neutral, tidy background', detail: 'A plain wall or a blurred background keeps attention on you.' },
  { id: 'join-early', label: 'Ready to join 5 minutes early', detail: 'Early enough to settle in, not so early that you wait in the lobby for long.' },
  { id: 'quiet', label: 'Notifications silenced, door closed', detail: 'Mute chat apps and your phone; tell the people at home.' },
  { id: 'research', label: 'Company and interviewer researched', detail: 'Recent company news, its LinkedIn page, Glassdoor reviews and the interviewer’s profile.' },
  { id: 'star-stories', label: 'Two or three STAR stories ready', detail: 'Situation, task, action and a measured result for each.' },
  { id: 'questions-ready', label: 'Questions for the interviewer written down' },
];
