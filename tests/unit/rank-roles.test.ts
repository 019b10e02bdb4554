/**
 * Ranking per role, on postings as they read on Naukri, LinkedIn and
 * Greenhouse: the detector picks the role, the role's dataset is ranked, and
 * the questions a candidate would want first are in the top five, for the
 * reasons the posting really gives, in the meaning the word has for that role.
 *
 * Each expected id is a question the posting plainly asks for, checked by hand
 * against the role module, not copied from a ranking run; a failure here is a
 * ranking or data problem, not a stale expectation to copy over. `means` and
 * `unmatched` pin words that have another meaning elsewhere ("event loop" is
 * the browser's in a frontend posting and Node's in a backend one; "clients"
 * in "mobile clients" is not client-facing work).
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import type { Category, Question, Role } from '@/data/schema';
import { rankQuestions, type RankedQuestion } from '@/utils/ranking/rank-questions';
import { detectRole } from '@/utils/roles/detect-role';

interface Expected {
  id: string;
  /** Words of the posting (as it writes them) the question's reason must name. */
  mentions: string[];
}

interface Case {
  name: string;
  title: string;
  description: string;
  role: Role;
  /** Questions that must be among the first five. */
  top: Expected[];
  /** Questions a word of the posting could reach in another meaning: never in the first five. */
  notTop?: string[];
  /** A word of the posting (as written) and the question it must reach first: its meaning in this role. */
  means?: Record<string, string>;
  /** A word of the posting that must not reach a question at all: it means something else there. */
  unmatched?: { id: string; term: string }[];
}

const TOP = 5;
const NON_TECHNICAL: readonly Category[] = ['situational', 'behavioural', 'hr', 'salary', 'ask-interviewer'];
const PICKED: readonly Category[] = ['behavioural', 'hr', 'salary', 'ask-interviewer'];

// ── backend ──────────────────────────────────────────────────────────────────
const backend: Case[] = [
  {
    name: 'Java payments backend',
    title: 'Senior Backend Engineer (Java, Spring Boot) - Payments',
    description: `About the team: Our Payments Platform team in Bengaluru processes over 20 million UPI and card transactions a day for merchants across India. We are looking for a Senior Backend Engineer who enjoys building reliable, high-throughput systems.

What you will do:
- Design, build and own microservices in Java 17 and Spring Boot that move money between customers, merchants and partner banks.
- Make payment APIs idempotent so that retries from mobile clients never cause a double charge, and build daily reconciliation jobs against bank settlement files.
- Integrate with bank and NPCI partner APIs, using circuit breakers, timeouts and retries with exponential backoff (Resilience4j) so that one slow partner does not take the platform down.
- Publish and consume payment events on Kafka; design consumers that handle at-least-once delivery safely.
- Model data in PostgreSQL, tune slow queries and use Redis for caching merchant configuration.
- Take part in the on-call rotation, lead incident reviews and write clear design documents.

What we are looking for:
- 5-8 years of backend development experience, with strong Core Java, multithreading and the Java memory model.
- Hands-on experience with Spring Boot, Spring Data JPA and Hibernate.
- Experience with Kafka or another message broker, and with relational databases at scale.
- Good understanding of system design, distributed transactions and the saga pattern.
- Experience in fintech or payments is a strong plus.
- B.E./B.Tech in Computer Science or equivalent.

Location: Bengaluru (hybrid, 3 days a week from office). Notice period: up to 60 days.`,
    role: 'backend',
    top: [
      { id: 'tech-idempotency', mentions: ['idempotent'] },
      { id: 'be-sit-duplicate-messages', mentions: ['idempotent'] },
      { id: 'be-spring-transactional', mentions: ['Spring Boot'] },
    ],
    // "retries from mobile clients" is software talking to software, not client-facing work.
    unmatched: [{ id: 'gen-shifts', term: 'clients' }],
  },
  {
    name: 'Node.js backend',
    title: 'Software Engineer - Backend (Node.js)',
    description: `We are a Series B SaaS company in Pune building a customer engagement platform used by 3,000+ D2C brands. You will join the core platform squad that owns our public APIs and the messaging pipeline.

Responsibilities
- Build and maintain REST APIs in Node.js (Express.js and NestJS) with TypeScript.
- Work on the notification pipeline: background jobs on BullMQ and Redis that send millions of WhatsApp, SMS and email messages every day.
- Keep the event loop healthy: find and fix code that blocks it, move CPU-heavy work to worker threads, and profile memory leaks.
- Design rate limiting for our public APIs so that one noisy customer cannot hurt others.
- Write efficient MongoDB queries and aggregation, and design indexes for large collections.
- Write unit and integration tests and review pull requests.

Requirements
- 2-5 years of experience building backend services in Node.js.
- Solid understanding of asynchronous programming in JavaScript: promises, async/await and the Node.js event loop.
- Experience with MongoDB or PostgreSQL, and with Redis.
- Familiarity with Docker and AWS (ECS, SQS) is good to have.
- Good communication skills and an ownership mindset.

Perks: ESOPs, health insurance for family, flexible hours. Immediate joiners or candidates with 30 days notice preferred.`,
    role: 'backend',
    top: [
      { id: 'be-node-event-loop', mentions: ['event loop'] },
      { id: 'be-node-blocking-workers-cluster', mentions: ['worker threads'] },
      { id: 'tech-message-queues', mentions: ['BullMQ'] },
    ],
    means: { 'event loop': 'be-node-event-loop' },
    unmatched: [
      // Node's event loop and async/await are not Java's concurrency, nor Python's GIL.
      { id: 'be-java-executors-completablefuture', term: 'event loop' },
      { id: 'be-java-locks-atomics', term: 'Node.js' },
      { id: 'be-python-gil-async', term: 'async/await' },
      // An "ownership mindset" is not an architecture; reviewing pull requests is not a branching strategy.
      { id: 'ask-architecture', term: 'ownership' },
      { id: 'ops-git-branching', term: 'pull requests' },
    ],
  },
  {
    name: 'Python Django/FastAPI backend',
    title: 'Python Developer (Django / FastAPI)',
    description: `Role: Python Developer
Experience: 3-6 years
Location: Hyderabad (work from office)

Job description:
We are hiring a Python Developer to build the backend of our logistics platform, which tracks lakhs of shipments daily for e-commerce sellers.

Key responsibilities:
- Develop web services with Django, Django REST Framework and FastAPI.
- Design PostgreSQL schemas, write migrations with Alembic and Django migrations, and ship schema changes without downtime.
- Find and optimise slow queries using EXPLAIN ANALYZE, indexing and query tuning.
- Build asynchronous processing with Celery and RabbitMQ for label generation and tracking updates.
- Use asyncio in FastAPI services that call courier partner APIs.
- Secure APIs with JWT authentication and role-based access control.

Required skills:
- Strong Python, with a clear understanding of the GIL, multiprocessing and asyncio.
- Hands-on with Django ORM, SQLAlchemy and PostgreSQL.
- Experience with Celery, RabbitMQ or Kafka.
- Knowledge of Docker, Git and Linux.
- Good problem solving and data structures skills.`,
    role: 'backend',
    top: [
      { id: 'be-python-gil-async', mentions: ['Python'] },
      { id: 'tech-slow-query', mentions: ['slow queries'] },
      { id: 'sit-risky-migration', mentions: ['Alembic'] },
    ],
  },
  {
    name: 'Go distributed systems, generic SDE title',
    title: 'SDE 2',
    description: `About the role
We are looking for an SDE 2 to join the Orders team at a quick-commerce company delivering groceries in 10 minutes across 20 Indian cities. The team owns order placement, inventory reservation and the order state machine.

What you'll do
- Design and build high-throughput services in Golang that communicate over gRPC and Kafka.
- Own the availability of services that handle 15,000 requests per second at dinner-time peaks.
- Work on sharding and replication of our order store and reason about consistency trade-offs across regions.
- Use goroutines and channels safely; find race conditions and deadlocks before they reach production.
- Participate in design reviews and low level design discussions, and mentor SDE 1s.

What you'll need
- 3+ years of experience building backend systems in Go, Java or C++.
- Strong computer science fundamentals: data structures, algorithms, operating systems.
- Hands-on experience with distributed systems, PostgreSQL or Cassandra, and Redis.
- Understanding of the CAP theorem, eventual consistency and leader election.
- Experience with observability using Prometheus and Grafana.

Interview process: online coding assessment, DSA round, low level design, system design, hiring manager round.`,
    role: 'backend',
    top: [
      { id: 'tech-cap-theorem', mentions: ['CAP theorem'] },
      { id: 'tech-million-requests', mentions: ['requests per second'] },
      { id: 'tech-process-vs-thread', mentions: ['race conditions'] },
    ],
  },
];

