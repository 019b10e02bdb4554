import type { Question } from './schema';

/**
 * The 21 backend interview questions, grouped as interviewers ask them:
 * technical (11), behavioural (2), situational (3), salary (2) and questions
 * to ask the interviewer (3). Ids are permanent (bookmarks point at them);
 * to rename one, add the old id to `idAliases` in data/index.ts.
 *
 * `topics` lists the most central topic first (the ranker weighs it fully,
 * the rest less); `keywords` are extra literal terms specific to the question.
 */
export const questions: Question[] = [
  // ---------------------------------------------------------------- technical
  {
    id: 'tech-process-vs-thread',
    category: 'technical',
    role: 'backend',
    text: 'What is the difference between a process and a thread?',
    guidance:
      'Start with memory: each process gets its own isolated address space, while threads live inside one process and share its memory, which makes them cheaper to create. That sharing is the catch, so explain how locks and other synchronisation prevent race conditions. Finish with when you would use which: separate processes for CPU-bound work, threads or async code for I/O-bound work.',
    topics: ['concurrency', 'performance'],
    keywords: [
      'multiprocessing', 'race condition', 'synchronisation', 'synchronization', 'cpu-bound',
      'i/o-bound', 'context switching', 'operating systems',
    ],
  },
  {
    id: 'tech-sql-vs-nosql',
    category: 'technical',
    role: 'backend',
    text: 'Explain SQL vs NoSQL, and when would you choose each?',
    guidance:
      'Describe SQL databases as relational stores with a fixed schema and ACID guarantees, a good fit for transactions and queries that join many tables. NoSQL stores give up some of that for a flexible schema and easy horizontal scaling, which suits high volumes of denormalised or fast-changing data. Justify your pick with a concrete scenario rather than a blanket rule.',
    topics: ['databases', 'schema-design'],
    keywords: ['sql vs nosql', 'relational', 'complex joins', 'document store', 'polyglot persistence'],
  },
  {
    id: 'tech-rest-vs-graphql',
    category: 'technical',
    role: 'backend',
    text: 'What makes an API RESTful, and how is it different from GraphQL?',
    guidance:
      'Cover the REST basics: stateless requests, URLs that name resources, HTTP verbs for the action and meaningful status codes. Then contrast GraphQL, where one endpoint lets the client request precisely the data it wants, so responses carry nothing extra and nothing is missing. Close with the trade-offs interviewers look for: caching is simpler with plain HTTP resources, and the two handle versioning differently.',
    topics: ['apis', 'architecture'],
    keywords: ['graphql', 'restful', 'over-fetching', 'http verbs', 'status codes', 'api versioning'],
  },
  {
    id: 'tech-schema-design-indexing',
    category: 'technical',
    role: 'backend',
    text: 'How do you design a database schema, and how do you decide what to index?',
    guidance:
      'Begin by modelling the entities and their relationships, then normalise to remove duplicated data. Where reads dominate, explain that you denormalise selectively and on purpose. Index the columns your queries filter, join and sort on (WHERE, JOIN, ORDER BY), and point out that every extra index makes writes slower.',
    topics: ['schema-design', 'databases', 'query-optimisation'],
    keywords: ['schema design', 'indexing', 'composite index', 'primary key', 'foreign key'],
  },
  {
    id: 'tech-slow-query',
    category: 'technical',
    role: 'backend',
    text: 'How would you optimise a slow query?',
    guidance:
      'Measure before changing anything: read the query plan with EXPLAIN or EXPLAIN ANALYZE. The usual fixes are adding or correcting an index, selecting only the columns you need instead of SELECT *, removing N+1 query patterns and paginating big result sets. For heavy read traffic, add caching of hot results in Redis, read replicas or a denormalised copy of the data.',
    topics: ['query-optimisation', 'databases', 'performance', 'caching'],
    keywords: ['slow queries', 'explain analyze', 'n+1', 'read replicas', 'pagination', 'query plan'],
  },
  {
    id: 'tech-cap-theorem',
    category: 'technical',
    role: 'backend',
    text: 'What is the CAP theorem, and how does it affect system design?',
    guidance:
      'State it plainly: a distributed system cannot promise consistency, availability and partition tolerance all at once; at most two hold together. Network partitions are a fact of life, so the real choice during one is between staying consistent and staying available. Give an example of each, such as a banking system that favours consistency and a social feed that favours availability.',
    topics: ['distributed', 'capacity'],
    keywords: ['cap theorem', 'partition tolerance', 'eventual consistency', 'read replicas', 'distributed databases'],
  },
  {
    id: 'tech-auth',
    category: 'technical',
    role: 'backend',
    text: 'How do you handle authentication and authorisation in a backend service?',
    guidance:
      'Rely on proven mechanisms instead of inventing your own: JWTs or session tokens for signed-in users, and OAuth2 when access is delegated to another app. Store passwords only as slow hashes such as bcrypt or argon2. Enforce role-based access control (RBAC), check permissions on each call, and treat all client input as untrusted.',
    topics: ['auth'],
    keywords: ['jwt', 'oauth2', 'rbac', 'bcrypt', 'argon2', 'api security', 'secure coding'],
  },
  {
    id: 'tech-caching',
    category: 'technical',
    role: 'backend',
    text: 'Explain caching strategies and cache invalidation.',
    guidance:
      'Name the main patterns, cache-aside, write-through and write-behind, and when each fits. Keep hot data in Redis or Memcached with TTLs and versioned keys. Admit that invalidation is the hard part: discuss how much stale data the feature can tolerate and how you protect against a cache stampede when a popular key expires.',
    topics: ['caching', 'performance'],
    keywords: ['redis', 'memcached', 'cache-aside', 'write-through', 'write-behind', 'cache invalidation', 'ttl', 'cache stampede'],
  },
  {
    id: 'tech-million-requests',
    category: 'technical',
    role: 'backend',
    text: 'How would you design a system that handles 1 million requests per day?',
    guidance:
      'First clarify peak versus average traffic and estimate capacity out loud; a million a day averages only about a dozen requests a second, so the peak drives the design. Then outline the layers: a load balancer, stateless services that scale horizontally, a cache for reads, a queue for work that can run asynchronously, and the right database with read replicas. Finish with the monitoring you would add to know it is holding up.',
    topics: ['capacity', 'performance', 'caching', 'message-queues'],
    keywords: ['load balancer', 'horizontal scaling', 'capacity estimation', 'peak traffic', 'stateless services', 'read replicas'],
  },
  {
    id: 'tech-idempotency',
    category: 'technical',
    role: 'backend',
    text: 'What is idempotency, and why does it matter in APIs?',
    guidance:
      'Define it: an idempotent request leaves the same result however many times it is sent. That matters most for payments and for any call a client might retry after a timeout. Implement it with idempotency keys, storing the outcome of the first request so a retried POST gets that outcome back instead of charging the customer twice.',
    topics: ['idempotency', 'apis', 'resilience'],
    keywords: ['idempotency', 'idempotent', 'idempotency key', 'double charge', 'duplicate transactions'],
  },
  {
    id: 'tech-message-queues',
    category: 'technical',
    role: 'backend',
    text: 'Explain message queues and when you would use them.',
    guidance:
      'A queue such as RabbitMQ, Kafka or SQS sits between producers and consumers so neither has to wait for the other. That decoupling smooths out traffic spikes and makes asynchronous processing and retries straightforward. Typical uses are sending emails and notifications and building event-driven pipelines.',
    topics: ['message-queues', 'architecture'],
    keywords: ['kafka', 'rabbitmq', 'sqs', 'event-driven', 'pub/sub', 'notifications', 'decoupling', 'producers and consumers'],
  },

  // -------------------------------------------------------------- behavioural
  {
    id: 'beh-performance-problem',
    category: 'behavioural',
    role: 'backend',
    text: 'Describe a backend performance problem you solved.',
    guidance:
      'Tell it in STAR form. Explain how you measured the problem, for example with profiling or slow-query logs, what bottleneck you found and what you changed. End with the measured improvement, such as latency down by a percentage or cost saved.',
    topics: ['performance', 'query-optimisation'],
    keywords: ['profiling', 'slow-query logs', 'latency', 'bottleneck', 'optimisation', 'optimization'],
  },
  {
    id: 'beh-wrong-architecture',
    category: 'behavioural',
    role: 'backend',
    text: 'Tell me about a time you made a wrong architectural decision.',
    guidance:
      'Own the mistake honestly: set out the context, why the choice seemed right then and what went wrong. Explain how you migrated away from it and what you learned. Interviewers are looking for maturity and reflection, not a spotless record.',
    topics: ['architecture', 'migrations'],
    keywords: ['architectural decisions', 'design decisions', 'technical debt', 'ownership', 're-architecture'],
    levels: ['mid', 'senior'],
  },

  // -------------------------------------------------------------- situational
  {
    id: 'sit-production-500s',
    category: 'situational',
    role: 'backend',
    text: 'Your service starts returning 500 errors in production. Walk me through how you respond.',
    guidance:
      'Start with the dashboards and logs to find the failing dependency or change. Stop the damage first: roll back or switch the change off behind a feature flag, and rate-limit or scale out if load is the cause. Once users are safe, find the root cause, then write a test that reproduces it and an alert that would catch it next time.',
    topics: ['production', 'deployment', 'resilience'],
    keywords: ['500 errors', '5xx', 'rollback', 'feature flags', 'root cause', 'on-call', 'incident'],
  },
  {
    id: 'sit-third-party-down',
    category: 'situational',
    role: 'backend',
    text: 'A third-party API your service depends on goes down. How do you keep your service resilient?',
    guidance:
      'Put timeouts on every outbound call, retry with exponential backoff and wrap the dependency in a circuit breaker. Serve a fallback or a cached response where you can, and degrade gracefully rather than fail outright. Queue work that can wait, alert the team, and make sure one dependency can never take the whole service down.',
    topics: ['resilience', 'production'],
    keywords: ['third-party api', 'circuit breaker', 'timeouts', 'retries', 'fallback', 'graceful degradation', 'payment gateway'],
  },
  {
    id: 'sit-risky-migration',
    category: 'situational',
    role: 'backend',
    text: 'You need to ship a feature that requires a risky database migration. How do you proceed?',
    guidance:
      'Plan a backward-compatible migration in several steps (expand, migrate, contract) so old and new code can run side by side. Rehearse it on a replica, run it off-peak and keep a rollback plan ready. Avoid operations that lock large tables, for example by backfilling data in small batches.',
    topics: ['migrations', 'schema-design', 'deployment'],
    keywords: ['database migration', 'expand and contract', 'zero-downtime', 'rollback plan', 'table locks', 'flyway', 'liquibase'],
  },

  // ------------------------------------------------------------------- salary
  {
    id: 'sal-expected-ctc',
    category: 'salary',
    role: 'backend',
    text: 'What is your expected CTC as a backend developer?',
    guidance:
      'Ask for the budgeted band for the role before you name anything. Anchor on the market: in India freshers typically get ₹5–10 LPA, mid-level developers ₹12–24 LPA and seniors ₹28 LPA+, and the figure moves with the city and the company tier.',
    topics: ['compensation'],
    keywords: ['ctc', 'expected ctc', 'lpa', 'salary', 'compensation'],
  },
  {
    id: 'sal-modest-hike',
    category: 'salary',
    role: 'backend',
    text: 'We can only offer a modest hike. Can you reconsider?',
    guidance:
      'Restate your impact in numbers: the scale and reliability you bring. Support your ask with data from AmbitionBox or Levels.fyi. If the base is capped, move the negotiation to ESOPs, a joining bonus or a review after six months.',
    topics: ['compensation'],
    keywords: ['hike', 'esop', 'stock options', 'joining bonus', 'rsu', 'salary review'],
  },

  // ---------------------------------------------------------- ask-interviewer
  {
    id: 'ask-architecture',
    category: 'ask-interviewer',
    role: 'backend',
    text: 'What does the backend architecture look like: a monolith or microservices?',
    guidance:
      'The answer shows how much tech debt the team carries and how complex its deployments are. It also tells you what you would actually be working on day to day.',
    topics: ['architecture', 'apis'],
    keywords: ['microservices', 'monolith', 'architecture'],
  },
  {
    id: 'ask-on-call',
    category: 'ask-interviewer',
    role: 'backend',
    text: 'How does the team handle on-call and production incidents?',
    guidance:
      "The answer reveals how mature the team's operations are. It also sets your expectations on work-life balance: how often you would be paged, and what happens after a bad night.",
    topics: ['production'],
    keywords: ['on-call', 'incidents', 'pagerduty', 'sre', 'production support'],
  },
  {
    id: 'ask-scaling-challenges',
    category: 'ask-interviewer',
    role: 'backend',
    text: 'What are the biggest scaling challenges your team is facing right now?',
    guidance:
      'Asking it signals that you want to work on real problems. The answer also gives you an honest picture of how healthy the system is.',
    topics: ['capacity', 'performance'],
    keywords: ['scaling challenges', 'hypergrowth', 'high traffic'],
  },
];
