import type { Topic } from './schema';

/**
 * The topic taxonomy the ranker matches postings against. Terms are lower case
 * and matched as whole words or phrases (see utils/terms.ts), so "cap" never
 * fires on "capable". Words that are ordinary English in most postings
 * ("performance", "scalable", "rest", "session", "go", "availability") are left
 * out on purpose or only used inside a phrase: they would light up every
 * posting and drown the real signal.
 */
export const topics: Topic[] = [
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
      'bulkhead', 'resilience', 'resilient', 'resilience4j', 'hystrix', 'rate limiting',
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
    id: 'concurrency',
    label: 'concurrency',
    terms: [
      'multithreading', 'multi-threading', 'multithreaded', 'concurrency', 'concurrent', 'threads',
      'thread safety', 'thread-safe', 'thread pool', 'race conditions', 'deadlocks',
      'mutex', 'locks', 'parallelism', 'parallel processing', 'multiprocessing', 'async/await',
      'asynchronous programming', 'asyncio', 'event loop', 'node.js', 'nodejs', 'golang',
      'goroutines', 'coroutines', 'java', 'java concurrency', 'completablefuture',
      'executorservice', 'c++',
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
      'ownership', 'technical ownership', 'end-to-end ownership',
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
];