// ── frontend ─────────────────────────────────────────────────────────────────
const frontend: Case[] = [
  {
    name: 'React fintech frontend',
    title: 'Frontend Developer (React.js)',
    description: `Company: a fast-growing fintech in Gurugram serving 5 crore users on web and mobile.

We are looking for a Frontend Developer who loves JavaScript and cares about fast, accessible interfaces.

Responsibilities:
- Build customer-facing features for our investing web app in React 18 with TypeScript.
- Manage application state with Redux Toolkit and RTK Query, and write custom hooks for shared logic.
- Keep the app fast: measure Core Web Vitals (LCP, INP, CLS) with Lighthouse and fix regressions.
- Work closely with designers to turn Figma designs into reusable components.
- Write unit tests with Jest and React Testing Library.

Requirements:
- 2-4 years of experience in frontend development.
- Strong JavaScript fundamentals: closures, prototypal inheritance, the event loop, promises and async/await.
- Solid experience with React hooks (useState, useEffect, useMemo) and Redux.
- Good knowledge of HTML5, CSS3 and responsive design.
- Familiarity with webpack or Vite.
- Bonus: experience with Next.js or micro-frontends.

Interview process: JavaScript fundamentals round, machine coding round (90 minutes), React deep-dive, hiring manager round.`,
    role: 'frontend',
    top: [
      { id: 'fe-event-loop', mentions: ['event loop'] },
      { id: 'fe-core-web-vitals', mentions: ['LCP'] },
      { id: 'fe-choose-state-management', mentions: ['Redux Toolkit'] },
    ],
    means: { 'event loop': 'fe-event-loop' },
    unmatched: [{ id: 'fe-promise-combinators', term: 'event loop' }],
  },
  {
    name: 'Angular UI developer',
    title: 'UI Developer - Angular',
    description: `Job Title: UI Developer (Angular)
Experience: 4-7 years
Location: Chennai / Bengaluru (hybrid)

We are looking for a UI Developer to build enterprise dashboards for a global banking client.

Roles and responsibilities:
- Develop single-page applications in Angular 16 with TypeScript and RxJS.
- Build pixel-perfect, responsive layouts from Figma designs using HTML5, CSS3, SCSS, Flexbox and CSS Grid.
- Ensure cross-browser compatibility across Chrome, Edge, Safari and Firefox.
- Make screens accessible to WCAG 2.1 AA: semantic HTML, ARIA attributes and keyboard navigation.
- Integrate REST APIs and handle errors and loading states gracefully.
- Work with the QA team to fix defects and write unit tests in Jasmine and Karma.

Desired candidate profile:
- Strong knowledge of JavaScript (ES6+), TypeScript, HTML and CSS.
- Experience with Angular components, services, routing and forms.
- Understanding of media queries, mobile-first design and browser rendering (reflow and repaint).
- Experience with Git and Agile ways of working.
- Good communication skills; ready to interact with onsite clients.`,
    role: 'frontend',
    top: [
      { id: 'fe-flexbox-vs-grid', mentions: ['Flexbox'] },
      { id: 'fe-responsive-design', mentions: ['media queries'] },
      { id: 'fe-critical-rendering-path', mentions: ['reflow'] },
    ],
  },
  {
    name: 'Next.js performance frontend',
    title: 'Senior Frontend Engineer - Next.js',
    description: `About us: We run one of India's largest online travel marketplaces, with 40 million monthly visitors, and most of them arrive through search.

The role: As a Senior Frontend Engineer you will lead the rebuild of our hotel and flight search pages on Next.js.

You will:
- Choose between server-side rendering, static site generation and incremental static regeneration page by page, and fix hydration errors.
- Own web performance: page load time, Core Web Vitals and Lighthouse scores on low-end Android phones over 4G.
- Cut bundle size with code splitting, lazy loading and tree shaking; keep webpack and Turbopack builds fast.
- Improve SEO with structured data and server-rendered content.
- Grow our design system and component library in Storybook with the design team.
- Mentor three frontend engineers and review their code.

You have:
- 6+ years of frontend experience, including 2+ years with React and Next.js.
- Deep understanding of the browser: the critical rendering path, caching, service workers.
- Experience with TypeScript, Tailwind CSS and testing with Playwright.
- A track record of measurable performance wins.

Work mode: remote-first, with a quarterly offsite in Goa.`,
    role: 'frontend',
    top: [
      { id: 'fe-rendering-strategies', mentions: ['hydration'] },
      { id: 'fe-code-splitting', mentions: ['code splitting'] },
      { id: 'fe-critical-rendering-path', mentions: ['critical rendering path'] },
    ],
  },
];

