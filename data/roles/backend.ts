import type { RoleGuide } from '../schema';

/**
 * Backend role module. Holds the original 21 backend seed questions (ids unchanged: bookmarks point at them),
 * the original backend topics and rounds, plus the `be-` additions: Java and Spring, JVM, Node.js, Python,
 * microservices, rate limiting, observability, low-level design and transactions.
 *
 * `topics` on a question lists the most central topic first (the ranker weighs it fully, the rest less);
 * `keywords` are extra literal terms specific to the question.
 */
export const backend: RoleGuide = {
  role: 'backend',
  name: 'Backend',
  summary:
    'Backend interviews in India go deep on your main stack (Java and Spring Boot, Node.js or Python), databases and transactions, concurrency, low-level and system design, and how you keep services healthy in production.',

  topics: [
    // ------------------------------------------------------- seed topics (ids, labels and terms kept)
    {
      id: 'message-queues',
      label: 'message queues',
      terms: [
        'kafka', 'rabbitmq', 'sqs', 'sns', 'activemq', 'kinesis', 'nats', 'celery', 'bullmq',
        'pub/sub', 'pubsub', 'event-driven', 'event-driven architecture', 'event streaming',
        'message queue', 'message broker', 'queue', 'task queue', 'job queue',
        'async processing', 'asynchronous processing', 'background jobs', 'kafka streams',
      ],
    },
    {
      id: 'caching',
      label: 'caching',
      terms: [
        'redis', 'memcached', 'elasticache', 'cdn', 'varnish', 'ttl', 'cache', 'caching', 'cached',
        'cache invalidation', 'in-memory cache', 'distributed cache', 'cache-aside', 'write-through',
      ],
    },
    {
      id: 'query-optimisation',
      label: 'query optimisation',
      terms: [
        'query optimisation', 'query optimization', 'slow queries', 'query tuning',
        'sql tuning', 'database tuning', 'database performance', 'explain analyze', 'explain plan',
        'execution plan', 'query plan', 'n+1', 'indexing', 'pg_stat_statements',
      ],
    },
    {
      id: 'schema-design',
      label: 'schema design and indexing',
      terms: [
        'schema design', 'database design', 'database schema', 'data modelling', 'data modeling',
        'data model', 'normalisation', 'normalization', 'denormalisation', 'denormalization',
        'indexes', 'indices', 'indexing', 'database indexes', 'b-tree', 'entity relationship',
        'er diagram',
      ],
    },
    {
      id: 'databases',
      label: 'SQL and NoSQL databases',
      terms: [
        'sql', 'nosql', 'rdbms', 'relational database', 'postgresql', 'postgres', 'mysql', 'mariadb',
        'sql server', 'oracle database', 'mongodb', 'cassandra', 'dynamodb', 'couchbase', 'hbase',
        'cosmos db', 'firestore', 'scylladb', 'document database', 'key-value store', 'acid',
      ],
    },
    {
      id: 'auth',
      label: 'authentication and authorisation',
      terms: [
        'authentication', 'authorisation', 'authorization', 'oauth', 'oauth2', 'oauth 2.0', 'jwt',
        'openid connect', 'oidc', 'saml', 'sso', 'single sign-on', 'rbac', 'access control', 'iam',
        'session management', 'session tokens', 'bcrypt', 'argon2', 'password hashing',
        'keycloak', 'okta', 'auth0', 'spring security', 'owasp',
      ],
    },
    {
      id: 'capacity',
      label: 'system design at scale',
      terms: [
        'system design', 'high traffic', 'million requests', 'millions of requests',
        'million users', 'millions of users', 'crores of users', 'lakhs of users',
        'requests per second', 'transactions per second', 'rps', 'qps', 'load balancer',
        'load balancing', 'horizontal scaling', 'scale horizontally', 'horizontally scalable',
        'autoscaling', 'auto-scaling', 'distributed systems', 'high availability', 'high throughput',
        'capacity planning', 'large-scale systems', 'haproxy', 'nginx',
      ],
    },
    {
      id: 'resilience',
      label: 'resilience to failing dependencies',
      terms: [
        'circuit breaker', 'retries', 'exponential backoff', 'backoff',
        'timeouts', 'fault tolerance', 'fault-tolerant', 'graceful degradation', 'fallback',
        'bulkhead', 'resilience', 'resilient', 'resilience4j', 'hystrix',
        'third-party apis', 'third-party api', 'third-party integrations', 'third-party services',
        'external apis', 'partner apis', 'vendor apis', 'api integrations', 'integrations with',
      ],
    },
    {
      id: 'migrations',
      label: 'safe schema changes',
      terms: [
        'migration', 'database migrations', 'schema migrations', 'schema changes',
        'data migration', 'zero-downtime', 'backward compatible',
        'expand and contract', 'online schema change',
        'flyway', 'liquibase', 'alembic', 'gh-ost',
      ],
    },
    {
      id: 'distributed',
      label: 'distributed-systems trade-offs',
      terms: [
        'cap theorem', 'replication', 'consistency', 'eventual consistency', 'strong consistency',
        'partition tolerance', 'network partitions', 'consensus', 'raft', 'paxos', 'quorum',
        'distributed databases', 'sharding', 'partitioning', 'multi-region', 'leader election',
        'distributed transactions', 'two-phase commit',
      ],
    },
    {
      id: 'production',
      label: 'production incidents',
      terms: [
        'incident', 'incident management', 'incident response', 'on-call', 'oncall',
        'pagerduty', 'opsgenie', '5xx', '500 errors', 'sre', 'site reliability',
        'observability', 'monitoring', 'alerting', 'production issues', 'production support',
        'debugging production', 'postmortems', 'post-mortems', 'root cause analysis', 'rca',
        'prometheus', 'grafana', 'datadog', 'new relic', 'splunk', 'kibana', 'elk stack', 'sentry',
        'opentelemetry', 'distributed tracing', 'uptime', 'slo', 'mttr',
      ],
    },
    {
      id: 'deployment',
      label: 'safe releases',
      terms: [
        'ci/cd', 'continuous deployment', 'continuous delivery', 'feature flags',
        'blue-green', 'canary', 'canary releases', 'rollback', 'rollout', 'argo cd',
        'github actions', 'jenkins', 'gitlab ci', 'release engineering',
      ],
    },
    {
      id: 'apis',
      label: 'API design',
      terms: [
        'rest api', 'rest apis', 'restful', 'rest services', 'rest endpoints', 'graphql', 'grpc',
        'protobuf', 'api design', 'api development', 'openapi', 'swagger', 'api gateway',
        'api versioning', 'web services', 'webhooks', 'soap',
      ],
    },
    {
      id: 'idempotency',
      label: 'payments and idempotency',
      terms: [
        'idempotency', 'idempotent', 'idempotency keys', 'exactly-once', 'at-least-once',
        'deduplication', 'safe retries', 'retry-safe', 'payment', 'payment gateway',
        'upi', 'fintech', 'ledger', 'wallet', 'reconciliation', 'double charge', 'razorpay', 'stripe',
      ],
    },
    {
      // 'java' moved to be-java-spring, and no language or runtime name ('node.js', 'golang', 'c++') is here:
      // a Node or Go posting is not by itself about threads, and would lead with the Java lock questions.
      // Runtime-specific async words are not here either: 'event loop' is the Node question's keyword and
      // 'asyncio' the Python one's, so a Node posting's "event loop" does not reach CompletableFuture.
      id: 'concurrency',
      label: 'concurrency',
      terms: [
        'multithreading', 'multi-threading', 'multithreaded', 'concurrency', 'concurrent', 'threads',
        'thread safety', 'thread-safe', 'thread pool', 'race conditions', 'deadlocks',
        'mutex', 'locks', 'parallelism', 'parallel processing', 'multiprocessing',
        'asynchronous programming',
        'goroutines', 'coroutines', 'java concurrency', 'completablefuture',
        'executorservice',
        'concurrenthashmap', 'reentrantlock', 'java memory model', 'virtual threads', 'java.util.concurrent',
      ],
    },
    {
      id: 'performance',
      label: 'performance',
      terms: [
        'latency', 'low latency', 'p99', 'p95', 'response time',
        'profiling', 'profiler', 'performance tuning', 'performance optimisation',
        'performance optimization', 'performance engineering', 'performance bottlenecks',
        'bottlenecks', 'jvm tuning', 'garbage collection', 'flame graphs',
        'load testing', 'jmeter', 'gatling', 'benchmarking', 'memory leaks',
      ],
    },
    {
      id: 'architecture',
      label: 'architecture',
      terms: [
        'microservices', 'monolith', 'monolithic', 'architecture', 'architectural',
        'architectural decisions', 'design decisions', 'domain-driven design', 'ddd',
        'service-oriented architecture', 'technical debt', 'tech debt', 'system architecture',
        'technical ownership',
      ],
    },
    {
      id: 'compensation',
      label: 'compensation',
      terms: [
        'ctc', 'lpa', 'compensation', 'salary', 'hike', 'esop', 'stock options', 'rsu',
        'rsus', 'joining bonus', 'variable pay',
      ],
    },

    // ------------------------------------------------------- backend additions
    {
      id: 'be-java-spring',
      label: 'Java and Spring Boot',
      terms: [
        // One term for the language: "Core Java" and "Java 17" match 'java' anyway, and as separate
        // terms they counted one language three times for every Spring question.
        'java', 'j2ee', 'java ee', 'jakarta ee',
        'spring', 'spring boot', 'springboot', 'spring framework', 'spring mvc', 'spring data',
        'spring data jpa', 'spring security', 'hibernate', 'jpa', 'jdbc', 'maven', 'dependency injection',
      ],
    },
    {
      id: 'be-jvm',
      label: 'JVM internals and garbage collection',
      terms: [
        'jvm', 'jvm internals', 'jvm tuning', 'garbage collection', 'garbage collector', 'gc tuning',
        'g1gc', 'zgc', 'heap dump', 'thread dump', 'metaspace', 'java memory management',
      ],
    },
    {
      id: 'be-nodejs',
      label: 'Node.js',
      terms: [
        'node.js', 'nodejs', 'express.js', 'expressjs', 'nestjs', 'koa', 'fastify', 'libuv',
        'worker threads', 'pm2', 'mern', 'mean stack',
      ],
    },
    {
      id: 'be-python',
      label: 'Python backends',
      terms: [
        'python', 'django', 'django rest framework', 'drf', 'fastapi', 'flask', 'sqlalchemy',
        'gunicorn', 'uvicorn', 'pydantic', 'asyncio', 'gil',
      ],
    },
    {
      id: 'be-microservices',
      label: 'microservices',
      terms: [
        'microservices', 'microservice architecture', 'saga pattern', 'distributed transactions',
        'transactional outbox', 'outbox pattern', 'service discovery', 'service mesh', 'istio',
        'spring cloud', 'eureka', 'inter-service communication', 'event sourcing', 'cqrs',
      ],
    },
    {
      id: 'be-rate-limiting',
      label: 'rate limiting',
      terms: [
        'rate limiting', 'rate limiter', 'rate limit', 'throttling', 'api throttling',
        'token bucket', 'leaky bucket', 'api quotas',
      ],
    },
    {
      id: 'be-observability',
      label: 'observability',
      terms: [
        'observability', 'opentelemetry', 'prometheus', 'grafana', 'jaeger', 'zipkin',
        'distributed tracing', 'structured logging', 'monitoring', 'alerting', 'datadog', 'new relic',
        'elk stack', 'loki', 'slo', 'sli', 'error budget',
      ],
    },
    {
      id: 'be-lld',
      label: 'low-level design',
      terms: [
        'low level design', 'lld', 'machine coding', 'design patterns', 'solid principles',
        'object-oriented design', 'ooad', 'oops', 'object-oriented programming', 'uml', 'class diagrams',
      ],
    },
    {
      id: 'be-transactions',
      label: 'database transactions and isolation',
      terms: [
        'acid', 'isolation level', 'transaction isolation', 'transaction management',
        'database transactions', 'optimistic locking', 'pessimistic locking', 'mvcc', 'row-level locking',
      ],
    },
  ],

  questions: [
    // ============================================================ seed questions (verbatim)
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
      alsoFor: ['fullstack'],
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
      alsoFor: ['fullstack'],
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
      alsoFor: ['fullstack'],
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
      alsoFor: ['fullstack'],
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
      keywords: ['architectural decisions', 'design decisions', 'technical debt', 're-architecture'],
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

    // ============================================================ backend additions
    // ------------------------------------------------------------ Java and Spring
    {
      id: 'be-spring-di-bean-scopes',
      category: 'technical',
      role: 'backend',
      text: 'How does dependency injection work in Spring, and what bean scopes does Spring offer?',
      guidance:
        'Explain inversion of control: the Spring container creates beans and hands each its dependencies, so a class receives collaborators (ideally interfaces) instead of constructing them. Prefer constructor injection to field injection: dependencies can be final, they are visible in the signature, and a unit test can pass mocks without starting a container. Then list the scopes: singleton (the default, one instance per application context), prototype (a new instance each time the container is asked for one) and the web scopes request, session and application. A singleton serves every request thread, so it must hold no mutable per-request state. A common slip is injecting a prototype bean into a singleton and expecting a fresh one per call; it is injected once, so use ObjectProvider or a scoped proxy.',
      topics: ['be-java-spring'],
      keywords: ['bean scopes', 'inversion of control', 'ioc container', 'constructor injection', 'autowired', 'prototype scope', 'applicationcontext'],
    },
    {
      id: 'be-spring-boot-autoconfig',
      category: 'technical',
      role: 'backend',
      text: 'What does @SpringBootApplication do, and how does Spring Boot auto-configuration work?',
      guidance:
        'Say that @SpringBootApplication combines @SpringBootConfiguration, @EnableAutoConfiguration and @ComponentScan of the package it sits in and below. Auto-configuration classes are listed in a file inside the Boot jars (META-INF/spring/...AutoConfiguration.imports in Boot 2.7 and later) and each is guarded by conditions such as @ConditionalOnClass, @ConditionalOnMissingBean and @ConditionalOnProperty. So adding a starter puts classes on the classpath, the matching configuration switches on, and defining your own bean of that type makes the default back off. Mention externalised configuration through application.properties or YAML and profiles. A common slip is calling it magic; show you can debug it with the conditions report (run with --debug) or the Actuator conditions endpoint.',
      topics: ['be-java-spring'],
      keywords: ['auto-configuration', 'autoconfiguration', 'springbootapplication', 'spring boot starters', 'conditionalonclass', 'actuator', 'spring profiles'],
    },
    {
      id: 'be-spring-transactional',
      category: 'technical',
      role: 'backend',
      text: 'How does @Transactional work in Spring, what are the propagation options, and why does it sometimes not take effect?',
      guidance:
        'Explain that Spring wraps the bean in a proxy that opens a transaction before the method and commits or rolls back after it. The default propagation is REQUIRED (join the current transaction or start one); REQUIRES_NEW suspends the caller and runs an independent transaction; NESTED uses a savepoint; SUPPORTS, MANDATORY, NOT_SUPPORTED and NEVER cover the rest. By default only unchecked exceptions and errors trigger rollback, so checked ones need rollbackFor. The classic pitfall is self-invocation: calling this.save() from another method of the same class skips the proxy, so its annotation is ignored; move the method to another bean or use TransactionTemplate. Another common slip is catching an exception from an inner REQUIRED call, which marks the shared transaction rollback-only and ends in UnexpectedRollbackException.',
      topics: ['be-java-spring', 'be-transactions'],
      keywords: ['transactional', 'transaction propagation', 'requires_new', 'self-invocation', 'spring aop', 'rollbackfor', 'unexpectedrollbackexception'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'be-jpa-n-plus-one',
      category: 'technical',
      role: 'backend',
      text: 'What is the N+1 query problem in JPA/Hibernate, and how do lazy and eager loading relate to it?',
      guidance:
        'Describe it: you load N parent rows with one query, then touching a lazy association on each parent fires one more query per row, so a page of 100 orders costs 101 round trips. In JPA, to-many associations are lazy by default and to-one associations eager, but switching to eager does not cure N+1 and often makes it worse, because JPQL queries still load eager associations with extra selects. Fixes are a JOIN FETCH query, an @EntityGraph, Hibernate batch fetching (@BatchSize or default_batch_fetch_size) or a DTO projection for read screens. Explain LazyInitializationException: a lazy field accessed after the persistence context has closed. A common slip is fetch-joining a collection while paginating, which makes Hibernate page in memory; find N+1 early by logging SQL or counting queries in tests.',
      topics: ['be-java-spring', 'query-optimisation', 'databases'],
      keywords: ['n+1', 'lazy loading', 'eager loading', 'join fetch', 'entitygraph', 'lazyinitializationexception', 'fetch type'],
    },

    // ------------------------------------------------------------ Java concurrency
    {
      id: 'be-java-locks-atomics',
      category: 'technical',
      role: 'backend',
      text: 'In Java, when would you use synchronized, a ReentrantLock or an atomic variable?',
      guidance:
        'Explain synchronized first: an intrinsic monitor lock that is reentrant, block-scoped and released automatically even when an exception is thrown, but a waiting thread cannot time out or be interrupted. ReentrantLock adds tryLock with a timeout, lockInterruptibly, an optional fair mode and several Condition objects, at the cost of unlocking yourself in a finally block. Atomic classes such as AtomicInteger or AtomicReference use compare-and-swap to update one variable without locking, and LongAdder scales better for a heavily contended counter. Mention that both kinds of lock also give memory visibility. A common slip is assuming atomics compose: two separate atomic calls, such as a check followed by an update, are not atomic together, so an invariant across several fields still needs a lock.',
      topics: ['concurrency', 'be-java-spring'],
      keywords: ['synchronized', 'reentrantlock', 'atomicinteger', 'compare-and-swap', 'longadder', 'readwritelock'],
    },
    {
      id: 'be-java-executors-completablefuture',
      category: 'technical',
      role: 'backend',
      text: 'How do ExecutorService and CompletableFuture work, and how do you size a thread pool?',
      guidance:
        'Describe ExecutorService as a pool that reuses threads: you submit tasks and get a Future, whose get() blocks until the result is ready, and you shut the pool down when finished. CompletableFuture lets you chain and combine async steps without blocking: supplyAsync, thenApply, thenCompose, thenCombine, allOf, and exceptionally or handle for errors. For sizing, CPU-bound work wants about as many threads as cores, while I/O-bound work can use more, roughly in proportion to how long tasks wait. Prefer a ThreadPoolExecutor with a bounded queue and a rejection policy, since Executors.newFixedThreadPool queues without limit and newCachedThreadPool creates threads without limit. A common slip is running blocking calls in CompletableFuture async methods with no executor argument: they use the shared ForkJoinPool common pool, which is sized for CPU work and starves.',
      topics: ['concurrency', 'be-java-spring', 'performance'],
      keywords: ['executorservice', 'completablefuture', 'thread pool', 'forkjoinpool', 'threadpoolexecutor', 'thread pool sizing'],
    },
    {
      id: 'be-hashmap-vs-concurrenthashmap',
      category: 'technical',
      role: 'backend',
      text: 'How does HashMap work internally, and how is ConcurrentHashMap different?',
      guidance:
        'Walk through HashMap: the key\'s hashCode picks a bucket, equals finds the entry within it, the table doubles once size passes capacity times the load factor (0.75 by default), and since Java 8 a crowded bucket can turn into a balanced tree. It is not thread-safe: concurrent writes can lose entries or corrupt the table. Hashtable and Collections.synchronizedMap fix that with one lock for the whole map. ConcurrentHashMap in Java 8 and later locks only the affected bin on writes, using CAS when a bin is empty, and most reads take no lock; it rejects null keys and values, and its iterators are weakly consistent rather than fail-fast. A common slip is a get-then-put on ConcurrentHashMap, which is still a race; use putIfAbsent, computeIfAbsent or merge, which are atomic.',
      topics: ['concurrency', 'be-java-spring'],
      keywords: ['hashmap', 'concurrenthashmap', 'hashtable', 'hashcode', 'equals and hashcode', 'load factor', 'computeifabsent'],
    },
    {
      id: 'be-volatile-memory-model',
      category: 'technical',
      role: 'backend',
      text: 'What does volatile do in Java, and what is the happens-before relationship in the Java Memory Model?',
      guidance:
        'Explain that without synchronisation one thread may never see another thread\'s write, because of CPU caches and compiler or processor reordering. The Java Memory Model defines happens-before: if one action happens-before another, its effects are visible to it. A write to a volatile field happens-before every later read of that field; similar rules cover releasing and then acquiring the same lock, Thread.start and Thread.join. So volatile gives visibility and ordering, suited to a stop flag or safely publishing an object (it is also required in double-checked locking), but it does not make compound actions atomic. A common slip is using a volatile int as a counter: count++ is a read, an add and a write, so concurrent increments get lost; use AtomicInteger or a lock.',
      topics: ['concurrency', 'be-java-spring'],
      keywords: ['volatile', 'happens-before', 'memory visibility', 'double-checked locking', 'instruction reordering', 'jmm'],
      levels: ['mid', 'senior'],
    },

    // ------------------------------------------------------------ JVM
    {
      id: 'be-jvm-memory-gc',
      category: 'technical',
      role: 'backend',
      text: 'Explain JVM memory areas and how garbage collection works.',
      guidance:
        'Lay out the areas: the heap holds objects, split into a young generation (eden and two survivor spaces) and an old generation; each thread has a stack of frames with locals and references; Metaspace, in native memory (it replaced PermGen in Java 8), holds class metadata. Collection works by reachability from GC roots such as stack references and static fields, so unreachable cycles are freed too. Most objects die young, so frequent minor collections clear the young generation and promote survivors. Name the collectors: Parallel for throughput, G1 (the default on server-class machines since Java 9) for balanced pauses, ZGC and Shenandoah for very short ones. A common slip is claiming Java cannot leak: objects kept reachable by a static map, an unbounded cache or a ThreadLocal are never freed.',
      topics: ['be-jvm', 'performance', 'be-java-spring'],
      keywords: ['jvm', 'heap', 'young generation', 'old generation', 'metaspace', 'g1', 'stop-the-world', 'gc roots'],
    },

    // ------------------------------------------------------------ Node.js
    {
      id: 'be-node-event-loop',
      category: 'technical',
      role: 'backend',
      alsoFor: ['fullstack'],
      text: 'Explain the Node.js event loop and its phases. Where do process.nextTick, promises and setImmediate run?',
      guidance:
        'Start with the model: your JavaScript runs on one thread, while libuv hands network I/O to the operating system and runs some work (file system, dns.lookup, some crypto and zlib) on a small thread pool, four threads by default. Then name the phases in order: timers (setTimeout, setInterval), pending callbacks, idle/prepare, poll (I/O callbacks, where the loop waits for events), check (setImmediate) and close callbacks. After each callback Node drains the process.nextTick queue and then the promise microtask queue. Mention that inside an I/O callback setImmediate always fires before a zero-delay setTimeout, while from the main module their order is not guaranteed. A common slip is calling Node fully single-threaded; another is recursive nextTick or promise chains that starve the loop of I/O.',
      topics: ['be-nodejs', 'concurrency'],
      keywords: ['event loop', 'libuv', 'process.nexttick', 'setimmediate', 'microtask queue', 'thread pool', 'non-blocking i/o'],
    },
    {
      id: 'be-node-blocking-workers-cluster',
      category: 'technical',
      role: 'backend',
      alsoFor: ['fullstack'],
      text: 'What blocks the Node.js event loop, and when would you use worker threads versus the cluster module?',
      guidance:
        'List the usual culprits: synchronous APIs such as fs.readFileSync or sync crypto, parsing or stringifying very large JSON, heavy loops, and regular expressions with catastrophic backtracking; while any runs, every other request waits. Detect it with event-loop delay from perf_hooks or a profiler. For CPU-heavy work use worker_threads: separate JavaScript threads in the same process, each with its own event loop, exchanging data by messages or SharedArrayBuffer. The cluster module instead forks several Node processes that share one server port, to use all cores for request handling; they share no memory, so sessions or counters need a shared store such as Redis. In containers, teams often run one process each and add replicas. A common slip is thinking async makes CPU work non-blocking: an async function with a long loop still blocks.',
      topics: ['be-nodejs', 'concurrency', 'performance'],
      keywords: ['worker_threads', 'worker threads', 'cluster module', 'blocking the event loop', 'cpu-intensive', 'event loop lag', 'pm2'],
    },

    // ------------------------------------------------------------ Python
    {
      id: 'be-python-gil-async',
      category: 'technical',
      role: 'backend',
      text: 'What is the GIL in Python, and when would you use threads, asyncio or multiprocessing?',
      guidance:
        'Explain that in CPython the global interpreter lock lets only one thread execute Python bytecode at a time, so threads do not speed up CPU-bound pure-Python code. Blocking I/O releases the GIL, as do many C extensions, so threads still help I/O-bound work. For CPU-bound work use multiprocessing or ProcessPoolExecutor, paying for separate processes and pickled arguments. asyncio runs coroutines on one thread that switch only at await points, which handles thousands of concurrent connections cheaply. Mention that Python 3.13 added an optional free-threaded build, while the standard build keeps the GIL. A common slip is calling a blocking library such as requests or time.sleep inside an async def (for example a FastAPI endpoint), which stalls the whole loop; use an async client or asyncio.to_thread.',
      topics: ['be-python', 'concurrency'],
      keywords: ['gil', 'global interpreter lock', 'asyncio', 'multiprocessing', 'cpython', 'to_thread'],
    },

    // ------------------------------------------------------------ microservices and resilience
    {
      id: 'be-microservice-boundaries',
      category: 'technical',
      role: 'backend',
      text: 'How do you decide service boundaries in a microservices system, and how should the services talk to each other?',
      guidance:
        'Draw boundaries around business capabilities or bounded contexts (payments, orders, catalogue) that one team can own and deploy alone, with each service owning its data instead of sharing a database. Then compare communication styles: synchronous REST or gRPC is simple and gives an immediate answer, but chains latency and lets one slow service drag down its callers; asynchronous events over Kafka or RabbitMQ decouple services and absorb spikes, at the cost of eventual consistency, harder debugging and consumers that must be idempotent. Say that a modular monolith is often the better start while the domain is unclear. A common slip is splitting by technical layer or by table, which produces a distributed monolith of chatty services that must be released together.',
      topics: ['be-microservices', 'architecture', 'apis', 'message-queues'],
      keywords: ['service boundaries', 'bounded context', 'database per service', 'distributed monolith', 'modular monolith', 'grpc', 'synchronous vs asynchronous'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'be-saga-vs-2pc',
      category: 'technical',
      role: 'backend',
      text: 'How do you keep data consistent across microservices? Compare the saga pattern with two-phase commit.',
      guidance:
        'Explain two-phase commit: a coordinator asks every participant to prepare, then to commit; it is atomic, but participants hold locks while waiting, a coordinator failure can leave them blocked, and many stores and brokers do not support it. A saga instead runs a chain of local transactions, and when a step fails it runs compensating actions for the steps already done, for example cancelling the order and refunding when inventory cannot be reserved. Compare choreography (services react to each other\'s events) with orchestration (a coordinator drives the steps). Mention the transactional outbox so a state change and its event are saved together. A common slip is treating compensation as a rollback: sagas lack isolation, others see intermediate states, and some effects, like a sent SMS, cannot be undone.',
      topics: ['be-microservices', 'distributed', 'be-transactions'],
      keywords: ['saga pattern', 'two-phase commit', '2pc', 'compensating transaction', 'choreography', 'orchestration', 'transactional outbox'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'be-circuit-breaker-retries',
      category: 'technical',
      role: 'backend',
      text: 'How does a circuit breaker work, and how do you retry failed calls safely?',
      guidance:
        'Describe the three states: closed (calls pass and failures are counted over a window), open (calls fail fast for a cool-down period without touching the dependency) and half-open (a few trial calls decide whether to close again or reopen); Resilience4j is the usual Java library now that Hystrix is in maintenance mode. For retries, retry only transient failures such as timeouts, 503 or 429 (honouring Retry-After), never validation errors, and only idempotent operations or ones carrying an idempotency key. Use exponential backoff with jitter so clients do not retry in lockstep, and cap both attempts and total time. A common slip is retrying at every layer: three attempts at each of three layers can turn one request into 27 calls on a struggling service, so retry in one place.',
      topics: ['resilience', 'be-microservices'],
      keywords: ['circuit breaker', 'half-open', 'exponential backoff', 'jitter', 'retry storm', 'resilience4j', 'retry budget'],
    },

    // ------------------------------------------------------------ rate limiting
    {
      id: 'be-rate-limiting-algorithms',
      category: 'technical',
      role: 'backend',
      text: 'How would you design a rate limiter? Compare token bucket, fixed window and sliding window approaches.',
      guidance:
        'First ask what is limited (per user, API key or IP, per endpoint) and what a rejection returns: usually HTTP 429 with Retry-After. A fixed window counter is cheapest but lets up to twice the limit through around a window boundary. A sliding window log stores a timestamp per request, so it is exact but memory-hungry; a sliding window counter weights the previous window\'s count to approximate it cheaply. A token bucket refills at a steady rate up to a capacity, so it enforces an average rate while allowing short bursts; a leaky bucket drains at a constant rate and smooths output. A common slip is ignoring the boundary burst of fixed windows when the limit protects a fragile backend.',
      topics: ['be-rate-limiting', 'apis'],
      keywords: ['token bucket', 'leaky bucket', 'sliding window', 'fixed window', 'too many requests', 'retry-after'],
    },
    {
      id: 'be-distributed-rate-limiting',
      category: 'technical',
      role: 'backend',
      text: 'Your API runs on many instances. How do you enforce one rate limit across all of them, for example with Redis?',
      guidance:
        'Explain why per-instance counters fail: with N instances each allowing the limit, a client can get N times it. Keep the state in a shared store such as Redis: a fixed window is an INCR on a key per client and window with an expiry, a sliding log is a sorted set of timestamps trimmed with ZREMRANGEBYSCORE, and a token bucket stores tokens and last refill time. Make each check atomic with a Lua script, which Redis runs without interleaving other commands. Discuss the cost: an extra network hop per request, and a decision on failing open or closed when Redis is down. A common slip is a GET followed by a SET from the application, which lets concurrent requests slip past the limit.',
      topics: ['be-rate-limiting', 'caching', 'distributed'],
      keywords: ['distributed rate limiting', 'lua script', 'incr', 'sorted set', 'fail open', 'api gateway'],
      levels: ['mid', 'senior'],
    },

    // ------------------------------------------------------------ observability
    {
      id: 'be-observability-signals',
      category: 'technical',
      role: 'backend',
      text: 'What is observability? Explain logs, metrics and traces, and the RED and USE methods.',
      guidance:
        'Define the three signals: logs are records of individual events, best as structured JSON carrying a request or trace id; metrics are numeric time series (counters, gauges, histograms) that are cheap to store and drive dashboards and alerts, for example Prometheus with Grafana; traces follow one request across services as a tree of spans, propagated in headers and collected with OpenTelemetry into Jaeger or similar. Then the methods: RED for request-driven services (rate, errors, duration) and USE for resources such as CPU, disks or connection pools (utilisation, saturation, errors). Read latency as percentiles from histograms, since an average hides the slow tail. A common slip is putting high-cardinality values such as user ids in metric labels, which multiplies the number of series until the metrics store struggles.',
      topics: ['be-observability', 'production'],
      keywords: ['logs metrics traces', 'red method', 'use method', 'opentelemetry', 'prometheus', 'histograms', 'high cardinality', 'trace id'],
    },
    {
      id: 'be-slos-alerting',
      category: 'technical',
      role: 'backend',
      text: 'What are SLIs, SLOs and error budgets, and how do you decide what should page someone?',
      guidance:
        'Separate the terms: an SLI is a measured ratio, such as the share of requests that succeed within 300 ms; an SLO is the target for it over a window, such as 99.9% over 30 days; an SLA is a contract with penalties and is usually looser than the SLO. The error budget is the allowed shortfall: 99.9% over 30 days is about 43 minutes of total failure, and once it is spent the team puts reliability before features. Page on symptoms users feel, like error rate or latency burning the budget fast, and send slower burns or cause signals like high CPU to tickets or dashboards. Every page should be actionable, with a runbook. A common slip is alerting on every metric, which breeds alert fatigue, or aiming for 100%.',
      topics: ['be-observability', 'production'],
      keywords: ['sli', 'slo', 'sla', 'error budget', 'burn rate', 'alert fatigue', 'runbook'],
      levels: ['mid', 'senior'],
    },

    // ------------------------------------------------------------ low-level design
    {
      id: 'be-lld-parking-lot',
      category: 'coding',
      role: 'backend',
      text: 'In a low-level design or machine coding round you are asked to design a parking lot. How do you approach it?',
      guidance:
        'Spend the first minutes on scope: vehicle and spot types, floors, entry and exit gates, how fees are charged, and what is excluded. Then name the entities and their responsibilities (ParkingLot, Floor, Spot, Vehicle, Ticket, a fee calculator), sketch the classes and interfaces, and code the core flows first: park, unpark, compute the fee. Use patterns only where they earn their place, such as Strategy for pricing or spot allocation and Factory for creating spots or vehicles. Keep storage in memory behind an interface, handle edge cases like a full lot, and say how you would stop two cars getting the same spot concurrently. In machine coding, working, readable, extensible code beats a perfect diagram. A common slip is coding before clarifying, or stacking patterns the problem never needed.',
      topics: ['be-lld'],
      keywords: ['parking lot', 'machine coding', 'low level design', 'class diagram', 'strategy pattern', 'factory pattern'],
    },
    {
      id: 'be-solid-design-patterns',
      category: 'technical',
      role: 'backend',
      text: 'Explain the SOLID principles and the design patterns you use most in backend code.',
      guidance:
        'Give each principle with a small backend example. Single responsibility: a class has one reason to change. Open/closed: add a new payment method as a new class instead of editing a switch. Liskov substitution: a subtype must work wherever its parent is expected without surprising callers. Interface segregation: small focused interfaces, not one that forces empty methods. Dependency inversion: business logic depends on abstractions, such as a repository interface, and Spring or another DI container supplies the implementation. Then name patterns you have actually used, such as Strategy, Factory, Builder, Observer, Decorator and Adapter, and when each helps; note that Singleton adds global state that hinders testing. A common slip is reciting definitions without an example, or equating dependency inversion with dependency injection, which is only one way to achieve it.',
      topics: ['be-lld', 'be-java-spring'],
      keywords: ['solid principles', 'single responsibility', 'open closed principle', 'liskov substitution', 'dependency inversion', 'design patterns', 'strategy pattern'],
    },
    {
      id: 'be-lru-cache-design',
      category: 'coding',
      role: 'backend',
      text: 'Design and implement an LRU cache with O(1) get and put.',
      guidance:
        'Explain the structure before coding: a hash map from key to a node in a doubly linked list ordered by recency. get looks the node up, moves it to the front and returns it; put updates or inserts at the front and, when over capacity, removes the tail node and its map entry. Dummy head and tail nodes remove most null checks. Mention the shortcuts, a Java LinkedHashMap in access order with removeEldestEntry overridden or a Python OrderedDict with move_to_end, but expect to build it by hand. Discuss thread safety (one lock around both structures) and that production code would use a library such as Caffeine. A common slip is forgetting to delete the evicted key from the map, or using a singly linked list, which makes removing a node O(n).',
      topics: ['be-lld', 'caching'],
      keywords: ['lru cache', 'doubly linked list', 'linkedhashmap', 'eviction policy', 'lru', 'caffeine'],
    },

    // ------------------------------------------------------------ transactions
    {
      id: 'be-isolation-levels',
      category: 'technical',
      role: 'backend',
      text: 'Explain ACID and the transaction isolation levels. Which anomalies does each level prevent?',
      guidance:
        'Define ACID, then the anomalies: dirty reads (seeing uncommitted data), non-repeatable reads (a row changes between two reads) and phantoms (a repeated range query finds new rows). In the SQL standard, READ UNCOMMITTED allows all three, READ COMMITTED stops dirty reads, REPEATABLE READ also non-repeatable reads, and SERIALIZABLE also phantoms, behaving as if transactions ran one at a time. Defaults: READ COMMITTED in PostgreSQL, Oracle and SQL Server, REPEATABLE READ in MySQL InnoDB. Note that engines differ: PostgreSQL\'s REPEATABLE READ is snapshot isolation that also blocks phantoms, and its SERIALIZABLE aborts conflicting transactions, which the application must retry. A common slip is assuming REPEATABLE READ stops a read-modify-write in application code from losing an update; in MySQL it does not without a locking read such as SELECT ... FOR UPDATE.',
      topics: ['be-transactions', 'databases'],
      keywords: ['isolation levels', 'read committed', 'repeatable read', 'serializable', 'dirty read', 'phantom read', 'acid', 'write skew'],
    },
    {
      id: 'be-optimistic-pessimistic-locking',
      category: 'technical',
      role: 'backend',
      text: 'Two users try to book the last seat at the same moment. How do you prevent a double booking: optimistic or pessimistic locking?',
      guidance:
        'Show the race: both requests read the seat as free, both write, and it is sold twice. Pessimistic locking takes a row lock with SELECT ... FOR UPDATE (in JPA a PESSIMISTIC_WRITE lock), so the second transaction waits; it suits high contention and short transactions but risks deadlocks. Optimistic locking adds a version column and updates WHERE id = ? AND version = ?; if no row changes, someone else won and you retry or tell the user, which is what JPA @Version does. Often simplest is one conditional UPDATE ... WHERE status = \'AVAILABLE\' that checks the affected row count, or a unique constraint. A common slip is holding a database lock while calling a payment gateway or waiting for the user.',
      topics: ['be-transactions', 'concurrency', 'databases'],
      keywords: ['optimistic locking', 'pessimistic locking', 'select for update', 'version column', 'double booking', 'lost update', 'row lock'],
    },

    // ------------------------------------------------------------ situational
    {
      id: 'be-sit-latency-spike',
      category: 'situational',
      role: 'backend',
      text: 'p99 latency of your API has tripled since this morning, though nothing is failing. How do you investigate?',
      guidance:
        'Scope it first: which endpoints, all instances or one, since when, and whether it lines up with a deploy, config change, traffic rise or dependency. Use RED dashboards and then traces to find which span grew: a database query, a downstream call, or time spent waiting. Check saturation next: CPU, GC pauses, exhausted thread or connection pools, lock waits and slow-query logs. If a release lines up, roll it back; otherwise scale out or shed load while you dig. Afterwards, confirm the root cause with data and alert on the latency SLO. A common slip is restarting everything straight away, which destroys the evidence; capture a thread dump or profile from a slow instance first, and resist adding a cache before you know the cause.',
      topics: ['production', 'performance', 'be-observability'],
      keywords: ['latency spike', 'p99', 'tail latency', 'connection pool', 'thread dump', 'gc pauses', 'slow queries'],
    },
    {
      id: 'be-sit-duplicate-messages',
      category: 'situational',
      role: 'backend',
      text: 'A Kafka consumer in your payment flow is processing some messages twice. What do you do?',
      guidance:
        'Explain that most brokers deliver at least once, so duplicates are expected: a consumer that crashes after doing the work but before committing its offset sees the message again, and a partition rebalance can replay uncommitted messages the same way. Find why they rose now: processing that outlasts max.poll.interval.ms and triggers rebalances, or an SQS visibility timeout shorter than the work. The fix is an idempotent consumer: record a unique message or business id in a table with a unique constraint, in the same database transaction as the side effect, and skip ids already seen; pass idempotency keys to downstream payment calls. Note that Kafka transactions give exactly-once only within Kafka, not for external effects. A common slip is an in-memory set of seen ids, lost on restart and not shared across consumers.',
      topics: ['idempotency', 'message-queues', 'production'],
      keywords: ['duplicate messages', 'idempotent consumer', 'at-least-once', 'exactly-once', 'consumer offset', 'rebalance', 'deduplication'],
    },
    {
      id: 'be-sit-jvm-memory-growth',
      category: 'situational',
      role: 'backend',
      text: 'Your Java service\'s memory keeps growing and the pods get restarted every few hours. How do you find the cause?',
      guidance:
        'First tell the two failures apart: java.lang.OutOfMemoryError means the heap or Metaspace ran out, while a pod OOMKilled with exit code 137 means the whole process, heap plus Metaspace, thread stacks and direct buffers, exceeded the container limit. Check GC logs or heap-after-collection graphs: a baseline that keeps rising after full collections points to a leak. Capture a heap dump (-XX:+HeapDumpOnOutOfMemoryError or jcmd) and read the dominator tree in Eclipse MAT to find what retains memory, often an unbounded cache or map, ThreadLocals in pooled threads, or a huge result set loaded at once. Size the heap with MaxRAMPercentage so the container keeps headroom. Meanwhile restart on a schedule or roll back a suspect release. A common slip is simply raising -Xmx, which only delays the crash.',
      topics: ['be-jvm', 'production', 'performance'],
      keywords: ['outofmemoryerror', 'oomkilled', 'memory leak', 'heap dump', 'eclipse mat', 'maxrampercentage', 'gc logs'],
      levels: ['mid', 'senior'],
    },

    // ------------------------------------------------------------ behavioural
    {
      id: 'be-beh-incident-ownership',
      category: 'behavioural',
      role: 'backend',
      text: 'Tell me about a production incident you were part of. What did you do, and what changed afterwards?',
      guidance:
        'Use STAR, and pick an incident where your own part is clear. Cover how it was detected (an alert, a customer complaint), how you limited the impact first, how you found the root cause and what evidence confirmed it. Then the follow-up: the test, alert, runbook or design change that stops a repeat, and how the postmortem was shared. Give numbers where you can, such as minutes to recovery or users affected. Interviewers look for calm, methodical debugging and ownership beyond the immediate fix. A common slip is blaming another team or a colleague; keep it blameless and focus on systems and what you learned.',
      topics: ['production', 'be-observability'],
      keywords: ['production incident', 'postmortem', 'root cause', 'outage', 'blameless', 'on-call'],
    },

    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'be-ask-observability',
      category: 'ask-interviewer',
      role: 'backend',
      text: 'How do you know your services are healthy: what do you monitor, and do you have SLOs or error budgets?',
      guidance:
        'The answer shows whether you would debug production with traces, dashboards and sensible alerts or by reading raw logs over SSH. Teams with SLOs usually have a shared, data-driven way to weigh reliability work against features, which affects how much time you get to fix things properly. A vague answer is not a red flag on its own at a startup, but it tells you that you may be the one building the monitoring, which is worth knowing before you join.',
      topics: ['be-observability', 'production'],
      keywords: ['slo', 'error budget', 'monitoring', 'observability'],
    },
    {
      id: 'be-ask-release-process',
      category: 'ask-interviewer',
      role: 'backend',
      text: 'How does code get from a merged pull request to production, and how often do you deploy?',
      guidance:
        'The answer reveals the engineering maturity around you: automated tests and CI, code review, canary or blue-green releases and quick rollbacks, or manual weekend deployments with long change-approval chains. It tells you how fast your work will reach users and how stressful releases are. Asking also shows you care about shipping safely, not just writing code. Follow up on who owns a release when it goes wrong, since that links straight to on-call load.',
      topics: ['deployment', 'production'],
      keywords: ['release process', 'deployment frequency', 'ci/cd', 'canary releases'],
    },
  ],

  rounds: [
    {
      id: 'be-online-assessment',
      name: 'Online assessment',
      description:
        'A timed test on a platform such as HackerRank or HackerEarth: usually two or three data-structure and algorithm problems, sometimes with multiple-choice questions on DBMS, operating systems, SQL and your language. Common for freshers and at larger companies.',
    },
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
      id: 'be-lld-machine-coding',
      name: 'LLD / machine coding round',
      description:
        'You build a small working system in your own language within one to two hours (a parking lot, an expense splitter, a rate limiter), then walk the interviewer through the class design, extensibility and edge cases.',
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

  tips: [
    {
      id: 'be-know-your-framework',
      title: 'Know what your framework does underneath',
      body: 'Interviewers drill into the stack on your CV. If it says Spring Boot, expect proxies, @Transactional, bean scopes and the SQL your JPA code really runs; if it says Node.js, expect the event loop and what blocks it; if it says Django or FastAPI, expect the GIL and async.',
    },
    {
      id: 'be-practise-machine-coding',
      title: 'Practise machine coding against the clock',
      body: 'Build two or three classic LLD problems end to end in 90 minutes: clarify requirements, write interfaces and in-memory storage, add a small driver that runs the main flows, and handle edge cases. Working, readable code beats a half-finished perfect design.',
    },
    {
      id: 'be-numbers-in-design',
      title: 'Put numbers on design answers',
      body: 'In design and scaling questions, estimate requests per second, data size and latency targets out loud, and say which component breaks first. Trade-offs backed by rough numbers sound like experience; buzzwords without them do not.',
    },
  ],
};

export default backend;
