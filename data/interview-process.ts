import type { InterviewProcess } from './schema';

/** How backend interviews at Indian tech companies usually run. */
export const interviewProcess: InterviewProcess = {
  summary:
    'Backend hiring in India usually takes several rounds, and interviewers weigh the way you reason as heavily as the answer you reach.',
  rounds: [
    {
      id: 'technical-screen',
      name: 'Technical screen',
      description: 'An early round that checks your grasp of backend fundamentals.',
    },
    {
      id: 'deep-dive',
      name: 'Deep-dive rounds (one or two)',
      description: 'Detailed technical discussion of core backend topics and the projects on your CV.',
    },
    {
      id: 'design-or-practical',
      name: 'System design / practical round',
      description: 'You design a system on a whiteboard or build something small and working.',
    },
    {
      id: 'hr-managerial',
      name: 'HR and managerial discussion',
      description: 'Fit, expectations and compensation, with HR and the hiring manager.',
    },
  ],
  advice: [
    { id: 'think-aloud', text: 'Think out loud so the interviewer can follow your reasoning.' },
    { id: 'state-assumptions', text: 'Say which assumptions you are making before you build on them.' },
    { id: 'real-examples', text: 'Back up answers with examples from projects you have actually worked on.' },
  ],
};