// ── full stack ───────────────────────────────────────────────────────────────
const fullstack: Case[] = [
  {
    name: 'MERN EdTech',
    title: 'Full Stack Developer (MERN)',
    description: `Location: Noida | Experience: 2-5 years | Work from office, 5 days

We are an EdTech startup building live classes and a doubt-solving community for JEE and NEET aspirants. We are looking for a MERN stack developer who can own features end to end.

Responsibilities
- Build features across the stack: MongoDB, Express.js, React and Node.js.
- Design MongoDB schemas with Mongoose and write aggregation pipelines for leaderboards and reports.
- Build real-time features such as live chat and class polls with Socket.io.
- Implement login with JWT access and refresh tokens and role-based access for students, teachers and admins.
- Let teachers upload notes and videos to AWS S3 using presigned URLs.
- Deploy to AWS EC2 with Docker, Nginx and PM2, and set up CI/CD with GitHub Actions.

Requirements
- Strong JavaScript and TypeScript.
- Hands-on experience with React hooks and Redux.
- Good understanding of REST API design, pagination and error handling in Express middleware.
- Experience with MongoDB indexing and schema design.
- Bonus: Next.js, Redis, or experience with video streaming.

Perks: ESOPs, learning budget, and a young, fast-paced team.`,
    role: 'fullstack',
    top: [
      { id: 'fs-mongodb-schema', mentions: ['Mongoose'] },
      { id: 'fs-realtime-choices', mentions: ['Socket.io'] },
      { id: 'fs-file-upload', mentions: ['presigned URLs'] },
    ],
  },
  {
    name: 'Next.js + Postgres SaaS',
    title: 'Full Stack Engineer (Next.js, Node.js, PostgreSQL)',
    description: `We are a B2B SaaS startup in Bengaluru building spend management software for finance teams at mid-sized Indian companies.

What you'll work on
- Ship product features end to end with Next.js (App Router, React Server Components and Server Actions) on the frontend and Node.js services on the backend.
- Model data in PostgreSQL with Prisma, and build cursor pagination for transaction lists with millions of rows.
- Keep the frontend and backend in sync with tRPC and Zod schemas, and publish an OpenAPI spec for our public API.
- Build authorisation so that approvers, admins and auditors only see what they are allowed to.
- Add caching with Redis and HTTP cache headers where it helps.
- Deploy on Vercel and AWS, with preview deployments for every pull request.

What we look for
- 3+ years building web applications with TypeScript across frontend and backend.
- Strong React fundamentals and experience with Next.js.
- Experience with SQL databases, ORMs and API design.
- Comfort debugging across the stack, from the browser network tab to server logs.
- Product sense and the ability to work with designers and customers.

Compensation: 25-40 LPA plus ESOPs.`,
    role: 'fullstack',
    top: [
      { id: 'fs-nextjs-server-client', mentions: ['App Router'] },
      { id: 'fs-pagination-end-to-end', mentions: ['cursor pagination'] },
      { id: 'fs-debug-across-stack', mentions: ['network tab'] },
    ],
  },
  {
    name: 'Java + React full stack at a bank',
    title: 'Java Full Stack Developer (Spring Boot + React)',
    description: `Client: a leading private sector bank | Location: Mumbai (Powai) | Experience: 4-8 years

We are hiring Java Full Stack Developers to modernise the bank's loan origination system.

Responsibilities:
- Develop REST APIs in Java 11 and Spring Boot, and build the matching screens in React.
- Design relational schemas in Oracle and MySQL and write efficient SQL; know when a NoSQL store fits better.
- Secure the application with OAuth2, JWT and role-based access control, and protect the UI from XSS and CSRF.
- Cache reference data with Redis.
- Containerise services with Docker and deploy them through Jenkins CI/CD pipelines to OpenShift.
- Write unit tests with JUnit and Jest, and support UAT and production releases.

Required skills:
- Core Java, Spring Boot, Spring Security, Hibernate/JPA and microservices.
- React.js, JavaScript (ES6), HTML5 and CSS3.
- Experience with REST API design and integration.
- Understanding of Agile and Jira.
- Banking or financial services domain experience preferred.`,
    role: 'fullstack',
    // The title names Java and Spring Boot: the Spring questions a Java full-stack loop asks lead.
    top: [
      { id: 'be-spring-rest-api', mentions: ['REST APIs'] },
      { id: 'be-jpa-n-plus-one', mentions: ['Hibernate'] },
      { id: 'be-spring-transactional', mentions: ['Spring Boot'] },
    ],
  },
];

// ── mobile ───────────────────────────────────────────────────────────────────
const mobile: Case[] = [
  {
    name: 'Android Kotlin',
    title: 'Android Developer (Kotlin)',
    description: `Location: Bengaluru | Experience: 3-6 years

Join the team behind one of India's top food delivery apps, used by millions of people every day on phones of every price range.

What you will do:
- Build new features in Kotlin with Jetpack Compose and migrate older XML layouts.
- Follow MVVM and clean architecture with ViewModel, StateFlow and the repository pattern.
- Write concurrent code with Kotlin coroutines and Flow; understand structured concurrency and cancellation.
- Use Hilt for dependency injection and Room for offline caching of menus and orders.
- Schedule background sync with WorkManager.
- Track down ANRs, memory leaks (LeakCanary) and jank on low-end devices, and improve app startup time.
- Ship through the Play Store with staged rollouts and watch Firebase Crashlytics.

What we are looking for:
- Strong Kotlin and Android SDK fundamentals: activity and fragment lifecycle, intents and services.
- Experience with Jetpack libraries, Retrofit and OkHttp.
- Good understanding of data structures and algorithms.
- Experience publishing and maintaining apps on Google Play.
- Bonus: Kotlin Multiplatform or experience with modularisation.`,
    role: 'mobile',
    top: [
      { id: 'mob-kotlin-coroutines', mentions: ['coroutines'] },
      { id: 'mob-viewmodel-stateflow', mentions: ['ViewModel'] },
      { id: 'mob-hilt-dagger', mentions: ['Hilt'] },
    ],
  },
  {
    name: 'iOS SwiftUI',
    title: 'iOS Developer (Swift, SwiftUI)',
    description: `About the role
We are looking for an iOS Developer to build our wealth management app, which helps over 2 million Indians invest in mutual funds and stocks.

Responsibilities
- Build screens in SwiftUI and maintain existing UIKit code.
- Manage state with ObservableObject, @StateObject and the Combine framework.
- Move network and database work off the main thread with Grand Central Dispatch and Swift concurrency (async/await, actors).
- Find and fix retain cycles and memory issues with Xcode Instruments; understand ARC deeply.
- Persist portfolio data offline with Core Data.
- Store tokens in the Keychain and implement certificate pinning for our APIs.
- Release builds through TestFlight and App Store Connect.

Requirements
- 3+ years of iOS development with Swift.
- Strong understanding of optionals, value and reference types, protocols and generics.
- Experience with REST APIs, Codable and JSON parsing.
- Experience with unit testing using XCTest.
- Knowledge of Apple's Human Interface Guidelines.

Location: Mumbai, hybrid. Notice period: 30 days or less.`,
    role: 'mobile',
    top: [
      { id: 'mob-swiftui-state', mentions: ['ObservableObject'] },
      { id: 'mob-arc-retain-cycles', mentions: ['retain cycles'] },
      { id: 'mob-ios-concurrency', mentions: ['async/await'] },
    ],
  },
  {
    name: 'Flutter offline-first',
    title: 'Flutter Developer',
    description: `Experience: 2-4 years | Location: Ahmedabad (on-site) | Salary: up to 12 LPA

We build a B2B ordering app that connects 50,000 kirana stores with FMCG distributors. The app must work well on entry-level Android phones and patchy 3G networks in small towns.

Responsibilities:
- Develop cross-platform apps for Android and iOS in Flutter and Dart from a single codebase.
- Manage state with BLoC or Riverpod and keep business logic out of widgets.
- Build an offline-first order flow: store carts locally with sqflite and sync them when the network returns.
- Integrate REST APIs, handle retries on flaky networks and show useful error states.
- Set up push notifications with Firebase Cloud Messaging for order updates.
- Publish releases to the Google Play Store and the App Store.

Skills required:
- Strong Dart and Flutter widget fundamentals; understanding of the widget tree and build method.
- Experience with platform channels to call native Android or iOS code.
- Familiarity with Git, CI for mobile (Codemagic or Bitrise) and Crashlytics.
- Good problem solving and communication skills.`,
    role: 'mobile',
    top: [
      { id: 'mob-flutter-state-management', mentions: ['Riverpod'] },
      { id: 'mob-offline-first-sync', mentions: ['offline-first'] },
      { id: 'mob-push-notifications', mentions: ['push notifications'] },
    ],
  },
  {
    name: 'React Native health-tech',
    title: 'React Native Developer',
    description: `Location: Pune | Experience: 3-5 years | Immediate joiners preferred

We are a health-tech company whose React Native app lets patients book doctor consultations, order medicines and store lab reports.

What you'll do:
- Build and maintain features in our React Native app for Android and iOS, written in TypeScript.
- Move the app to the new architecture (Fabric and TurboModules), and write native modules in Kotlin and Swift when a library is missing.
- Improve startup time with Hermes and keep the JS thread free during animations.
- Set up navigation with React Navigation and deep links from SMS and WhatsApp reminders.
- Ship over-the-air updates with CodePush, and staged rollouts on the Play Store and App Store.
- Monitor crashes with Sentry and Firebase Crashlytics.

What we need:
- Strong JavaScript and TypeScript, and solid React fundamentals (hooks, context).
- 2+ years shipping React Native apps to production.
- Understanding of how the JS bridge and JSI work.
- Experience with Redux or Zustand and REST APIs.
- Nice to have: experience with Expo and with Android or iOS native development.`,
    role: 'mobile',
    top: [
      { id: 'mob-react-native-new-architecture', mentions: ['Fabric'] },
      { id: 'mob-deep-links', mentions: ['deep links'] },
      { id: 'mob-release-rollout', mentions: ['staged rollouts'] },
    ],
    // Deep links from SMS reminders are not offline sync.
    unmatched: [{ id: 'mob-offline-first-sync', term: 'deep links' }],
  },
];

