import type { RoleGuide } from '../schema';

/**
 * Full-stack interviews in India (MERN, MEAN, Next.js, Java with Spring Boot and React or Angular): the
 * questions that sit between frontend and backend, such as carrying a feature
 * from schema to UI, auth across client and server, API contracts, real-time,
 * caching and deployment. The JavaScript, React, state and security basics a
 * full-stack loop also asks live in data/roles/frontend.ts, and the Spring
 * Boot, JPA, Core Java and Node.js ones in data/roles/backend.ts, each with
 * alsoFor: ['fullstack'].
 */
export const fullstack: RoleGuide = {
  role: 'fullstack',
  name: 'Full stack',
  summary:
    'Full-stack interviews in India, often for MERN, Next.js or Java (Spring Boot with React or Angular) roles, test whether you can carry one feature across the UI, API, database and deployment, on top of the frontend and backend basics.',
  topics: [
    {
      id: 'fs-stack',
      // Also matches Java full-stack postings ("Java Full Stack Developer"), so the label names no one stack.
      label: 'full-stack development',
      terms: ['mern', 'mean stack', 'mevn stack', 'full stack', 'fullstack', 'end-to-end features'],
    },
    {
      id: 'fs-node-express',
      label: 'Node.js and Express',
      terms: ['node.js', 'nodejs', 'express.js', 'expressjs', 'node express', 'nestjs', 'fastify', 'koa', 'middleware', 'libuv'],
    },
    {
      id: 'fs-mongodb',
      label: 'MongoDB and Mongoose',
      terms: ['mongodb', 'mongoose', 'mongo', 'mongodb atlas', 'aggregation pipeline', 'document database', 'nosql'],
    },
    {
      id: 'fs-sql-orm',
      label: 'SQL databases and ORMs',
      terms: ['postgresql', 'postgres', 'mysql', 'sql', 'prisma', 'sequelize', 'typeorm', 'drizzle orm', 'knex', 'pagination'],
    },
    {
      id: 'fs-nextjs',
      label: 'Next.js',
      terms: [
        'next.js',
        'nextjs',
        'app router',
        'server components',
        'react server components',
        'server actions',
        'api routes',
        'vercel',
        'remix',
      ],
    },
    {
      id: 'fs-auth',
      label: 'authentication across client and server',
      terms: [
        'authentication',
        'authorization',
        'authorisation',
        'jwt',
        'oauth',
        'oauth2',
        'refresh tokens',
        'httponly',
        'samesite',
        'passport.js',
        'nextauth',
        'auth.js',
        'rbac',
        'role-based access control',
        'session management',
        'firebase auth',
      ],
    },
    {
      id: 'fs-api-contracts',
      label: 'API design and contracts',
      terms: ['rest api', 'restful', 'api design', 'openapi', 'swagger', 'trpc', 'zod', 'api contracts', 'monorepo', 'turborepo'],
    },
    {
      id: 'fs-graphql',
      label: 'GraphQL',
      terms: ['graphql', 'apollo', 'apollo client', 'apollo server', 'urql', 'hasura', 'dataloader'],
    },
    {
      id: 'fs-realtime',
      label: 'real-time features',
      terms: [
        'websockets',
        'socket.io',
        'server-sent events',
        'sse',
        'long polling',
        'real-time updates',
        'realtime',
        'real-time features',
        'webrtc',
        'live updates',
        'live chat',
        'chat application',
      ],
    },
    {
      id: 'fs-file-uploads',
      label: 'file uploads and object storage',
      terms: [
        'file upload',
        'aws s3',
        's3',
        'presigned url',
        'pre-signed url',
        'signed urls',
        'cloudinary',
        'multer',
        'blob storage',
        'google cloud storage',
      ],
    },
    {
      id: 'fs-caching',
      label: 'caching across the stack',
      terms: ['redis', 'cdn', 'cloudfront', 'cloudflare', 'cache-control', 'etag', 'caching', 'memcached', 'http caching'],
    },
    {
      id: 'fs-deployment',
      label: 'deploying full-stack apps',
      terms: [
        'docker',
        'ci/cd',
        'github actions',
        'jenkins',
        'kubernetes',
        'aws',
        'ec2',
        'netlify',
        'pm2',
        'nginx',
        'heroku',
        'containerization',
      ],
    },
    {
      id: 'fs-debugging',
      label: 'debugging across the stack',
      terms: [
        'debugging',
        'chrome devtools',
        'sentry',
        'logging',
        'root cause analysis',
        'distributed tracing',
        'opentelemetry',
        'log analysis',
      ],
    },
  ],
  questions: [
    // ------------------------------------------------------------ technical
    {
      id: 'fs-end-to-end-feature',
      category: 'technical',
      role: 'fullstack',
      text: 'Walk me through building a feature end to end, say comments with likes on posts, from the database schema to the API to the UI.',
      guidance:
        'Begin with requirements and scale: who can comment, editing and deleting, nesting, sort order and expected volume. Model comments keyed by post and creation time with an index on both, and likes as separate records with a unique index on user and comment so nobody can like twice, plus a cached like count if reads are heavy. Define the API with validation, authorisation (only the author may edit), cursor pagination and clear errors, then the UI with loading, empty and error states and optimistic updates that roll back on failure. Close with tests, rate limiting and a release behind a feature flag. A common slip is jumping straight to React components and forgetting authorisation, abuse and sanitising user-generated text.',
      topics: ['fs-stack', 'fs-api-contracts', 'fs-sql-orm', 'fs-mongodb'],
      keywords: ['feature design', 'crud', 'data modelling', 'data modeling', 'optimistic updates', 'unique index'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'fs-token-storage',
      category: 'technical',
      role: 'fullstack',
      text: 'Where should a web app keep its auth tokens, localStorage or cookies? How do HttpOnly, SameSite and refresh tokens fit in?',
      guidance:
        'Any script on the page can read localStorage, so one XSS bug leaks the token, whereas an HttpOnly cookie is invisible to JavaScript and Secure keeps it on HTTPS. SameSite=Lax, which Chrome applies to cookies set without the attribute, withholds the cookie on cross-site subrequests and POSTs but sends it on top-level GET navigations, Strict withholds more, and None requires Secure; SameSite judges sites, so app.example.com and api.example.com count as same-site. Cookies travel automatically, so keep CSRF defences for state-changing requests. A common design pairs a short-lived access token with a refresh token in an HttpOnly cookie, rotated on every use so reuse of an old one revokes the session. A common slip is issuing a long-lived JWT with no way to revoke it, so a stolen token works until it expires.',
      topics: ['fs-auth'],
      keywords: ['localstorage', 'httponly', 'samesite', 'refresh token rotation', 'access token', 'jwt', 'csrf'],
    },
    {
      id: 'fs-api-contract-sync',
      category: 'technical',
      role: 'fullstack',
      text: 'How do you keep the frontend and backend agreeing on API shapes? Compare OpenAPI, tRPC and shared TypeScript types.',
      guidance:
        'With OpenAPI the contract is a spec, written first or generated from the server code, from which you generate typed clients and documentation; it works across languages and for public or mobile consumers. tRPC infers types end to end from TypeScript server procedures with no code generation, which is very productive in a TypeScript monorepo but ties every client to a TypeScript server. A shared types package is the simplest option, yet nothing checks that the server really returns that shape. Because types disappear at runtime, validate at the boundary with a schema library such as zod and infer the types from the same schema. A common slip is forgetting serialisation: a Date in a shared type arrives over JSON as a string.',
      topics: ['fs-api-contracts'],
      keywords: ['openapi', 'trpc', 'shared types', 'code generation', 'zod', 'typescript', 'contract testing'],
    },
    {
      id: 'fs-pagination-end-to-end',
      category: 'technical',
      role: 'fullstack',
      text: 'How would you implement pagination end to end? Compare offset and cursor pagination.',
      guidance:
        'Offset pagination (LIMIT and OFFSET, or skip in MongoDB) is simple and lets users jump to page 7, but the database still walks past every skipped row, so deep pages get slow, and inserts or deletes between requests cause duplicates or gaps. Cursor, or keyset, pagination asks for rows after the last one seen, for example by created_at and id, in a fixed order; it stays fast with a matching index and is stable under inserts, but cannot jump to an arbitrary page. Return the items with an opaque next cursor and a has-more flag, and on the client drive infinite scroll with an IntersectionObserver and a helper such as TanStack Query useInfiniteQuery. A common slip is a cursor on a non-unique column such as created_at alone, which skips rows that share a timestamp.',
      topics: ['fs-api-contracts', 'fs-sql-orm', 'fs-mongodb'],
      keywords: ['cursor pagination', 'offset pagination', 'keyset pagination', 'infinite scroll', 'useinfinitequery'],
    },
    {
      id: 'fs-file-upload',
      category: 'technical',
      role: 'fullstack',
      text: 'How would you build file uploads end to end, for example profile photos or documents stored in S3?',
      guidance:
        'Describe the signed URL flow: the client asks your API for an upload URL, the server checks the user and the declared type and size, picks the object key and returns a short-lived pre-signed URL, and the browser uploads straight to storage without the file passing through your Node server. Afterwards the client confirms with the API, or a storage event triggers processing such as thumbnails or virus scanning, and the database keeps only the key and metadata. Keep the bucket private and serve files through signed download URLs or a CDN. For very large files use multipart uploads so parts can be retried, and show progress with XMLHttpRequest upload events. A common slip is trusting the file extension or the content type the browser declares; enforce type and size limits when you sign the upload (a presigned POST policy can cap the size) and check the actual bytes when you process the file.',
      topics: ['fs-file-uploads', 'fs-api-contracts'],
      keywords: ['file upload', 'presigned url', 'aws s3', 'multipart upload', 'multer', 'upload progress'],
    },
    {
      id: 'fs-realtime-choices',
      category: 'technical',
      role: 'fullstack',
      text: 'You need live updates in a web app. How do you choose between polling, Server-Sent Events and WebSockets?',
      guidance:
        'Polling is the simplest and works everywhere, but wastes requests and its latency equals the interval; long polling cuts the latency at the cost of held connections. Server-Sent Events stream text from server to client over ordinary HTTP, with reconnection and last-event ids built into EventSource, which suits notifications, feeds and progress updates. WebSockets give a two-way, low-latency channel for chat, collaboration or games, but you own reconnection, heartbeats, authentication at the handshake and long-lived connections through the load balancer. Socket.IO adds rooms, acknowledgements and reconnection with its own protocol on top, and running several servers needs a pub/sub adapter such as Redis so a message reaches clients connected elsewhere. A common slip is ignoring reconnects: clients must catch up on the messages they missed.',
      topics: ['fs-realtime', 'fs-node-express'],
      keywords: ['websockets', 'socket.io', 'server-sent events', 'eventsource', 'long polling', 'redis adapter'],
    },
    {
      id: 'fs-express-middleware-errors',
      category: 'technical',
      role: 'fullstack',
      text: 'How does middleware work in Express, and how do you handle errors properly, including in async route handlers?',
      guidance:
        'Middleware functions receive req, res and next and run in registration order, each ending the response or calling next, so body parsing, logging and authentication are mounted before the routes that need them. Error-handling middleware is recognised by its four parameters (err, req, res, next) and goes after the routes, and calling next(err) skips straight to it. In Express 4 a rejected promise in an async handler is not caught, so use try/catch or a wrapper that passes errors to next, whereas Express 5 forwards rejected promises automatically. A central handler maps known errors to status codes, logs with a request id and hides stack traces in production, beside a 404 handler. A common slip is sending a second response after one has gone, which throws the headers-already-sent error.',
      topics: ['fs-node-express'],
      keywords: ['express middleware', 'error handling', 'error middleware', 'async handlers', 'express 5', 'next function'],
    },
    {
      id: 'fs-node-concurrency',
      category: 'technical',
      role: 'fullstack',
      text: 'Node.js runs JavaScript on one thread. How does it serve thousands of concurrent requests, and what can block it?',
      guidance:
        "Explain that Node never waits on I/O: network operations use the operating system's non-blocking mechanisms, and some work, such as file system calls, DNS lookups and parts of crypto and zlib, runs on the libuv thread pool, with callbacks queued back to the single JavaScript thread. That makes it efficient for I/O-heavy APIs, but any long synchronous work, such as parsing a huge JSON body, synchronous hashing, a catastrophic regex or readFileSync in a handler, stalls every request at once. The fixes are moving CPU-heavy work to worker threads or a job queue, and running several processes with cluster, PM2 or containers to use all the cores. A common slip is believing async functions run in parallel; CPU-bound code inside an async function still blocks the thread.",
      topics: ['fs-node-express', 'fs-stack'],
      keywords: ['node.js event loop', 'libuv', 'worker threads', 'non-blocking i/o', 'cluster module', 'single-threaded'],
    },
    {
      id: 'fs-mongodb-schema',
      category: 'technical',
      role: 'fullstack',
      text: 'How do you design a MongoDB schema? When do you embed documents and when do you reference them?',
      guidance:
        "Design around the queries rather than the entities: embed data that is read together, owned by the parent and bounded in size, such as a user's addresses or an order's line items, so one read returns everything. Reference when a list can grow without limit, like comments on a popular post, when data is shared by many documents or updated on its own, and remember the 16 MB document limit. Hybrids are common, for example embedding the latest few comments and referencing the rest. With Mongoose, mention schema validation, indexes declared in the schema, lean() for faster reads, and that populate runs extra queries rather than a database join, while $lookup joins inside an aggregation. A common slip is modelling MongoDB like relational tables, with references everywhere and chains of populate calls.",
      topics: ['fs-mongodb', 'fs-stack'],
      keywords: ['embedding vs referencing', 'mongoose', 'populate', 'schema design', 'mongodb aggregation', 'denormalization'],
    },
    {
      id: 'fs-caching-layers',
      category: 'technical',
      role: 'fullstack',
      text: 'Where can you cache in a full-stack web app, and how do you stop each layer serving stale or private data?',
      guidance:
        'Walk the layers from the user inwards: the client data cache (TanStack Query or SWR with a stale time), the browser HTTP cache driven by Cache-Control and ETag revalidation, a CDN for static assets and public responses, and a server-side cache such as Redis in front of expensive queries. Give content-hashed static files a long max-age with immutable, and serve HTML with no-cache so it is revalidated and always points to the current bundles. Mark personalised responses private or no-store so a shared cache never hands them to someone else, and use s-maxage to set a separate lifetime for CDNs. Server caches need a TTL and invalidation on writes. A common slip is caching index.html for a long time, so users keep loading old bundles after a deploy.',
      topics: ['fs-caching'],
      keywords: ['cache-control', 'etag', 'cdn', 'redis', 'cache invalidation', 'stale-while-revalidate', 'browser cache'],
    },
    {
      id: 'fs-deploy-full-stack-app',
      category: 'technical',
      role: 'fullstack',
      text: 'How would you deploy a full-stack app, say a React or Next.js frontend with a Node API and a database?',
      guidance:
        'Separate configuration from code: server secrets come from environment variables or a secret manager at runtime, while frontend variables such as the NEXT_PUBLIC_ or VITE_ ones are baked into the bundle at build time and readable by anyone, so they must never hold secrets. Build one Docker image per service with a multi-stage build, npm ci and a non-root user, and promote the same image from staging to production. The CI/CD pipeline runs lint, type checks, tests and the build on every pull request, then deploys with health checks, applies backward-compatible database migrations and keeps a quick rollback. A static frontend can sit on a CDN, while SSR needs a Node runtime or a platform such as Vercel. A common slip is committing an .env file or shipping an API key inside the client bundle.',
      topics: ['fs-deployment', 'fs-nextjs'],
      keywords: ['environment variables', 'docker', 'ci/cd', 'multi-stage build', 'secrets management', 'health checks'],
    },
    {
      id: 'fs-nextjs-server-client',
      category: 'technical',
      role: 'fullstack',
      text: 'In the Next.js App Router, what is the difference between Server and Client Components, and where do route handlers and Server Actions fit?',
      guidance:
        'In the App Router, components are Server Components by default: they render on the server, can read the database or secrets directly and send no JavaScript of their own, but cannot use state, effects or browser APIs. The use client directive marks a boundary: that module and everything it imports become Client Components, which are still pre-rendered on the server and then hydrated. Props crossing the boundary must be serialisable, though Server Components can be passed in as children. Route handlers (API routes in the Pages Router) serve endpoints for webhooks and other clients, and Server Actions handle form mutations; both are public, so validate input and check authorisation inside them. A common slip is putting use client at the top of a layout and quietly turning the whole tree into client code.',
      topics: ['fs-nextjs'],
      keywords: ['server components', 'client components', 'use client', 'server actions', 'route handlers', 'app router'],
    },
    {
      id: 'fs-graphql-tradeoffs',
      category: 'technical',
      role: 'fullstack',
      text: 'When would you choose GraphQL for a full-stack app, and what problems does it bring on the client and the server?',
      guidance:
        'GraphQL fits when several clients need different slices of nested data, or one API gathers many backend services: clients ask for exactly the fields they need in one request, against a typed schema that also drives code generation. On the server, naive resolvers cause N+1 queries, so batch them with DataLoader, and add depth or complexity limits so one query cannot overload the database. On the client, HTTP caching is harder because queries usually go as POST to a single endpoint, so Apollo Client or urql keep a normalised cache, and persisted queries can bring back GET caching. Errors often arrive with status 200 and an errors array, so handle partial data. A common slip is mirroring the database schema instead of designing the graph around client needs.',
      topics: ['fs-graphql', 'fs-api-contracts'],
      keywords: ['graphql', 'dataloader', 'n+1', 'resolvers', 'apollo client', 'persisted queries'],
    },
    {
      id: 'fs-authorisation-client-server',
      category: 'technical',
      role: 'fullstack',
      text: 'How do you make sure users can only see and change what they are allowed to, across both the frontend and the API?',
      guidance:
        'State the principle: hiding a button or guarding a route on the client is only user experience, and every API request must be authenticated and authorised on the server. Check ownership per resource, not just login, so a request for order 123 verifies that the order belongs to the caller; skipping this is the classic insecure direct object reference. Keep the rules in one place, such as middleware or policy functions built on roles, and filter sensitive fields on the server rather than hiding them in the UI, since the network tab shows the full response. In Next.js, middleware can redirect, but the real checks belong in route handlers, Server Actions and data access. A common slip is trusting a user id or role sent in the request body, or a JWT decoded on the client.',
      topics: ['fs-auth', 'fs-nextjs'],
      keywords: ['authorization', 'idor', 'protected routes', 'rbac', 'access control', 'route guards'],
    },
    // ------------------------------------------------------------ situational
    {
      id: 'fs-debug-across-stack',
      category: 'situational',
      role: 'fullstack',
      text: 'A user reports that they clicked Save and their changes disappeared. The bug could be in the UI, the API or the database. How do you track it down?',
      guidance:
        'Reproduce it first, ideally with the same account and browser, then split the problem at layer boundaries instead of guessing. In the network tab, check whether the request was sent with the right payload and what status and body came back; a wrong payload points to the frontend, for example stale form state. If the API failed, follow the request id through the server logs or traces. If it reported success, inspect the write itself: validation that drops fields, an update to the wrong record, a rolled-back transaction, or a read served by a lagging replica or stale cache; then fix it with a failing test at the right layer. A common slip is changing several layers at once, which hides which change fixed it.',
      topics: ['fs-debugging', 'fs-stack'],
      keywords: ['network tab', 'request id', 'correlation id', 'server logs', 'stale cache', 'bug triage'],
    },
    {
      id: 'fs-breaking-api-change',
      category: 'situational',
      role: 'fullstack',
      text: 'You need to rename a field in an API used by both your web app and an Android app. How do you ship it without breaking anyone?',
      guidance:
        'Use expand and contract: first add the new field alongside the old one and have the server accept both, deploying the backend before any client. Move the web app over next, which is quick because one deploy updates nearly everyone, apart from users with an old tab still open. Mobile users stay on old versions for months, so keep the old field until logs broken down by app version show it is no longer used, and consider a forced-update policy for very old versions. Apply the same phases to the database column, with a backfill before the old one is dropped. For larger changes, version the endpoint instead. A common slip is renaming in one release and assuming every client updates at the same moment.',
      topics: ['fs-api-contracts', 'fs-deployment'],
      keywords: ['backward compatibility', 'api versioning', 'expand and contract', 'breaking changes', 'mobile clients'],
    },
    // ------------------------------------------------------------ behavioural
    {
      id: 'fs-behav-feature-ownership',
      category: 'behavioural',
      role: 'fullstack',
      text: 'Tell me about a feature you built end to end. What decisions did you make at each layer?',
      guidance:
        'Pick one feature you owned from schema to UI and structure it with STAR. Cover the data model and why, the API shape and validation, the frontend state and edge cases, how it was tested and deployed, and how it behaved in production. Interviewers probe whether you really worked across the stack, so expect follow-ups at any layer, such as an index you added or how the UI handled a failed request. End with a result, such as usage, time saved or another metric, and one thing you would now do differently. A common slip is describing only the layer you are strongest in and glossing over the rest.',
      topics: ['fs-stack'],
      keywords: ['end-to-end ownership', 'feature ownership', 'project walkthrough', 'star method'],
    },
    {
      id: 'fs-behav-weaker-side',
      category: 'behavioural',
      role: 'fullstack',
      text: 'Tell me about a time you had to work deep in the part of the stack you knew less well.',
      guidance:
        'Be honest about which side is your weaker one; interviewers know few people are equally strong everywhere. Describe the task, how you got up to speed (documentation, reading the existing code, pairing with a specialist, a short spike), the mistakes you made or avoided, and how you checked your work, for example by asking a specialist for a focused review. Show the result and what you now do routinely because of it, such as reading query plans or checking keyboard accessibility. This tells the interviewer how you learn under delivery pressure. A common slip is claiming you have no weaker side, which sounds less credible than a clear story of learning.',
      topics: ['fs-stack'],
      keywords: ['learning curve', 'upskilling', 'pair programming', 'ramp up'],
    },
    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'fs-ask-work-split',
      category: 'ask-interviewer',
      role: 'fullstack',
      text: 'How is work split between frontend, backend and full-stack engineers here? Do full-stack engineers own features end to end?',
      guidance:
        'The answer reveals what full stack means at this company: owning features across every layer, or filling whichever gap is urgent this sprint. It also tells you whether there are specialists to learn from and review with, and how the work divides between frontend and backend, which matters for your growth. Follow up on who makes database and API design decisions. Asking shows that you think about ownership and team structure, not just the tech stack. A common slip is taking the job title at face value and discovering later that the role is almost entirely one side.',
      topics: ['fs-stack'],
      keywords: ['team structure', 'feature teams', 'full stack developer', 'engineering org'],
    },
    {
      id: 'fs-ask-after-release',
      category: 'ask-interviewer',
      role: 'fullstack',
      text: 'After a feature ships, what does a full-stack engineer here own: deployments, database migrations, monitoring, on-call?',
      guidance:
        'This shows how mature the delivery process is and how much operations work the role includes: whether you deploy yourself through CI/CD, who reviews migrations, whether there is error tracking and dashboards, and how on-call is shared. A good answer names clear owners and tools, while a vague one can mean firefighting falls on whoever happens to be around. Asking also tells the interviewer that you care about what happens in production after the merge. A common slip is asking only which tools they use, which says little about what your week will actually involve.',
      topics: ['fs-deployment', 'fs-debugging'],
      keywords: ['on-call', 'database migrations', 'monitoring', 'deployments', 'devops'],
    },
  ],
  rounds: [
    {
      id: 'fs-round-online-assessment',
      name: 'Online assessment',
      description:
        'DSA problems on a platform such as HackerRank or HackerEarth, sometimes with JavaScript, SQL or MongoDB questions alongside.',
    },
    {
      id: 'fs-round-build',
      name: 'Take-home or live build',
      description:
        'A small full-stack app, often a MERN, Next.js or Spring Boot and React CRUD app with authentication, built at home over a few days or live in two to three hours, then discussed in detail.',
    },
    {
      id: 'fs-round-technical',
      name: 'Technical rounds across the stack',
      description:
        'One or two rounds mixing JavaScript and React or Angular questions with Node.js and Express or Java and Spring Boot, API design, databases and authentication; interviewers follow your project to whichever layer looks weakest.',
    },
    {
      id: 'fs-round-design',
      name: 'Feature or system design',
      description:
        'Design a feature end to end, from schema and API to UI states and deployment; for senior roles it grows into scaling, caching and real-time concerns.',
    },
    {
      id: 'fs-round-managerial-hr',
      name: 'Hiring manager and HR',
      description: 'Ownership stories, how you work with product and design, expectations, notice period and compensation.',
    },
  ],
  tips: [
    {
      id: 'fs-tip-trace-request',
      title: 'Trace one request through every layer',
      body: 'Practise describing what happens from a button click to the database and back: browser, network, CDN, server middleware, the database query and the UI update. Most full-stack follow-up questions are a version of this.',
    },
    {
      id: 'fs-tip-defend-choices',
      title: 'Defend every choice in your main project',
      body: 'Know why you picked MongoDB or PostgreSQL, JWTs or sessions, your framework and your hosting, and what you would change at ten times the users. Interviewers push on choices far more than on features.',
    },
    {
      id: 'fs-tip-take-home',
      title: 'Polish the take-home like a product',
      body: 'Include a README with setup steps, an example env file, seed data, a few tests and a deployed link. Validate input on the server and handle errors in the UI, because reviewers check those first.',
    },
    {
      id: 'fs-tip-stronger-side',
      title: 'Know your stronger side',
      body: 'Few candidates are equally deep everywhere. Say which side you are stronger in, and make sure the other side still covers the basics: auth, pagination, indexes, state and error handling.',
    },
  ],
};

export default fullstack;
