import type { RoleGuide } from '../schema';

/**
 * The pool every posting draws on, and the only module a non-software posting
 * (sales, marketing, HR, operations, finance) gets: HR and salary
 * conversations, behavioural stories, how to approach a coding round, and the
 * questions a candidate should ask. No salary figures here on purpose.
 */
export const general: RoleGuide = {
  role: 'general',
  name: 'General',
  summary:
    'The conversations every Indian hiring process has, software or not: HR and salary questions, behavioural stories, the coding-round approach and what to ask the interviewer.',

  topics: [
    {
      id: 'gen-communication',
      label: 'communication skills',
      terms: [
        'communication skills',
        'verbal communication',
        'written communication',
        'stakeholder management',
        'presentation skills',
        'interpersonal skills',
        'business communication',
        'articulate',
      ],
    },
    {
      id: 'gen-teamwork',
      label: 'teamwork and collaboration',
      terms: ['cross-functional', 'collaboration', 'collaborative', 'team player', 'teamwork', 'work collaboratively', 'cross-team'],
    },
    {
      id: 'gen-ownership',
      label: 'ownership and initiative',
      terms: [
        'ownership',
        'self-starter',
        'accountability',
        'accountable',
        'self-motivated',
        'proactive',
        'take initiative',
        'bias for action',
      ],
    },
    {
      // Only the notice-period question and "next steps" name this topic: the fewer questions a term reaches,
      // the more it counts, so "Immediate joiners preferred" leads to the notice question, not to "why leaving".
      id: 'gen-notice',
      label: 'notice period and joining date',
      terms: [
        'immediate joiner',
        'notice period',
        'early joiner',
        'serving notice',
        'buyout',
        'immediate joining',
        'join immediately',
        'short notice',
        'last working day',
      ],
    },
    {
      id: 'gen-relocation',
      label: 'relocation and work location',
      terms: [
        'relocate',
        'relocation',
        'willing to relocate',
        'work from office',
        'hybrid',
        'onsite',
        'on-site',
        'wfo',
        'in-office',
        'client site',
      ],
    },
    {
      id: 'gen-leadership',
      label: 'leadership and mentoring',
      terms: [
        'people management',
        'mentoring',
        'mentor',
        'team lead',
        'leadership',
        'team management',
        'people manager',
        'line manager',
        'lead a team',
      ],
    },
    {
      id: 'gen-compensation',
      label: 'compensation',
      terms: ['ctc', 'lpa', 'compensation', 'salary', 'esop', 'rsu', 'stock options', 'joining bonus', 'variable pay', 'salary hike'],
    },
    {
      id: 'gen-problem-solving',
      label: 'problem solving and DSA',
      terms: [
        'problem solving',
        'analytical skills',
        'analytical thinking',
        'critical thinking',
        'dsa',
        'data structures',
        'algorithms',
        'competitive programming',
        'leetcode',
        'codechef',
        'codeforces',
      ],
    },
    {
      id: 'gen-fresher',
      label: 'fresher and campus hiring',
      terms: ['fresher', 'graduate', 'recent graduate', 'new grad', 'campus', 'internship', 'interns', 'trainee', 'entry level', 'b.tech'],
    },
    {
      id: 'gen-customer',
      label: 'client-facing work',
      // Not 'clients' alone: "retries from mobile clients" or "API clients" are software, not client-facing work.
      terms: [
        'customer-facing',
        'client-facing',
        'client management',
        'client relationship',
        'client interaction',
        'customer success',
        'customer service',
        'account management',
      ],
    },
    {
      id: 'gen-adaptability',
      label: 'learning fast in a changing setting',
      terms: [
        'fast-paced',
        'adaptability',
        'adaptable',
        'ambiguity',
        'quick learner',
        'learning agility',
        'startup environment',
        'dynamic environment',
      ],
    },
    {
      id: 'gen-career-history',
      label: 'career breaks and background checks',
      terms: [
        'career break',
        'career gap',
        'returnship',
        'return to work',
        'background verification',
        'background check',
        'bgv',
        'relieving letter',
      ],
    },
  ],

  questions: [
    // ---------------------------------------------------------------------- hr
    {
      id: 'gen-tell-me-about-yourself',
      category: 'hr',
      role: 'general',
      text: 'Tell me about yourself.',
      guidance:
        'Treat it as a pitch of a minute or two, not a recital of your CV. A simple order works: where you are now (role, domain, what you own), one or two achievements with a concrete result, and why this role is the natural next step. Tailor the highlights to the posting so the interviewer hears the skills they are hiring for, and leave out personal details such as family background unless asked. End on a point that invites a follow-up question. A common slip is walking through every school year and job in order, which runs long and buries your strongest point.',
      topics: ['gen-communication'],
      keywords: ['self introduction', 'introduce yourself', 'elevator pitch', 'profile summary'],
    },
    {
      id: 'gen-why-leaving',
      category: 'hr',
      role: 'general',
      text: 'Why are you leaving your current job?',
      guidance:
        'Frame the move as going towards something rather than running away: a larger scope, a domain you want to work in, or skills your current role cannot give you, and tie that to what this role offers. If there is a real push factor, such as a layoff, a project ending or a long stagnant spell, state it factually in one sentence without blame. Interviewers are listening for whether the same reason will make you leave them too, so avoid reasons this job would also have. A common slip is criticising your manager or company; even when it is justified, it makes you sound hard to work with.',
      topics: ['gen-career-history'],
      keywords: ['reason for leaving', 'job change', 'career growth', 'switching jobs'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-notice-period',
      category: 'hr',
      role: 'general',
      text: 'What is your notice period? Can you join earlier?',
      guidance:
        'State your notice period exactly as your appointment letter gives it, and say whether you have resigned and are serving notice or are still in the job. If you can join early, explain how: your employer may grant an early release at its discretion, you may be allowed to buy out the remaining notice, the new company may reimburse that buyout, and some policies let unused leave offset part of the period. Promise only what your company policy allows and say you will request early release as soon as you accept. A common slip is quoting a shorter period than the real one; your relieving letter shows the actual last working day, and missing the joining date you promised can cost you the offer.',
      topics: ['gen-notice', 'gen-career-history'],
      keywords: ['early release', 'notice buyout', 'joining date', 'join within', 'resignation', 'days notice', 'lwd'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-current-ctc',
      category: 'hr',
      role: 'general',
      text: 'What is your current CTC?',
      guidance:
        'Give the accurate figure and break it into components: fixed pay, variable or performance bonus (and how much was actually paid out), employer contributions such as PF and gratuity, and any stock or retention bonus with its vesting. Mention an increment that is already confirmed, with proof if you have it. Accuracy matters because many employers verify pay during background checks using payslips, Form 16 or bank statements and your relieving letter. You can add that your expectation is based on the new role rather than your current pay, but do not refuse to answer or hide components. A common slip is inflating the figure or counting a one-time bonus as fixed pay; a mismatch found in verification can get the offer withdrawn.',
      topics: ['gen-compensation', 'gen-career-history'],
      keywords: ['current ctc', 'payslips', 'salary slips', 'form 16', 'fixed pay', 'salary breakup'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-relocation',
      category: 'hr',
      role: 'general',
      text: 'Are you open to relocating, or to working from the office?',
      guidance:
        "Answer honestly, because location is often a firm requirement that decides the offer. If you are open, say so and when you could move. If you have conditions, such as a family situation, a preferred city or needing time to shift, state them plainly and ask what the company offers: relocation assistance, temporary accommodation or a remote period before moving. Clarify the work model too: how many office days a hybrid role expects, and whether 'onsite' means the company's office, a client location or travel abroad. A common slip is agreeing to relocate to keep the process going and backing out after the offer, which damages your standing with the recruiter and the company.",
      topics: ['gen-relocation'],
      keywords: ['relocation assistance', 'relocation support', 'office days', 'work location', 'client location'],
    },
    {
      id: 'gen-career-gap',
      category: 'hr',
      role: 'general',
      text: 'Can you explain the gap in your career?',
      guidance:
        "Be brief, honest and matter-of-fact. Give the reason in a sentence (health, caring for family, a layoff, higher studies, exam preparation, a venture that did not work out) and move on to what you did to stay current, such as courses, certifications, freelance work or projects. Then show that you are ready now and why this role fits. You do not owe details of private matters; 'a family health issue that is now resolved' is enough. Employment dates are checked during background verification, so never stretch a previous job's dates to hide a gap. A common slip is sounding apologetic or defensive and dwelling on it, which makes an ordinary gap look like a problem.",
      topics: ['gen-career-history'],
      keywords: ['employment gap', 'gap year', 'sabbatical', 'upskilling', 'restart career'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-counter-offer',
      category: 'hr',
      role: 'general',
      text: 'What will you do if your current company makes a counter-offer?',
      guidance:
        "The interviewer wants to know whether you will actually join. Show that your decision rests on more than money: the role, the work and the growth you described earlier, none of which a raise from your current employer changes. Say you thought this through before applying and will not use their offer as leverage to get a counter-offer. Be honest if something specific would make you stay, but do not make a firm promise you might break. A common slip is answering 'it depends on the amount', which tells the company you are shopping for a hike and makes them hesitant to invest in an offer.",
      topics: ['gen-compensation'],
      keywords: ['counter offer', 'retention bonus', 'offer drop', 'joining commitment'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-strengths',
      category: 'hr',
      role: 'general',
      text: 'What are your strengths?',
      guidance:
        "Pick two or three strengths that matter for this role and prove each with a short example, ideally with a measurable result. 'I am good with ambiguity' means little on its own; 'I took a vague reporting request, agreed the metrics with three teams and delivered it in two weeks' shows it. Match them to what the posting stresses, whether that is ownership, communication or problem solving, and mix a way-of-working strength with a skill strength. A common slip is listing adjectives such as hardworking, honest and dedicated with no evidence, which every candidate says and no interviewer remembers.",
      topics: ['gen-ownership', 'gen-communication'],
      keywords: ['strengths', 'key strengths', 'core competencies'],
    },
    {
      id: 'gen-weaknesses',
      category: 'hr',
      role: 'general',
      text: 'What is your biggest weakness?',
      guidance:
        'Choose a real weakness that is not central to the job, describe its effect honestly, and spend most of the answer on what you are doing about it and the progress so far: for example, finding it hard to delegate, and now agreeing checkpoints with teammates instead of redoing their work. This shows self-awareness and that you act on feedback. Keep it professional rather than personal. A common slip is the disguised strength, such as being a perfectionist or working too hard, which interviewers hear constantly and read as evasive; the opposite slip is naming a weakness that rules you out, such as poor attention to detail for an audit role.',
      topics: ['gen-communication'],
      keywords: ['weaknesses', 'areas of improvement', 'self-awareness'],
    },
    {
      id: 'gen-why-this-company',
      category: 'hr',
      role: 'general',
      text: 'Why do you want to join our company?',
      guidance:
        "Show that you have done your homework. Mention something specific, such as the product, its customers, a recent launch, funding or expansion, or the way the company works, and connect it to your own experience and goals. A good answer has three parts: what attracts you to the company, what you bring that fits its current needs, and what you hope to learn there. Read the company's website, recent news, LinkedIn page and employee reviews beforehand. A common slip is a generic line about a great brand and growth opportunities, or talking only about what you will gain and nothing about what you will contribute.",
      topics: ['gen-communication'],
      keywords: ['why this company', 'company culture', 'culture fit', 'why join us'],
    },
    {
      id: 'gen-five-years',
      category: 'hr',
      role: 'general',
      text: 'Where do you see yourself in five years?',
      guidance:
        'The interviewer is checking ambition, realism and whether you are likely to stay. Describe a direction rather than a title: the skills you want to deepen, the scope you want to own, perhaps leading people or becoming the expert in an area, and link it to the path this company can offer. It is fine to say you want to grow within the organisation, as long as it sounds believable for your level. A common slip is naming a goal that conflicts with the role, such as starting your own company, moving to a different field or leaving for higher studies abroad, which signals you will not stay long.',
      topics: ['gen-leadership', 'gen-ownership'],
      keywords: ['career goals', 'career path', 'long-term goals', 'growth path'],
    },
    {
      id: 'gen-other-offers',
      category: 'hr',
      role: 'general',
      text: 'Do you have any other offers or interviews in progress?',
      guidance:
        'Be truthful. If you hold offers, say so, give the stage and your decision timeline; you need not name the companies. A real offer can speed up the process and is fair leverage. If you have none, say you are in conversations elsewhere and that this role is a priority for you. Either way, restate your interest so the answer does not sound like a threat. A common slip is inventing an offer to push the salary up; recruiters can ask for the offer letter, and a bluff that is called costs you credibility and sometimes the offer itself.',
      topics: ['gen-compensation'],
      keywords: ['other offers', 'competing offer', 'multiple offers', 'offer letter'],
    },
    {
      id: 'gen-final-year-project',
      category: 'hr',
      role: 'general',
      text: 'Tell me about your final-year project or internship.',
      guidance:
        'Explain the problem it addressed and why it mattered, your own part if it was a team project, the tools or methods you chose and why, and the result. Pick a project you understand end to end, because interviewers dig into details, and be ready to explain anything listed on your resume. Mention what went wrong and what you would do differently, which shows maturity. For non-technical roles, bring out the research, analysis, presentation or fieldwork involved. A common slip is claiming the whole team did what you did, then being unable to answer questions about the part someone else built.',
      topics: ['gen-fresher'],
      keywords: ['final year project', 'academic project', 'capstone project', 'internship project', 'college project'],
      levels: ['fresher'],
    },
    {
      id: 'gen-why-hire-you',
      category: 'hr',
      role: 'general',
      text: 'Why should we hire you?',
      guidance:
        'Give a short closing pitch that matches the role to your evidence. Pick the three things the posting stresses most and offer one proof point for each: a result, a skill you used on the job or a relevant project. Then say what you would aim to achieve in your first few months. Keep it confident and specific without sounding arrogant, and keep it under a couple of minutes. A common slip is comparing yourself to other candidates you know nothing about, or repeating that you are hardworking and a fast learner without anything to back it up.',
      topics: ['gen-communication', 'gen-ownership'],
      keywords: ['hire you', 'right fit', 'value add'],
    },
    {
      id: 'gen-service-agreement',
      category: 'hr',
      role: 'general',
      text: 'Are you comfortable signing a service agreement (bond) and going through a training period?',
      guidance:
        'Some service companies and training-heavy employers ask freshers to sign an agreement to stay for a set period or pay an amount if they leave early, usually linked to the cost of training. Before you answer, ask how long it runs, what you would owe on leaving early, whether the company keeps your original certificates (some do), and what the training covers and whether it is paid. If the terms are reasonable and you want the role, say yes clearly; if they are unclear, ask politely for them in writing before committing. A common slip is agreeing without reading the agreement and discovering the exit cost only when a better opportunity appears.',
      topics: ['gen-fresher'],
      keywords: ['service agreement', 'service bond', 'training period', 'probation period', 'graduate engineer trainee'],
      levels: ['fresher'],
    },
    {
      id: 'gen-shifts',
      category: 'hr',
      role: 'general',
      text: 'Are you comfortable with rotational or night shifts, or working hours that overlap with other time zones?',
      guidance:
        'Roles that support customers or teams abroad, such as global capability centres, support desks and operations teams, often need night, rotational or partial-overlap hours. Ask what the schedule actually is, how often it rotates, whether weekends are involved, and what comes with it, such as cab facility, shift allowance or meals. Then answer honestly about what you can sustain; a short daily overlap with a US or UK team is very different from a permanent night shift. A common slip is agreeing to any shift to secure the offer and then struggling or quitting within months, which helps neither side.',
      topics: ['gen-relocation', 'gen-customer'],
      keywords: ['rotational shifts', 'night shift', 'us shift', 'uk shift', 'shift allowance', 'time zones', 'cab facility'],
    },

    // ------------------------------------------------------------- behavioural
    {
      id: 'gen-conflict-colleague',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you had a conflict with a colleague. How did you resolve it?',
      guidance:
        'Use STAR and pick a real disagreement about work, such as priorities, approach or quality, rather than a personality clash. Show that you spoke to the person directly and privately, listened to understand their constraints, found the goal you shared and agreed a way forward using facts or a small trial, escalating only when both of you felt it was needed. End with the result for the work and for the relationship, with a number if you can, such as the deadline that was met. A common slip is a story in which the other person was simply wrong and you were right, or claiming you have never had a conflict, which sounds inexperienced or untrue.',
      topics: ['gen-teamwork', 'gen-communication'],
      keywords: ['conflict resolution', 'conflict management', 'difficult conversations'],
    },
    {
      id: 'gen-failure',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you failed. What did you learn from it?',
      guidance:
        'Choose a genuine failure with real stakes where your own decision or action contributed: a missed estimate, a campaign or launch that underperformed, a mistake that reached a customer. Own it without blaming others, explain briefly what happened, then spend most of the answer on how you limited the damage and what you changed afterwards, such as a checklist, earlier check-ins or a new habit. Show the lesson stuck by mentioning a later situation where it helped. A common slip is picking a trivial or disguised failure, or one caused entirely by someone else, which tells the interviewer you avoid accountability.',
      topics: ['gen-ownership'],
      keywords: ['failure', 'lessons learnt', 'lessons learned', 'mistakes'],
    },
    {
      id: 'gen-tight-deadline',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you had to deliver under a very tight deadline.',
      guidance:
        'Use STAR: the deadline, why it was tight and what was at stake. The strongest answers show judgement, not just long hours: how you broke the work down, agreed with stakeholders what was essential and what could wait, flagged risks early, and asked for help or moved other work aside. Give a measurable result, such as delivering the core scope on the date or keeping the client, and mention what you changed so the same crunch did not recur. A common slip is a tale of solo heroics, working through nights without telling anyone, which suggests weak planning and communication rather than commitment.',
      topics: ['gen-adaptability', 'gen-ownership'],
      keywords: ['tight deadlines', 'time management', 'prioritisation', 'prioritization', 'work under pressure'],
    },
    {
      id: 'gen-disagree-manager',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you disagreed with your manager.',
      guidance:
        "Interviewers want to see that you can push back respectfully and still commit. Describe the decision, why you disagreed and how you raised it: in private, with data or a concrete alternative, and with your manager's goals in mind. Then give the outcome honestly. Either they agreed and the result improved, or they did not and you backed the decision fully while watching whether your concern came true; both endings work if you show maturity. A common slip is a story where you went around your manager, or complied silently and complained later; another is a story of being proved right that comes across as gloating.",
      topics: ['gen-communication', 'gen-teamwork'],
      keywords: ['disagree and commit', 'push back', 'influencing', 'managing up'],
    },
    {
      id: 'gen-ownership-beyond-role',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you took ownership of something outside your role.',
      guidance:
        'Pick a case where you noticed a problem nobody owned, such as a broken process, a recurring customer complaint or missing documentation, and fixed it without being asked. Explain why it mattered, how you got buy-in from the people involved, how you balanced it with your main work, and the measurable result, like hours saved each week or fewer escalations. Say whether it became standard practice or you handed it over. A common slip is describing a task your manager assigned you, which is doing your job rather than taking ownership; another is a story where you overstepped and ignored the people who did own the area.',
      topics: ['gen-ownership'],
      keywords: ['initiative', 'end-to-end ownership', 'process improvement', 'extra mile'],
    },
    {
      id: 'gen-learn-quickly',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you had to learn something new quickly.',
      guidance:
        'Describe what forced the learning, such as a new tool, domain, market or regulation, and the deadline you faced. The interesting part is your method: how you found the right sources, learnt from colleagues, practised on a small piece first and checked your understanding before applying it to real work. Close with the result and how soon you became productive, ideally with a number, and connect it to how you would ramp up in this role. A common slip is only saying you took an online course, with no sign that you applied the skill to real work under pressure.',
      topics: ['gen-adaptability'],
      keywords: ['learning curve', 'ramp up', 'new tools', 'self-learning'],
    },
    {
      id: 'gen-handling-feedback',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you received critical feedback. How did you respond?',
      guidance:
        'Pick real, specific feedback that stung a little, such as unclear status updates, gaps in your work or how you came across in meetings. Show that you listened without getting defensive, asked for examples to understand it, and then changed something concrete. Finish with evidence that it worked: a better review, fewer rounds of rework, or a remark from the same person. If you can, add how you now ask for feedback early instead of waiting for appraisals. A common slip is choosing feedback that was really praise in disguise, or feedback you still argue was wrong, which suggests you are hard to coach.',
      topics: ['gen-communication', 'gen-adaptability'],
      keywords: ['critical feedback', 'constructive feedback', 'coachable', 'growth mindset'],
    },
    {
      id: 'gen-mentoring',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you mentored someone or led a team through a difficult phase.',
      guidance:
        'Show how you develop people, not just allocate tasks. Describe the person or team, what they needed and what you did: set clear expectations, worked alongside them at first, gave regular and specific feedback, delegated stretch work and shielded them from noise. Give an outcome that belongs to them, such as a junior who began owning work independently, a team that hit its target or attrition that fell. Mention a mistake you made as a lead and how you corrected it. A common slip is a story where you took over the hard part yourself, which shows individual heroics rather than leadership.',
      topics: ['gen-leadership'],
      keywords: ['team handling', 'coaching', 'people development', 'delegation', 'junior members'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-difficult-stakeholder',
      category: 'behavioural',
      role: 'general',
      text: 'Tell me about a time you handled a difficult customer or stakeholder.',
      guidance:
        'Use STAR with a real case: an unhappy client, an internal stakeholder whose requirements kept shifting, or an escalation. Show that you listened first and restated their concern, separated what could be fixed from what could not, set clear expectations about what you would do and by when, and followed up as promised while keeping your own team informed. End with a result such as a renewal, a closed escalation or a better working relationship, ideally with a number. A common slip is painting the customer as unreasonable, or agreeing to everything they asked, which makes you sound dismissive or easily pushed into promises you cannot keep.',
      topics: ['gen-customer', 'gen-communication'],
      keywords: [
        'escalations',
        'difficult customer',
        'client escalation',
        'expectation management',
        'customer satisfaction',
        'objection handling',
        'handle objections',
      ],
    },

    // ------------------------------------------------------------------ coding
    {
      id: 'gen-dsa-approach',
      category: 'coding',
      role: 'general',
      text: 'How do you approach a data structures and algorithms problem in a coding interview?',
      guidance:
        'Follow a routine the interviewer can see. Clarify first: restate the problem and ask about input size, constraints, duplicates, negative values and the expected output. Work one or two small examples by hand. State a brute-force solution and its complexity, find its bottleneck, and improve it with a fitting structure or technique such as a hash map, two pointers, sorting or a heap. Agree the approach before coding, write clean code with clear names while thinking aloud, then test it on your examples and edge cases. A common slip is jumping straight into code, which often solves the wrong problem and hides your reasoning.',
      topics: ['gen-problem-solving'],
      keywords: ['coding round', 'coding interview', 'brute force', 'optimal solution', 'think aloud'],
    },
    {
      id: 'gen-big-o',
      category: 'coding',
      role: 'general',
      text: 'What are the time and space complexity of your solution?',
      guidance:
        'Explain complexity as how running time and extra memory grow with the input size, in Big-O and for the worst case unless asked otherwise. Derive it from the code: one pass over n elements is O(n), a loop nested inside another over the same input is O(n^2), comparison sorting is O(n log n) and halving the search space each step gives O(log n). Space counts the auxiliary memory you add: hash maps, extra arrays and the recursion stack. Note average versus worst case where it matters, as with hash map lookups that are O(1) on average but can degrade. A common slip is forgetting the recursion stack, or a sort or string copy hidden inside a loop.',
      topics: ['gen-problem-solving'],
      keywords: ['time complexity', 'space complexity', 'big o', 'asymptotic analysis'],
    },
    {
      id: 'gen-edge-cases',
      category: 'coding',
      role: 'general',
      text: 'What edge cases would you test for this problem?',
      guidance:
        'Go through categories so nothing is missed: empty or null input, a single element, all elements equal, duplicates, zero and negative numbers, input already sorted or reverse-sorted, and the largest allowed sizes and values, where integer overflow can bite. For strings, think of spaces, case and special characters; for trees and graphs, cycles, disconnected parts and a skewed tree. Ask which of these the input can actually contain instead of assuming, and raise them while clarifying so your design handles them from the start. A common slip is testing only the sample from the problem statement and declaring the code done.',
      topics: ['gen-problem-solving'],
      keywords: ['edge cases', 'corner cases', 'integer overflow', 'test cases'],
    },
    {
      id: 'gen-dry-run',
      category: 'coding',
      role: 'general',
      text: 'Can you walk me through your code with an example?',
      guidance:
        'Dry-run line by line on a small but meaningful input, tracking variable values aloud or in a short table for each loop iteration. Choose an input that exercises the tricky branches rather than the simplest path, then run one edge case such as an empty input. When you find a bug, say so calmly, fix it and rerun the affected part; interviewers value candidates who catch their own mistakes. Trace the logic rather than narrating every obvious assignment. A common slip is describing what the code is meant to do instead of what it actually does, which skips straight past off-by-one errors and wrong loop bounds.',
      topics: ['gen-problem-solving'],
      keywords: ['dry run', 'code walkthrough', 'off-by-one', 'debugging'],
    },
    {
      id: 'gen-stuck',
      category: 'coding',
      role: 'general',
      text: 'What do you do when you get stuck on a problem during an interview?',
      guidance:
        'Keep talking, because silence gives the interviewer nothing to assess. Return to small examples and look for a pattern, restate the brute force and ask what makes it slow, and run through common techniques: sort first, a hash map for lookups, two pointers, binary search over the answer, or recursion with memoisation. Say what you are trying and why it fails. If a hint comes, take it gracefully and build on it; using hints well counts in your favour. If time is running out, code the brute force correctly rather than leave nothing. A common slip is going silent for minutes, or refusing hints to look independent.',
      topics: ['gen-problem-solving'],
      keywords: ['hints', 'pattern recognition', 'memoisation', 'memoization', 'binary search'],
    },
    {
      id: 'gen-online-assessment',
      category: 'coding',
      role: 'general',
      text: 'How do you approach an online coding assessment on a platform such as HackerRank, HackerEarth or Codility?',
      guidance:
        'Check the rules first: duration, number of questions, allowed languages, and whether the webcam is on and tab switches are monitored. Read every question before starting and begin with the one you are surest of. Follow the input and output format exactly, since output is judged automatically, and test with your own cases, including edge cases and large inputs, because hidden test cases check both correctness and efficiency. Many platforms give credit per passing test case, so submit a correct brute force first and improve it if time remains. A common slip is copying code from the internet or taking outside help; plagiarism and proctoring checks can flag it and disqualify you.',
      topics: ['gen-problem-solving', 'gen-fresher'],
      keywords: ['online assessment', 'hackerrank', 'hackerearth', 'codility', 'coding test', 'proctored'],
    },
    {
      id: 'gen-can-you-do-better',
      category: 'coding',
      role: 'general',
      text: 'Your solution works. Can you do better?',
      guidance:
        'Treat it as an invitation, not a rejection. Identify what dominates the cost, such as a nested loop, repeated work, a sort or extra memory, and ask whether the interviewer wants less time or less space, because the two often trade against each other: a hash map or precomputed prefix sums buy speed with memory, while sorting in place or two pointers save memory. Think about the lower bound as well; if every element must be read, O(n) time cannot be beaten, and saying so with the reason is a valid answer. A common slip is rewriting everything without first explaining the idea, or claiming an improvement without recomputing the complexity.',
      topics: ['gen-problem-solving'],
      keywords: ['optimisation', 'optimization', 'trade-off', 'prefix sums', 'two pointers'],
    },

    // ------------------------------------------------------------------ salary
    {
      id: 'gen-expected-ctc',
      category: 'salary',
      role: 'general',
      text: 'What is your expected CTC?',
      guidance:
        'Try not to name a figure first. Ask politely what budget range the company has for the role, and say you are flexible within a fair range once you understand the responsibilities. If the recruiter insists, give a range you have researched from AmbitionBox, Glassdoor, Levels.fyi and peers in similar roles, adjusted for the city and type of company, and make its lower end a figure you would genuinely accept. Say whether the range means fixed pay or total CTC, since variable pay and benefits change the picture. A common slip is quoting only a percentage hike on your current pay, which ties your value to your old salary instead of this role.',
      topics: ['gen-compensation'],
      keywords: ['expected ctc', 'salary expectations', 'salary range', 'pay band', 'ambitionbox'],
    },
    {
      id: 'gen-modest-hike',
      category: 'salary',
      role: 'general',
      text: 'We can only offer a modest hike over your current CTC. Can you reconsider?',
      guidance:
        'Stay calm and keep the conversation open. Restate the value you would bring to this role with concrete results, and support your ask with market data for the role and city, for example from AmbitionBox or Levels.fyi, rather than with personal needs. Ask whether the limit applies only to fixed pay; if it does, move to other levers such as a joining bonus, ESOPs or RSUs, relocation support, or a salary review after six months written into the offer. Decide beforehand the point below which you would decline. A common slip is accepting or refusing on the spot; ask for a day to think and reply by the date you agree.',
      topics: ['gen-compensation'],
      keywords: ['hike', 'negotiation', 'salary negotiation', 'salary review'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'gen-beyond-base',
      category: 'salary',
      role: 'general',
      text: 'The fixed salary is at the top of our band. Is there anything else you would like to discuss in the offer?',
      guidance:
        'When base pay is capped by a band, negotiate the rest of the package. Common levers are a joining bonus (often with a clawback if you leave within a set period), ESOPs at startups or RSUs at listed companies (ask about the vesting schedule, any cliff and, for ESOPs, the exercise price and whether employees have been able to sell), relocation support, reimbursement of your notice buyout, the title or level, an early salary review such as after six months, and work-from-home flexibility. Ask for every change to appear in the revised offer letter. A common slip is treating ESOPs as guaranteed money; their value depends on the company and on a chance to sell.',
      topics: ['gen-compensation'],
      keywords: ['vesting', 'sign-on bonus', 'relocation bonus', 'clawback', 'notice buyout', 'revised offer'],
    },
    {
      id: 'gen-compare-offers',
      category: 'salary',
      role: 'general',
      text: 'If you have our offer and another one, how will you decide between them?',
      guidance:
        'Tell the interviewer you will weigh the role, team, learning and stability along with pay, which is true and reassuring. For your own decision, compare offers like for like. Separate fixed from variable pay and ask how much variable was actually paid out last cycle. Work out monthly in-hand pay after employee PF, professional tax where your state levies it, and income tax; remember CTC also includes items you never receive monthly, such as employer PF, gratuity and insurance premiums. Treat a joining bonus as one-time, value stock cautiously, and then add commute, work model and growth. A common slip is choosing the higher headline CTC when the difference is mostly variable pay or benefits.',
      topics: ['gen-compensation'],
      keywords: ['in-hand salary', 'take-home salary', 'fixed pay', 'gratuity', 'provident fund', 'offer comparison'],
    },

    // --------------------------------------------------------- ask-interviewer
    {
      id: 'gen-ask-first-90-days',
      category: 'ask-interviewer',
      role: 'general',
      text: 'What would success look like in this role in the first 90 days?',
      guidance:
        "The answer tells you what the manager really expects, which is usually more concrete than the job description: the first deliverables, the people you must build working relationships with, and how soon you are expected to work independently. It also shows whether a real onboarding plan exists. Asking signals that you are already thinking about delivering, and you can close the interview by linking your experience to those goals. A vague reply such as 'we will figure it out' can point to unclear ownership. Ask the hiring manager rather than HR, who may not know the detail.",
      topics: ['gen-ownership'],
      keywords: ['onboarding', 'first 90 days', 'success metrics', 'kpis'],
    },
    {
      id: 'gen-ask-performance-review',
      category: 'ask-interviewer',
      role: 'general',
      text: 'How is performance reviewed here, and how does the appraisal cycle work?',
      guidance:
        'The answer shows how your work will be judged and rewarded: how often reviews happen, whether ratings follow a bell curve, who gives input, how goals are set and how increments and promotions follow from ratings. It also tells you when you would first be eligible for an increment, since joining just after a cycle can mean a long wait. Asking signals that you care about clear goals and feedback. Phrase it around expectations and growth rather than only increments, so it does not come across as purely about money, and save the detailed pay questions for HR.',
      topics: ['gen-compensation', 'gen-leadership'],
      keywords: ['appraisal', 'appraisal cycle', 'performance review', 'bell curve', 'increment', 'promotion'],
    },
    {
      id: 'gen-ask-team',
      category: 'ask-interviewer',
      role: 'general',
      text: 'What does the team look like, and who would I work with most closely?',
      guidance:
        'The answer reveals the team size and seniority mix, who you would report to, which other teams you depend on and where your work fits. You learn whether you would be the only person with your skill set, whether there are seniors to learn from, and how much the team has changed recently; a lot of turnover deserves a gentle follow-up question. It helps you picture the day-to-day job beyond the posting, and asking shows you care about working well with others. If the process allows it, ask to speak to a future teammate.',
      topics: ['gen-teamwork'],
      keywords: ['team structure', 'team size', 'reporting manager', 'reporting structure'],
    },
    {
      id: 'gen-ask-challenges',
      category: 'ask-interviewer',
      role: 'general',
      text: 'What are the biggest challenges the team is facing right now?',
      guidance:
        'This gets you an honest view of what the posting leaves out: a backlog, a reorganisation, a demanding client, an aggressive target or missing processes. It tells you which problems you would be hired to solve and whether they interest you, and it lets you reply with a relevant example of handling something similar. Interviewers usually respect the question because it shows you want to contribute rather than just join. Listen for whether the challenge has support and resources behind it, or whether the role looks set up to struggle.',
      topics: ['gen-ownership', 'gen-teamwork'],
      keywords: ['challenges', 'pain points', 'roadmap'],
    },
    {
      id: 'gen-ask-next-steps',
      category: 'ask-interviewer',
      role: 'general',
      text: 'What are the next steps in the process, and when can I expect to hear back?',
      guidance:
        'The answer gives you the remaining rounds, who they are with and the timeline, which helps you prepare and plan around other offers or your notice period. Asking shows you are organised and interested. If you hold another offer with a deadline, this is the moment to mention it politely. You can also ask whether anything in your background needs clarifying, which gives you a last chance to address a doubt before the interviewer writes feedback. Do not press for a verdict on the spot; it puts the interviewer in an awkward position.',
      topics: ['gen-notice'],
      keywords: ['interview process', 'next round', 'hiring timeline', 'selection process'],
    },
    {
      id: 'gen-ask-learning-growth',
      category: 'ask-interviewer',
      role: 'general',
      text: 'What learning and growth opportunities come with this role?',
      guidance:
        'The answer shows whether the company invests in people: training budgets, certifications, mentoring, internal moves between teams and a clear promotion path. Concrete examples, such as someone who grew from this role into a lead position, say more than a list of policies. Asking signals that you plan to stay and grow. Frame it around taking on more over time rather than moving up quickly, and do not make it your first question before you have shown interest in the work itself, or it can sound as if you are already looking past the job.',
      topics: ['gen-adaptability', 'gen-leadership'],
      keywords: ['learning and development', 'certifications', 'career growth', 'internal mobility', 'training programs'],
    },
    {
      id: 'gen-ask-why-open',
      category: 'ask-interviewer',
      role: 'general',
      text: 'Why is this position open?',
      guidance:
        'The answer tells you whether the role is new because the team is growing, a backfill after someone left or was promoted, or a role that has been hard to fill. A new role lets you shape it but may come with unclear expectations; a backfill after a promotion suggests people do grow there, while several recent exits from the same seat can point to problems with workload or management. Ask it neutrally and follow up gently if the answer is vague. It shows you think about context and fit, not only about getting the offer.',
      topics: ['gen-teamwork'],
      keywords: ['backfill', 'new role', 'new position', 'attrition'],
    },

    // ------------------------------------------------------------- situational
    {
      id: 'gen-conflicting-priorities',
      category: 'situational',
      role: 'general',
      text: 'Two senior stakeholders give you urgent tasks at the same time, and you cannot finish both by the deadline. What would you do?',
      guidance:
        'Show that you would neither silently pick one nor quietly work all night. First clarify the real deadline and business impact of each task, then check whether either can be split, delivered in part or handled by someone else. If the conflict remains, take the facts and a proposed plan to both stakeholders or to your manager, and let the person with the authority decide the priority rather than judging yourself whose work matters more. Confirm the agreed plan in writing and keep both updated. A common slip is saying yes to both to avoid friction, then missing one without warning.',
      topics: ['gen-communication', 'gen-customer'],
      keywords: ['conflicting priorities', 'multiple stakeholders', 'prioritisation', 'prioritization', 'escalation'],
    },
    {
      id: 'gen-mistake-reached-client',
      category: 'situational',
      role: 'general',
      text: 'You discover that a report or deliverable you sent to a client last week contains a significant error. What do you do?',
      guidance:
        'Act quickly and openly. Work out the scope of the error and who is affected, tell your manager straight away with the facts, and prepare a correction. Agree with your manager how the client will be told, then do it promptly with the corrected version, a short explanation and what you have changed to prevent a repeat. Afterwards, find the root cause, such as a missing review step, and fix the process. The interviewer is testing integrity and composure. A common slip is quietly fixing the error and hoping no one notices, or blaming a colleague or the data source for work that went out under your name.',
      topics: ['gen-customer', 'gen-ownership'],
      keywords: ['client deliverables', 'attention to detail', 'root cause', 'integrity', 'accuracy'],
    },
    {
      id: 'gen-new-joiner-little-support',
      category: 'situational',
      role: 'general',
      text: 'You join and find there is little documentation and your manager is too busy to guide you. How would you get productive?',
      guidance:
        'Describe a self-driven ramp-up. Read whatever exists, such as past tickets, reports, shared drives and process notes, list your questions and find the people who know the work, such as a senior teammate or a counterpart in another team. Ask your manager for a short, regular check-in to confirm priorities, even if it is brief. Take on a small, useful task early to learn by doing and build trust, and write down what you learn so the next joiner has documentation. A common slip is waiting passively for instructions, or the opposite: making big changes before understanding why things are done the way they are.',
      topics: ['gen-adaptability', 'gen-ownership'],
      keywords: ['knowledge transfer', 'self-learning'],
    },
  ],

  rounds: [
    {
      id: 'gen-round-recruiter-screen',
      name: 'Recruiter screen',
      description:
        'A short call with a recruiter or HR to confirm your experience, current and expected CTC, notice period and location before any interview is scheduled.',
    },
    {
      id: 'gen-round-online-assessment',
      name: 'Online assessment (where used)',
      description:
        'A timed test on a platform such as HackerRank, HackerEarth or Codility, common in campus and high-volume hiring: coding problems for technical roles, aptitude, language or domain questions for others.',
    },
    {
      id: 'gen-round-functional',
      name: 'Technical or functional rounds',
      description:
        'One or more interviews with the team on the skills of the job: coding and design for engineers; case studies, role-plays or domain questions for sales, marketing, finance, HR and operations.',
    },
    {
      id: 'gen-round-managerial',
      name: 'Managerial round',
      description:
        'The hiring manager probes your past work, ownership and fit with the team through behavioural and situational questions.',
    },
    {
      id: 'gen-round-hr-offer',
      name: 'HR round and offer',
      description: 'Compensation, notice period, joining date and policies are discussed and negotiated, followed by the offer letter.',
    },
    {
      id: 'gen-round-bgv',
      name: 'Background verification',
      description:
        'The employer or an agency checks employment dates, designation, pay and education against documents such as payslips, relieving letters and certificates, usually after you accept and sometimes before joining is confirmed.',
    },
  ],

  tips: [
    {
      id: 'gen-tip-star-with-number',
      title: 'STAR, ending with a number',
      body: 'Answer behavioural questions as Situation, Task, Action and Result. Keep the Situation short, spend most of the time on what you did, and end the Result with something measurable: time saved, errors cut, customers or revenue retained.',
    },
    {
      id: 'gen-tip-research-company',
      title: 'Research the company first',
      body: "Read the company's website, recent news, LinkedIn page and employee reviews, and look up your interviewers, so that your answer to 'why us' and the questions you ask are specific to them.",
    },
    {
      id: 'gen-tip-number-last',
      title: 'Never name a number first',
      body: 'Whenever expected CTC comes up, ask for the budgeted range for the role before giving any figure. If pressed, give a researched range whose lower end you would genuinely accept, and say whether it is fixed pay or total CTC.',
    },
    {
      id: 'gen-tip-notice-story',
      title: 'Prepare your notice-period story',
      body: 'Know your exact notice period, whether early release, a buyout or leave adjustment is possible under your policy, and a realistic joining date. Give the same answer in every round, and never shorten it to look attractive.',
    },
    {
      id: 'gen-tip-documents-ready',
      title: 'Keep your documents ready',
      body: 'Keep recent payslips, offer and appointment letters, relieving and experience letters, Form 16 and education certificates to hand. Background verification checks them, so every date, designation and pay figure you state in interviews should match.',
    },
  ],
};

export default general;