// ── data engineering ─────────────────────────────────────────────────────────
const dataEngineering: Case[] = [
  {
    name: 'PySpark on Azure Databricks',
    title: 'Data Engineer - PySpark / Azure Databricks',
    description: `Experience: 4-8 years | Location: Bengaluru, Hyderabad, Pune (hybrid)

We are looking for a Data Engineer to build the data platform for a large retail client on Azure.

Key responsibilities:
- Build batch pipelines in PySpark on Azure Databricks that ingest sales, inventory and loyalty data from 30+ source systems.
- Orchestrate ingestion with Azure Data Factory (ADF) and Airflow.
- Design the lakehouse on ADLS Gen2 with Delta Lake, following the medallion architecture (bronze, silver, gold).
- Tune Spark jobs: fix data skew, choose broadcast joins, and size shuffle partitions; read the Spark UI to find bottlenecks.
- Write complex SQL with window functions and CTEs for the gold layer.
- Add data quality checks and reconciliation with source systems.

Mandatory skills:
- Strong PySpark and Spark SQL; clear understanding of Spark architecture, lazy evaluation, and narrow and wide transformations.
- Azure Data Factory, Databricks, ADLS and Delta Lake.
- Advanced SQL.
- Experience with Parquet and Delta file formats.

Good to have: Unity Catalog, Azure DevOps CI/CD, Databricks certification.`,
    role: 'data-engineering',
    top: [
      { id: 'de-spark-lazy-evaluation', mentions: ['lazy evaluation'] },
      { id: 'de-narrow-wide-shuffle', mentions: ['wide transformations'] },
      { id: 'de-spark-architecture', mentions: ['PySpark'] },
    ],
  },
  {
    name: 'Kafka streaming and CDC',
    title: 'Big Data Engineer - Kafka & Real-time Streaming',
    description: `About the team: Our Risk Data team at a leading payments company builds real-time pipelines that score every transaction for fraud within seconds.

Responsibilities:
- Build and operate streaming pipelines with Kafka, Kafka Connect and Spark Structured Streaming; evaluate Apache Flink for low-latency jobs.
- Capture changes from MySQL and PostgreSQL with Debezium (change data capture) and land them in the data lake on S3 in Parquet.
- Guarantee exactly-once processing end to end, and handle late and out-of-order events with event time, windows and watermarks.
- Manage schema evolution with Confluent Schema Registry and Avro.
- Maintain Hive tables and batch jobs that backfill historical data.
- Monitor consumer lag and pipeline freshness, and be part of the on-call rotation.

Requirements:
- 3-7 years in data engineering, with at least 2 years on Kafka in production.
- Strong Scala or Python, and Spark.
- Deep understanding of Kafka topics, partitions, consumer groups and offsets.
- Experience with Hadoop ecosystem tools: HDFS, Hive.
- Good SQL skills.`,
    role: 'data-engineering',
    top: [
      { id: 'de-kafka-delivery-semantics', mentions: ['exactly-once'] },
      { id: 'de-cdc-log-vs-query', mentions: ['Debezium'] },
      { id: 'de-streaming-windows-watermarks', mentions: ['watermarks', 'out-of-order events'] },
    ],
  },
  {
    name: 'dbt and Snowflake analytics engineer',
    title: 'Analytics Engineer (dbt, Snowflake)',
    description: `Location: Remote (India) | Experience: 2-5 years

We are a consumer fintech with 10 million users, and our analysts and finance team rely on the warehouse every morning. We are looking for an Analytics Engineer to own our modelling layer.

What you will do:
- Build and maintain dbt models on Snowflake, turning raw data loaded by Fivetran into clean, documented tables.
- Design dimensional models: star schemas with fact and dimension tables at the right grain.
- Implement slowly changing dimensions (SCD Type 2) with dbt snapshots for customer and merchant attributes.
- Write dbt tests and data quality checks, and set up data contracts with upstream product teams.
- Convert heavy models to incremental models and cut Snowflake credits with clustering keys.
- Schedule runs with Airflow and document lineage.

What we are looking for:
- Excellent SQL, including window functions.
- Hands-on experience with dbt and a cloud data warehouse (Snowflake, BigQuery or Redshift).
- Understanding of ELT and Kimball modelling.
- Git and code review habits.
- Clear communication with business stakeholders.`,
    role: 'data-engineering',
    top: [
      { id: 'de-slowly-changing-dimensions', mentions: ['SCD Type 2'] },
      { id: 'de-star-vs-snowflake-schema', mentions: ['star schemas'] },
      { id: 'de-data-quality-checks', mentions: ['data quality checks'] },
    ],
  },
];

// ── data science ─────────────────────────────────────────────────────────────
const dataScience: Case[] = [
  {
    name: 'Credit risk data scientist',
    title: 'Data Scientist - Credit Risk',
    description: `Location: Mumbai | Experience: 3-6 years

We are a digital lending NBFC that has disbursed loans to over 5 million customers. Our Credit Risk Data Science team builds the models that decide who gets a loan and at what limit.

Responsibilities
- Build probability-of-default and fraud detection models using logistic regression, XGBoost and LightGBM.
- Do feature engineering on bureau, bank statement and app data; handle missing values and class imbalance.
- Evaluate models with ROC AUC, KS, precision and recall, and monitor population stability (PSI) after launch.
- Explain models to credit and business stakeholders with SHAP, and document them for the regulator.
- Design A/B tests and champion-challenger experiments for new credit policies.
- Work with ML engineers to deploy models as APIs.

Requirements
- Strong Python (pandas, scikit-learn) and SQL.
- Solid statistics and machine learning fundamentals: the bias-variance trade-off, regularisation, cross-validation.
- 3+ years building classification models, preferably in lending or banking.
- Master's degree in statistics, economics, mathematics or computer science, or a B.Tech from a reputed institute.`,
    role: 'data-science',
    top: [
      { id: 'ds-precision-recall-f1', mentions: ['precision'] },
      { id: 'ds-imbalanced-classes', mentions: ['class imbalance'] },
      { id: 'ds-explain-model-stakeholders', mentions: ['SHAP'] },
    ],
  },
  {
    name: 'GenAI RAG engineer',
    title: 'GenAI Engineer (LLM, RAG)',
    description: `About the role: We are building an AI assistant that answers questions for support agents at India's largest insurance companies, using policy documents, claim histories and call transcripts.

Responsibilities:
- Design and build retrieval augmented generation (RAG) pipelines: document parsing, chunking, embeddings, hybrid search and reranking.
- Work with vector databases such as pgvector, Pinecone and Qdrant.
- Build LLM applications with LangChain and LlamaIndex on top of OpenAI, Azure OpenAI and open models like Llama 3.
- Decide when prompt engineering is enough and when to fine-tune with LoRA.
- Reduce hallucination with grounding, citations and guardrails, and build an evaluation suite to measure faithfulness and retrieval quality.
- Serve models behind FastAPI services and monitor latency and cost.

Requirements:
- 2-5 years in machine learning or NLP, including at least 1 year with large language models.
- Strong Python; experience with Hugging Face transformers.
- Understanding of how transformers and attention work.
- Experience shipping generative AI features to production.
- Good written communication; you will explain trade-offs to product managers.`,
    role: 'data-science',
    top: [
      { id: 'ds-rag-pipeline-design', mentions: ['chunking'] },
      { id: 'ds-llm-hallucination', mentions: ['guardrails'] },
      { id: 'ds-fine-tuning-vs-prompting', mentions: ['LLM'] },
    ],
  },
  {
    name: 'MLOps engineer',
    title: 'Machine Learning Engineer - MLOps',
    description: `Experience: 4-7 years | Location: Bengaluru (hybrid)

Our recommendations and search teams train dozens of models every week for a fashion e-commerce marketplace. We need a Machine Learning Engineer to make the path from notebook to production fast and safe.

What you will do:
- Build ML pipelines for training, evaluation and batch inference with Kubeflow and Airflow.
- Track experiments and manage the model registry in MLflow.
- Deploy models for real-time inference on SageMaker and Kubernetes, with canary rollouts.
- Set up model monitoring for data drift and concept drift, and trigger retraining when quality drops.
- Build and maintain the feature store, and remove training-serving skew.
- Work with data scientists on recommendation systems and learning to rank models.

What you need:
- Strong Python and software engineering practices; Docker and Kubernetes.
- Hands-on MLOps experience with MLflow, Kubeflow, SageMaker or Vertex AI.
- Understanding of machine learning fundamentals and evaluation metrics.
- Experience with Spark or large-scale data processing is a plus.
- B.Tech/M.Tech in computer science or a related field.`,
    role: 'data-science',
    top: [
      { id: 'ds-model-serving-mlflow', mentions: ['batch inference'] },
      { id: 'ds-drift-monitoring-retraining', mentions: ['concept drift'] },
      { id: 'ds-accuracy-dropped-production', mentions: ['training-serving skew'] },
    ],
  },
];

// ── data analytics ───────────────────────────────────────────────────────────
const dataAnalytics: Case[] = [
  {
    name: 'E-commerce data analyst',
    title: 'Data Analyst',
    description: `Location: Bengaluru | Experience: 1-3 years

We are an e-commerce company selling home and kitchen products across India. The Data Analyst will work with category, marketing and supply chain teams to track performance and find growth opportunities.

Responsibilities:
- Write SQL queries (joins, GROUP BY, window functions, CTEs) on our MySQL and BigQuery data to answer business questions.
- Build and maintain Power BI dashboards for sales, returns and inventory, with DAX measures and Power Query.
- Prepare weekly MIS reports in Advanced Excel using VLOOKUP, XLOOKUP and pivot tables.
- Clean and validate data from multiple sources; handle missing values and duplicates.
- Track KPIs such as GMV, conversion rate and return rate, and explain week-on-week changes.
- Present insights to business stakeholders in a clear, actionable way.

Requirements:
- Strong SQL and Excel skills.
- Hands-on experience with Power BI (Tableau is also fine).
- Basic Python (pandas) is a plus.
- Good understanding of descriptive statistics.
- Strong communication and stakeholder management skills.
- Graduate in any discipline; B.Tech, B.Com or BBA preferred.`,
    role: 'data-analytics',
    top: [
      { id: 'da-group-by-vs-window-functions', mentions: ['GROUP BY'] },
      { id: 'da-vlookup-index-match-xlookup', mentions: ['VLOOKUP'] },
      { id: 'da-dax-measure-vs-calculated-column', mentions: ['DAX measures'] },
    ],
  },
  {
    name: 'Consumer app product analyst',
    title: 'Product Analyst',
    description: `About us: We are a consumer app for online grocery delivery in 15 cities with 3 million monthly active users.

The role: As a Product Analyst you will partner with product managers to understand how users discover, order and come back, and help the team decide what to build next.

What you'll do:
- Define and track product metrics: DAU, MAU, retention, order frequency and basket size.
- Build funnel analysis from app open to checkout and find where users drop off.
- Run cohort analysis to understand user retention by acquisition channel and city.
- Design and analyse A/B tests for new features; choose sample sizes and read results with statistical significance.
- Instrument events with the engineering team in Mixpanel and CleverTap.
- Write SQL and Python (pandas) for deep dives, and share findings in short written memos.

What we're looking for:
- 2-4 years as a product, business or data analyst at a consumer internet company.
- Strong SQL; comfort with Python or R.
- Good grasp of statistics and hypothesis testing.
- Experience with Mixpanel, Amplitude or Google Analytics.
- Structured thinking; comfort with guesstimates and root cause analysis.`,
    role: 'data-analytics',
    top: [
      { id: 'da-funnel-conversion-analysis', mentions: ['funnel analysis'] },
      { id: 'da-retention-cohort-analysis', mentions: ['cohort analysis'] },
      { id: 'da-ab-test-design', mentions: ['A/B tests'] },
    ],
    // "A/B tests" here are product experiments, not a trained model's rollout.
    notTop: ['ds-ab-test-model'],
  },
  {
    name: 'NBFC MIS analyst',
    title: 'MIS Analyst',
    description: `Company: a leading NBFC with 400 branches across Maharashtra, Gujarat and Madhya Pradesh
Location: Thane (work from office, 6 days a week)
Experience: 2-5 years

Job responsibilities:
- Prepare daily, weekly and monthly MIS reports on disbursements, collections and branch productivity for senior management.
- Automate repetitive reports with Excel macros and VBA, and with Power Query.
- Build Tableau dashboards that regional managers can filter by branch and product; use LOD expressions for branch-level targets.
- Reconcile numbers between the loan management system and finance, and explain differences.
- Clean raw data extracts, remove duplicates and fix inconsistent formats.
- Handle ad hoc data requests from business heads within tight deadlines.

Desired profile:
- Expert in Advanced Excel: VLOOKUP, INDEX MATCH, pivot tables, conditional formatting.
- Working knowledge of SQL (SQL Server).
- Experience with Tableau or Power BI.
- Attention to detail and good communication skills.
- Graduate in commerce, statistics or engineering.`,
    role: 'data-analytics',
    top: [
      { id: 'da-excel-pivot-tables', mentions: ['pivot tables'] },
      { id: 'da-vlookup-index-match-xlookup', mentions: ['INDEX MATCH'] },
      { id: 'da-tableau-lod-expressions', mentions: ['LOD expressions'] },
    ],
    unmatched: [{ id: 'da-tableau-dimensions-measures', term: 'LOD expressions' }],
  },
];

// ── devops ───────────────────────────────────────────────────────────────────
const devops: Case[] = [
  {
    name: 'AWS, Kubernetes and Terraform',
    title: 'DevOps Engineer (AWS, Kubernetes, Terraform)',
    description: `Location: Hyderabad | Experience: 3-6 years | Notice: immediate to 30 days

We are a healthcare SaaS company running 60+ microservices on AWS. We are looking for a DevOps Engineer to help us build and run our cloud platform.

Responsibilities:
- Provision and manage AWS infrastructure (VPC, EC2, EKS, RDS, S3, IAM) with Terraform modules and remote state.
- Run production workloads on Kubernetes (EKS); write Helm charts and manage releases with Argo CD.
- Build CI/CD pipelines in Jenkins and GitHub Actions: build, test, scan and deploy Docker images.
- Set up monitoring and alerting with Prometheus, Grafana and Alertmanager, and centralised logging with the ELK stack.
- Automate server configuration with Ansible, and write Bash and Python scripts for routine tasks.
- Manage secrets with HashiCorp Vault and AWS Secrets Manager.
- Take part in on-call and help reduce AWS cost.

Requirements:
- Strong Linux administration and shell scripting.
- Hands-on experience with Docker and Kubernetes in production.
- Good knowledge of AWS networking: VPC, subnets, security groups, load balancers and Route 53.
- Experience with Terraform and Git.
- AWS certification (Solutions Architect or DevOps Professional) is a plus.`,
    role: 'devops',
    top: [
      { id: 'ops-terraform-state-locking', mentions: ['remote state'] },
      { id: 'ops-gitops-argocd', mentions: ['Argo CD'] },
      { id: 'ops-ec2-lambda-ecs-eks', mentions: ['EKS'] },
    ],
  },
  {
    name: 'SRE at a broker',
    title: 'Site Reliability Engineer',
    description: `About the team: Our SRE team keeps a stock-broking platform with 8 million customers running during market hours, when a minute of downtime makes the news.

What you will do:
- Define SLIs and SLOs with product teams, track error budgets and decide when reliability work comes before features.
- Run incident management: act as incident commander during outages, and write blameless postmortems with clear follow-ups.
- Reduce toil by automating runbooks, deployments and capacity checks.
- Build observability with Prometheus, Grafana, Loki and OpenTelemetry; fix alert fatigue by alerting on symptoms and burn rate.
- Plan for high availability and disaster recovery across availability zones, with tested RTO and RPO.
- Work with developers on Kubernetes resource requests and limits, autoscaling and capacity planning before budget day.

What you need:
- 4+ years in SRE, DevOps or production engineering.
- Strong Linux and networking fundamentals (TCP/IP, DNS, load balancing).
- Experience running Kubernetes and cloud infrastructure on AWS or GCP.
- Programming skills in Go or Python.
- Calm under pressure and comfortable with a shared on-call rotation.`,
    role: 'devops',
    top: [
      { id: 'ops-sli-slo-error-budget', mentions: ['SLOs'] },
      { id: 'ops-incident-postmortem', mentions: ['incident commander'] },
      { id: 'ops-alert-fatigue', mentions: ['alert fatigue'] },
    ],
  },
  {
    name: 'Azure cloud engineer',
    title: 'Azure Cloud Engineer',
    description: `Experience: 5-9 years | Location: Noida / Gurugram (hybrid)

Our cloud practice is hiring an Azure Cloud Engineer to migrate and run workloads for enterprise clients in manufacturing and retail.

Roles and responsibilities:
- Design and build landing zones on Microsoft Azure: VNets, subnets, NSGs, VPN gateways and ExpressRoute.
- Write infrastructure as code in Terraform and Bicep; review pull requests from other engineers.
- Build release pipelines in Azure DevOps (YAML pipelines) for .NET and Java applications.
- Run containerised workloads on AKS and Azure Container Registry.
- Manage identities, RBAC and least privilege access; store secrets and certificates in Azure Key Vault.
- Set up backups, disaster recovery and business continuity plans with defined RTO and RPO.
- Track spend and lead cost optimisation with reserved instances, savings plans and rightsizing.

Desired skills:
- Azure Administrator (AZ-104) or Azure Solutions Architect (AZ-305) certification.
- Hands-on with PowerShell and Azure CLI.
- Good knowledge of Windows and Linux servers.
- Experience with monitoring in Azure Monitor and Log Analytics.
- Strong client communication skills.`,
    role: 'devops',
    top: [
      { id: 'ops-cloud-cost-optimisation', mentions: ['cost optimisation'] },
      { id: 'ops-high-availability-azs', mentions: ['RTO'] },
    ],
  },
];

// ── QA ───────────────────────────────────────────────────────────────────────
const qa: Case[] = [
  {
    name: 'Selenium Java automation',
    title: 'QA Automation Engineer (Selenium, Java)',
    description: `Location: Pune | Experience: 3-6 years

We are hiring a QA Automation Engineer for our insurance product team. You will own UI and API automation for web applications used by agents and customers.

Responsibilities:
- Design and maintain a hybrid automation framework with Selenium WebDriver, Java, TestNG and Maven using the Page Object Model.
- Write robust locators (XPath, CSS selectors) and handle synchronisation with explicit and fluent waits.
- Automate REST API tests with Rest Assured and Postman, including JSON schema validation.
- Write BDD scenarios in Cucumber with Gherkin feature files together with business analysts.
- Run the regression suite nightly in Jenkins on Selenium Grid and publish Extent reports.
- Log and track defects in Jira and take part in triage.

Requirements:
- Strong Core Java and OOPs concepts.
- Hands-on experience with Selenium WebDriver, TestNG and Maven.
- Good knowledge of STLC, regression testing and smoke testing.
- Experience with SQL for backend validation.
- ISTQB certification is a plus.`,
    role: 'qa',
    top: [
      { id: 'qa-page-object-model', mentions: ['Page Object Model'] },
      { id: 'qa-api-testing', mentions: ['Rest Assured'] },
      { id: 'qa-bdd-cucumber', mentions: ['Cucumber'] },
    ],
    // "QA Automation Engineer" names the job, not an automation strategy.
    unmatched: [{ id: 'qa-manual-to-automation', term: 'Automation Engineer' }],
  },
  {
    name: 'Manual tester at an IT services company',
    title: 'Software Test Engineer (Manual Testing)',
    description: `Company: an IT services company in Chennai delivering projects for banking and retail clients
Experience: 1-4 years

Job description:
We are looking for a Manual Test Engineer to test web and mobile applications for our banking client.

Roles and responsibilities:
- Understand requirements and write test scenarios and test cases using boundary value analysis and equivalence partitioning.
- Execute functional, regression, smoke and sanity testing for every build.
- Follow the STLC: test planning, test design, test execution and test closure with entry and exit criteria.
- Log defects in Jira with clear steps to reproduce, and follow the defect life cycle until closure.
- Assign severity and priority to defects and join daily defect triage calls.
- Write SQL queries to validate data in the database after transactions.
- Support UAT with the client's business users.

Desired candidate profile:
- Good knowledge of SDLC, STLC and testing types.
- Experience with Jira and TestRail or Zephyr.
- Basic SQL.
- Exposure to automation with Selenium is a plus.
- Good written and verbal communication.`,
    role: 'qa',
    top: [
      { id: 'qa-bva-equivalence-partitioning', mentions: ['boundary value analysis'] },
      { id: 'qa-stlc-phases', mentions: ['exit criteria'] },
      { id: 'qa-bug-life-cycle', mentions: ['defect life cycle'] },
    ],
    unmatched: [
      // "join daily defect triage calls" is not a SQL join; BVA is its own question, not the login-page one.
      { id: 'qa-sql-for-testers', term: 'join' },
      { id: 'qa-test-login-page', term: 'boundary value analysis' },
    ],
  },
  {
    name: 'Playwright SDET',
    title: 'SDET II - Playwright, TypeScript',
    description: `About us: We are a B2B SaaS company in Bengaluru building HR and payroll software for 8,000 businesses.

The role: As an SDET II you will build test automation that lets our 15 product squads release several times a week with confidence.

You will:
- Build and own an end-to-end test framework in Playwright with TypeScript; migrate legacy Cypress tests.
- Automate API tests and contract tests (Pact) for our microservices.
- Run the suites in GitHub Actions on every pull request, in parallel, with reports and trace files.
- Find and fix flaky tests rather than retrying them; track flakiness as a team metric.
- Write load tests in k6 for payroll runs and read the percentiles.
- Coach developers on the test pyramid and shift-left testing.

You have:
- 3-6 years in test automation, with strong coding skills in TypeScript, JavaScript or Java.
- Experience with Playwright, Cypress or Selenium.
- Good understanding of REST APIs, HTTP and databases.
- Experience with CI/CD and Docker.
- Solid data structures and problem-solving skills for our SDET coding round.`,
    role: 'qa',
    top: [
      { id: 'qa-playwright-cypress-vs-selenium', mentions: ['Playwright'] },
      { id: 'qa-contract-testing', mentions: ['Pact'] },
      { id: 'qa-performance-testing', mentions: ['k6'] },
    ],
  },
];

// ── general (non-software) ───────────────────────────────────────────────────
const general: Case[] = [
  {
    name: 'EdTech inside sales',
    title: 'Inside Sales Executive',
    description: `Company: a leading EdTech company offering upskilling courses for working professionals
Location: Bengaluru (HSR Layout), work from office
Experience: 0-3 years | CTC: 4-7 LPA + unlimited incentives

Roles and responsibilities:
- Call leads who have shown interest in our courses, understand their career goals and counsel them on the right program.
- Achieve weekly and monthly revenue targets.
- Follow up with prospects over calls, WhatsApp and email, and keep the CRM updated.
- Handle objections and build long-term client relationships.
- Work with the marketing team to share feedback on lead quality.

Desired candidate profile:
- Excellent verbal communication in English and Hindi; any regional language is a plus.
- Graduate or postgraduate in any discipline; freshers with good communication skills are welcome.
- Self-motivated, target-driven and comfortable in a fast-paced environment.
- Prior experience in inside sales, tele-sales or EdTech sales is preferred.
- Immediate joiners preferred.

Perks: fixed salary plus incentives, six-day working with one rotational off, health insurance, quick growth to team lead roles.`,
    role: 'general',
    top: [
      { id: 'gen-difficult-stakeholder', mentions: ['Handle objections'] },
      { id: 'gen-five-years', mentions: ['team lead'] },
    ],
    // Sharing feedback on lead quality is not receiving critical feedback.
    unmatched: [{ id: 'gen-handling-feedback', term: 'feedback' }],
  },
  {
    name: 'IT recruiter',
    title: 'HR Recruiter (IT Recruitment)',
    description: `Company: a staffing and recruitment firm hiring for product companies and GCCs
Location: Hyderabad (Madhapur), work from office
Experience: 1-4 years

Job description:
We are looking for an HR Recruiter to manage end-to-end IT recruitment for our clients: sourcing, screening, scheduling interviews, negotiating offers and onboarding.

Roles and responsibilities:
- Source candidates for Java, React, DevOps and data engineering roles through Naukri, LinkedIn, referrals and job portals.
- Screen profiles and conduct telephonic interviews to check skills, current CTC, expected CTC and notice period.
- Coordinate interviews between candidates and hiring managers, and keep every stakeholder updated.
- Negotiate salary and close offers; follow up until the candidate joins, and reduce offer drops.
- Maintain the recruitment tracker and share weekly MIS with the client.
- Build long-term client relationships with account managers.

Desired candidate profile:
- Graduate or MBA in HR.
- Understanding of IT skills and technologies.
- Excellent communication and interpersonal skills.
- Able to handle multiple requirements under tight deadlines.
- Immediate joiners preferred.`,
    role: 'general',
    top: [
      { id: 'gen-tight-deadline', mentions: ['tight deadlines'] },
      { id: 'gen-expected-ctc', mentions: ['expected CTC'] },
    ],
    // The recruiter onboards candidates; that is not joining with little support.
    unmatched: [{ id: 'gen-new-joiner-little-support', term: 'onboarding' }],
  },
  {
    name: 'International voice process operations',
    title: 'Operations Executive - Customer Support (International Voice Process)',
    description: `Location: Gurugram (Udyog Vihar) | Shift: US shift (night) | Experience: 0-2 years

We are hiring Operations Executives for our international voice process supporting a US-based e-commerce client.

Roles and responsibilities:
- Handle inbound calls and chats from US customers about orders, refunds and delivery issues.
- Resolve queries within defined turnaround times and meet quality and customer satisfaction targets.
- Escalate complex cases to the right team and follow up until closure.
- Update tickets accurately in the CRM and follow the process documentation.
- Work in rotational shifts and rotational week-offs, including weekends.

Eligibility:
- Any graduate, or undergraduate with 6 months of international BPO experience.
- Excellent spoken English with a neutral accent.
- Comfortable with night shifts; two-way cab facility is provided.
- Basic computer knowledge and typing speed of 30 words per minute.

Benefits:
- Fixed salary plus monthly performance incentives and night shift allowance.
- Provident fund, health insurance, and meals in the office.
- Immediate joiners preferred; walk-in interviews Monday to Saturday.`,
    role: 'general',
    top: [
      { id: 'gen-shifts', mentions: ['rotational shifts'] },
      { id: 'gen-difficult-stakeholder', mentions: ['customer satisfaction'] },
    ],
    unmatched: [{ id: 'gen-new-joiner-little-support', term: 'documentation' }],
  },
];

const SOFTWARE_CASES: Record<Exclude<Role, 'general'>, Case[]> = {
  backend,
  frontend,
  fullstack,
  mobile,
  'data-engineering': dataEngineering,
  'data-science': dataScience,
  'data-analytics': dataAnalytics,
  devops,
  qa,
};

// ── helpers ──────────────────────────────────────────────────────────────────
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const lower = (s: string) => s.toLowerCase();

/** A question a dataset of `role` may hold: its own, one tagged for it, or General's. */
const belongs = (q: Question, role: Role) => q.role === role || q.role === 'general' || (q.alsoFor?.includes(role) ?? false);

function rank(c: Case): RankedQuestion[] {
  return rankQuestions({ title: c.title, description: c.description }, buildDataset(c.role, allGuides));
}

function checkPosting(c: Case, ranked: RankedQuestion[]): void {
  const text = lower(`${c.title}\n${c.description}`);
  const top = ranked.slice(0, TOP);
  const topIds = top.map((r) => r.question.id);

  expect(detectRole({ title: c.title, description: c.description }).role).toBe(c.role);

  for (const want of c.top) {
    expect(topIds, `${want.id} in the top ${TOP}`).toContain(want.id);
    const hit = top.find((r) => r.question.id === want.id) as RankedQuestion;
    for (const m of want.mentions) {
      expect(text, `"${m}" is in the posting`).toContain(lower(m));
      expect(lower(hit.reason), `${want.id}'s reason names "${m}"`).toContain(lower(m));
    }
  }
  for (const id of c.notTop ?? []) expect(topIds, `${id} not in the top ${TOP}`).not.toContain(id);
  for (const [term, id] of Object.entries(c.means ?? {})) {
    expect(text, `"${term}" is in the posting`).toContain(lower(term));
    const first = ranked.find((r) => r.matched.some((m) => lower(m) === lower(term)));
    expect(first?.question.id, `the first question "${term}" reaches`).toBe(id);
  }
  for (const { id, term } of c.unmatched ?? []) {
    expect(text, `"${term}" is in the posting`).toContain(lower(term));
    const r = ranked.find((x) => x.question.id === id);
    expect(r, `${id} is in the ${c.role} dataset`).toBeDefined();
    expect((r as RankedQuestion).matched.map(lower), `${id} is not reached by "${term}"`).not.toContain(lower(term));
  }

  // Every reason in the top five names words the posting really has.
  for (const r of top) {
    if (r.matched.length === 0) continue;
    expect(r.reason).toMatch(/^The posting mentions /);
    for (const m of r.matched) expect(text, `${r.question.id} matched "${m}"`).toContain(lower(m));
    expect(r.reason).toContain(r.matched[0] as string);
  }

  // Nothing from another software role's module, however its words overlap.
  for (const r of ranked) expect(belongs(r.question, c.role), `${r.question.id} (${r.question.role}) in a ${c.role} ranking`).toBe(true);
}

// ── tests ────────────────────────────────────────────────────────────────────
describe('ranking real postings per role', () => {
  for (const [role, cases] of Object.entries(SOFTWARE_CASES)) {
    describe(role, () => {
      it('has at least three postings of realistic length', () => {
        expect.hasAssertions();
        expect(cases.length).toBeGreaterThanOrEqual(3);
        for (const c of cases) {
          expect(c.role).toBe(role);
          expect(words(c.description), c.name).toBeGreaterThanOrEqual(120);
          expect(words(c.description), c.name).toBeLessThanOrEqual(400);
        }
      });
      for (const c of cases) {
        it(`${c.name}: "${c.title}"`, () => {
          expect.hasAssertions();
          checkPosting(c, rank(c));
        });
      }
    });
  }

  describe('general (non-software postings)', () => {
    it('has at least three postings of realistic length', () => {
      expect.hasAssertions();
      expect(general.length).toBeGreaterThanOrEqual(3);
      for (const c of general) {
        expect(words(c.description), c.name).toBeGreaterThanOrEqual(120);
        expect(words(c.description), c.name).toBeLessThanOrEqual(400);
      }
    });
    for (const c of general) {
      it(`${c.name}: "${c.title}"`, () => {
        expect.hasAssertions();
        const ranked = rank(c);
        checkPosting(c, ranked);
        for (const r of ranked) {
          expect(r.question.role, r.question.id).toBe('general');
          expect(['technical', 'coding'], r.question.id).not.toContain(r.question.category);
        }
        // The lead is only the few general scenarios; right after it come the HR, behavioural, salary and ask picks.
        const head = ranked.slice(0, TOP + 2);
        for (const r of head) expect(NON_TECHNICAL, r.question.id).toContain(r.question.category);
        for (const category of PICKED) expect(head.map((r) => r.question.category), category).toContain(category);
      });
    }
  });
});

describe('a posting that names nothing', () => {
  const blank = { title: 'New opening', description: 'Details will be shared with shortlisted candidates.' };
  /** How each role's fallback reasons name it (ROLE_PHRASES). */
  const named: Record<Exclude<Role, 'general'>, string> = {
    backend: 'backend',
    frontend: 'frontend',
    fullstack: 'full-stack',
    mobile: 'mobile',
    'data-engineering': 'data engineering',
    'data-science': 'data science and ML',
    'data-analytics': 'data analytics',
    devops: 'DevOps and cloud',
    qa: 'QA and test automation',
  };

  for (const [role, name] of Object.entries(named) as [Exclude<Role, 'general'>, string][]) {
    it(`${role}: every reason is the fallback that names the role`, () => {
      expect.hasAssertions();
      const ranked = rankQuestions(blank, buildDataset(role, allGuides));
      expect(ranked.length).toBeGreaterThan(0);
      const technical = ranked.filter((r) => r.question.category === 'technical');
      const situational = ranked.filter((r) => r.question.category === 'situational');
      expect(technical.length).toBeGreaterThan(0);
      expect(situational.length).toBeGreaterThan(0);
      for (const r of ranked) {
        expect(r.score, r.question.id).toBe(0);
        expect(r.matched, r.question.id).toEqual([]);
      }
      for (const r of technical) expect(r.reason).toBe(`Not mentioned in the posting, but a common ${name} interview question.`);
      for (const r of situational) expect(r.reason).toBe(`Not mentioned in the posting, but a common scenario in ${name} interviews.`);
      // The role's own questions lead; nothing from another software role.
      expect(ranked[0]?.question.role).toBe(role);
      for (const r of ranked) expect(belongs(r.question, role), r.question.id).toBe(true);
    });
  }

  it('general: the fallbacks are the general ones, with no technical or coding question', () => {
    expect.hasAssertions();
    const ranked = rankQuestions(blank, buildDataset('general', allGuides));
    expect(ranked.length).toBeGreaterThan(0);
    for (const r of ranked) {
      expect(r.score).toBe(0);
      expect(r.question.role).toBe('general');
      expect(['technical', 'coding']).not.toContain(r.question.category);
    }
    const situational = ranked.filter((r) => r.question.category === 'situational');
    expect(situational.length).toBeGreaterThan(0);
    for (const r of situational) expect(r.reason).toBe('Not mentioned in the posting, but a common scenario question.');
    expect(ranked.find((r) => r.question.category === 'hr')?.reason).toBe('Asked in almost every HR round in India.');
  });
});
