import { describe, expect, it } from 'vitest';
import { DESCRIPTION_ROLE_WORDS, TITLE_ROLE_WORDS } from '@/data/role-signals';
import { ROLES, type Role } from '@/data/schema';
import { describeDetection, detectRole, type RoleDetection } from '@/utils/roles/detect-role';

interface Case {
  title: string;
  description: string;
  role: Role;
  confidence?: RoleDetection['confidence'];
  source?: RoleDetection['source'];
  /** A word that must be among the cues, as the posting writes it. */
  cue?: string;
}

/**
 * Postings as they read on Naukri and LinkedIn. The expected role is what a
 * job seeker would pick for interview prep, not what the detector happens to say.
 *
 * Decisions worth writing down:
 * - "Marketing Analyst" is data-analytics: the interviews are SQL, Excel,
 *   dashboards and funnel questions, whatever the department is called.
 * - "Financial Analyst" is general: FP&A (budgets, variance, Excel models) is a
 *   finance job, not an analytics one.
 * - "Python Developer" names a language every data, ML and backend job uses, so
 *   the description decides: with Django and REST it is backend, with model
 *   training it is data-science. "Python Developer - Django" stays backend.
 * - "Systems Engineer" is the generic fresher title at Infosys, TCS and Wipro,
 *   not a DevOps title: the description decides.
 * - "Cloud Sales Specialist" is a sales job: "Cloud" in a sales title does not
 *   make it DevOps. "Cloud Operations Engineer" is an engineer and stays DevOps.
 * - "Product Manager" and "UI/UX Designer" are general (no coding round).
 */
const cases: Case[] = [
  // ── backend ────────────────────────────────────────────────────────────────
  {
    title: 'Senior Software Engineer - Backend (Java)',
    description: 'Design and build microservices in Java 17 and Spring Boot for our payments platform in Bengaluru. Work with Kafka, PostgreSQL and Redis at 50k TPS.',
    role: 'backend', confidence: 'high', source: 'title', cue: 'Backend',
  },
  {
    title: 'Node.js Developer',
    description: 'Build REST APIs with Node.js, Express.js and MongoDB for our lending app. 2-4 years of experience, work from office in Pune.',
    role: 'backend', confidence: 'high', cue: 'Node.js Developer',
  },
  {
    title: 'Python Developer - Django',
    description: 'Develop and maintain web services using Django and Django REST Framework with PostgreSQL and Celery. Immediate joiners preferred.',
    role: 'backend', cue: 'Django',
  },
  {
    title: 'Golang Developer',
    description: 'Write high-performance services in Go with gRPC and Redis for our trading platform. Experience with concurrency and profiling is a must.',
    role: 'backend', confidence: 'high', cue: 'Golang Developer',
  },
  {
    title: '.NET Developer',
    description: 'Develop Web APIs in C# and ASP.NET Core with SQL Server and Entity Framework. Client location Hyderabad, 3-6 years.',
    role: 'backend', confidence: 'high', cue: '.NET Developer',
  },
  {
    title: 'Java Developer',
    description: 'Strong Core Java, Spring Boot, Hibernate and REST APIs. Basic JavaScript and jQuery knowledge is a plus.',
    role: 'backend', confidence: 'high', cue: 'Java Developer',
  },
  {
    title: 'PHP Developer (Laravel)',
    description: 'Build and maintain our e-commerce backend in PHP and Laravel with MySQL. Knowledge of payment gateway integration like Razorpay preferred.',
    role: 'backend', confidence: 'high',
  },
  {
    title: 'Software Engineer',
    description: 'Build scalable microservices in Java and Spring Boot, design REST APIs and work on distributed systems with Kafka and MySQL.',
    role: 'backend', confidence: 'medium', source: 'description', cue: 'Spring Boot',
  },
  {
    title: 'SDE 2',
    description: 'You will own high-throughput services written in Golang with gRPC and PostgreSQL. Strong DSA and system design skills required.',
    role: 'backend', confidence: 'medium', source: 'description', cue: 'Golang',
  },
  {
    title: 'SDE 2',
    description: 'We are looking for an SDE 2 with 3+ years of experience, strong problem solving and data structures skills. Product-based company, Bangalore.',
    role: 'backend', confidence: 'low', source: 'none',
  },
  {
    title: 'Member of Technical Staff',
    description: 'Join our core engineering team and solve hard problems at scale. Competitive pay, ESOPs and a hybrid work culture.',
    role: 'backend', confidence: 'low', source: 'none',
  },
  {
    title: 'Associate Software Engineer',
    description: 'Freshers from the 2024 and 2025 batches with a B.E./B.Tech in CS or IT. Good knowledge of OOPs, DBMS and data structures.',
    role: 'backend', confidence: 'low', source: 'none',
  },
  {
    title: 'Developer',
    description: 'Immediate joiners preferred. Work from office in Noida, 5 days a week. Good communication skills.',
    role: 'backend', confidence: 'low', source: 'none',
  },
  {
    title: 'Software Developer',
    description: 'Hands-on Core Java, Spring and Hibernate; write clean, testable code. Basic JavaScript knowledge is a plus.',
    role: 'backend', source: 'description', cue: 'Java',
  },
  {
    title: 'Senior Software Engineer',
    description: 'Develop Web APIs in C# and ASP.NET Core on SQL Server, deployed on Azure. Mentor junior engineers.',
    role: 'backend', source: 'description', cue: 'C#',
  },
  {
    title: 'Engineering Manager',
    description: 'Lead a team of 8 engineers building Java and Spring Boot microservices on Kafka and PostgreSQL. Drive system design reviews and hiring.',
    role: 'backend', source: 'description',
  },
  {
    title: 'Backend Engineer - Data Platform',
    description: 'Build the APIs and services behind our data platform in Java and Spring Boot; some exposure to Spark and Airflow is a plus.',
    role: 'backend', confidence: 'high', cue: 'Backend',
  },
  {
    title: 'Systems Engineer',
    description: 'Infosys is hiring 2025 graduates as Systems Engineers. You will be trained in Java, Spring and SQL and work on application development for global clients.',
    role: 'backend', source: 'description', cue: 'Java',
  },

  {
    title: 'Senior Software Engineer',
    description: 'Design Java and Spring Boot microservices, deploy them on AWS with Docker and Kubernetes, and maintain the CI/CD pipelines in Jenkins.',
    role: 'backend', source: 'description', cue: 'Java',
  },
  {
    title: 'Software Engineer',
    description: 'Develop Spring Boot REST APIs, test them with Postman and JUnit, and track your tasks in JIRA. 2-5 years, Chennai.',
    role: 'backend', source: 'description', cue: 'Spring Boot',
  },
  {
    title: 'SDE-II',
    description: 'Build REST APIs in Node.js and MongoDB, write unit tests with Jest, and deploy on AWS Lambda.',
    role: 'backend', source: 'description', cue: 'Node.js',
  },

  // ── frontend ───────────────────────────────────────────────────────────────
  {
    title: 'Frontend Developer (React)',
    description: 'Build pixel-perfect UIs with React, Redux and TypeScript for our D2C brand. Work with designers on Figma handoffs.',
    role: 'frontend', confidence: 'high', source: 'title', cue: 'Frontend',
  },
  {
    title: 'UI Developer',
    description: 'Convert Figma designs into responsive pages using HTML5, CSS3 and JavaScript. Cross-browser compatibility and SASS are a must.',
    role: 'frontend', confidence: 'high', cue: 'UI Developer',
  },
  {
    title: 'Angular Developer',
    description: 'Develop enterprise dashboards in Angular 16 with RxJS and TypeScript, consuming REST APIs from a Java backend.',
    role: 'frontend', confidence: 'high', cue: 'Angular Developer',
  },
  {
    title: 'JavaScript Developer',
    description: 'Strong JavaScript (ES6+), DOM and browser APIs; experience with React or Vue. You will build widgets embedded on partner sites.',
    role: 'frontend', confidence: 'high', cue: 'JavaScript Developer',
  },
  {
    title: 'Frontend Engineer - Design Systems',
    description: 'Build and maintain our React component library in Storybook with design tokens, and champion web accessibility across teams.',
    role: 'frontend', confidence: 'high', cue: 'Frontend',
  },
  {
    title: 'React.js Developer',
    description: 'Develop user-facing features with React.js and Next.js; write unit tests with Jest. 2+ years, Gurugram.',
    role: 'frontend', confidence: 'high',
  },
  {
    title: 'Software Engineer',
    description: 'Build responsive web apps with React, Redux and TypeScript, improve Core Web Vitals and write tests with Jest and React Testing Library.',
    role: 'frontend', confidence: 'medium', source: 'description', cue: 'React',
  },
  {
    title: 'SDE-II',
    description: 'Own our customer-facing web app built with Next.js and Tailwind, and work closely with designers on performance and accessibility.',
    role: 'frontend', source: 'description', cue: 'Next.js',
  },

  {
    title: 'Associate Software Engineer',
    description: 'Freshers with knowledge of HTML, CSS, JavaScript and React basics to build web pages for our clients.',
    role: 'frontend', source: 'description', cue: 'HTML',
  },

  // ── fullstack ──────────────────────────────────────────────────────────────
  {
    title: 'MERN Stack Developer',
    description: 'Build web apps with MongoDB, Express.js, React and Node.js. Deploy on AWS. 1-3 years, Ahmedabad.',
    role: 'fullstack', confidence: 'high', source: 'title', cue: 'MERN Stack',
  },
  {
    title: 'Full Stack Developer (React/Node)',
    description: 'Own features end to end: React on the frontend, Node.js and PostgreSQL on the backend.',
    role: 'fullstack', confidence: 'high', cue: 'Full Stack Developer',
  },
  {
    title: 'Java Full Stack Developer',
    description: 'Java 11, Spring Boot microservices and Angular 14. Experience with Oracle or MySQL and Jenkins pipelines.',
    role: 'fullstack', confidence: 'high', cue: 'Full Stack Developer',
  },
  {
    title: 'MEAN Stack Developer',
    description: 'Develop applications with MongoDB, Express, Angular and Node.js. Good understanding of REST APIs.',
    role: 'fullstack', confidence: 'high',
  },
  {
    title: 'Software Engineer',
    description: 'Work across the stack: React and TypeScript on the frontend, Node.js and PostgreSQL on the backend, with REST APIs in between.',
    role: 'fullstack', confidence: 'medium', source: 'description', cue: 'React',
  },
  {
    title: 'Senior Software Engineer',
    description: 'Build features end to end with Angular, TypeScript and HTML/CSS on the front, and Java Spring Boot microservices with MySQL behind it.',
    role: 'fullstack', source: 'description',
  },
  {
    title: 'SDE 2',
    description: 'We need a full stack engineer comfortable with React and Node.js who can take a feature from design to production.',
    role: 'fullstack', source: 'description',
  },

  {
    title: 'Technical Lead',
    description: 'Lead a team building React and Redux front ends and Java Spring Boot APIs; own code reviews and sprint planning.',
    role: 'fullstack', source: 'description',
  },

  // ── mobile ─────────────────────────────────────────────────────────────────
  {
    title: 'Android Developer',
    description: 'Build our consumer app in Kotlin with Jetpack Compose, MVVM and Coroutines. Experience publishing on the Play Store.',
    role: 'mobile', confidence: 'high', source: 'title', cue: 'Android',
  },
  {
    title: 'iOS Engineer',
    description: 'Develop features in Swift and SwiftUI, with UIKit where needed. Own App Store releases and crash-free rates.',
    role: 'mobile', confidence: 'high', cue: 'iOS',
  },
  {
    title: 'Flutter Developer',
    description: 'Build cross-platform apps in Flutter and Dart with Bloc or Provider. Integrate REST APIs and Firebase.',
    role: 'mobile', confidence: 'high', cue: 'Flutter',
  },
  {
    title: 'React Native Developer',
    description: 'Build and ship our React Native app for Android and iOS; JavaScript, TypeScript and Redux. Native module experience is a plus.',
    role: 'mobile', confidence: 'high', cue: 'React Native',
  },
  {
    title: 'Software Engineer',
    description: 'Own our Android app end to end: Kotlin, Jetpack Compose and Android Studio, with releases to the Play Store every two weeks.',
    role: 'mobile', source: 'description', cue: 'Kotlin',
  },
  {
    title: 'Mobile App Developer',
    description: 'Develop native mobile apps for a healthcare client using Kotlin and Swift. 3+ years of experience.',
    role: 'mobile', confidence: 'high',
  },

  {
    title: 'SDE 1',
    description: 'Work on our Android and iOS apps written in React Native, and ship weekly releases to the Play Store and App Store.',
    role: 'mobile', source: 'description', cue: 'React Native',
  },

  // ── data-engineering ───────────────────────────────────────────────────────
  {
    title: 'Data Engineer (Spark, Airflow)',
    description: 'Build batch and streaming pipelines with PySpark and Airflow on AWS; model data in Snowflake.',
    role: 'data-engineering', confidence: 'high', source: 'title', cue: 'Data Engineer',
  },
  {
    title: 'Big Data Developer',
    description: 'Hadoop, Hive, Spark and Scala. Write and tune ETL jobs for a banking client in Chennai.',
    role: 'data-engineering', confidence: 'high', cue: 'Big Data Developer',
  },
  {
    title: 'Data Engineer - ML Platform',
    description: 'Build the feature pipelines and data lake that feed our ML models, using PySpark, Airflow and Delta Lake.',
    role: 'data-engineering', confidence: 'high', cue: 'Data Engineer',
  },
  {
    title: 'ETL Developer',
    description: 'Develop ETL workflows in Informatica PowerCenter, write complex SQL and stored procedures, and support the data warehouse.',
    role: 'data-engineering', confidence: 'high',
  },
  {
    title: 'Azure Data Engineer',
    description: 'Build pipelines in Azure Data Factory and Databricks, with Delta Lake and Synapse. PySpark is a must.',
    role: 'data-engineering', confidence: 'high', cue: 'Data Engineer',
  },
  {
    title: 'Software Engineer',
    description: 'Build batch and streaming data pipelines using PySpark, Airflow and Kafka, and model data in Snowflake with dbt.',
    role: 'data-engineering', confidence: 'medium', source: 'description', cue: 'PySpark',
  },
  {
    title: 'Analytics Engineer',
    description: 'Own our dbt models on BigQuery and the semantic layer used by analysts. Strong SQL required.',
    role: 'data-engineering', confidence: 'high',
  },

  // ── data-science ───────────────────────────────────────────────────────────
  {
    title: 'ML Engineer',
    description: 'Train, deploy and monitor models with PyTorch and MLflow; build feature pipelines on AWS SageMaker.',
    role: 'data-science', confidence: 'high', source: 'title', cue: 'ML Engineer',
  },
  {
    title: 'Machine Learning Engineer',
    description: 'Build recommendation and ranking models with XGBoost and TensorFlow for 50M users. Strong Python and statistics.',
    role: 'data-science', confidence: 'high', cue: 'Machine Learning',
  },
  {
    title: 'GenAI Engineer',
    description: 'Build RAG pipelines with LangChain and vector databases, fine-tune open LLMs and evaluate them for enterprise clients.',
    role: 'data-science', confidence: 'high', cue: 'GenAI',
  },
  {
    title: 'Data Scientist',
    description: 'Build churn and credit-risk models, run experiments and present findings to business teams. Python, SQL and scikit-learn.',
    role: 'data-science', confidence: 'high', cue: 'Data Scientist',
  },
  {
    title: 'AI/ML Engineer',
    description: 'Develop computer vision models for quality inspection using PyTorch and OpenCV; deploy on edge devices.',
    role: 'data-science', confidence: 'high',
  },
  {
    title: 'Senior Software Engineer',
    description: 'Train and deploy deep learning models with PyTorch, build RAG pipelines with LangChain and LLMs, and track experiments in MLflow.',
    role: 'data-science', source: 'description', cue: 'deep learning',
  },
  {
    title: 'Python Developer',
    description: 'Build and deploy machine learning models using Python, scikit-learn and PyTorch. Experience with NLP and LLMs is preferred.',
    role: 'data-science', source: 'description', cue: 'machine learning',
  },
  {
    title: 'Member of Technical Staff',
    description: 'Work on our LLM inference and fine-tuning stack: PyTorch, Hugging Face Transformers, model training at scale.',
    role: 'data-science', source: 'description', cue: 'PyTorch',
  },

  // ── data-analytics ─────────────────────────────────────────────────────────
  {
    title: 'Data Analyst - SQL/Power BI',
    description: 'Write SQL queries, build Power BI dashboards and track KPIs for the supply chain team.',
    role: 'data-analytics', confidence: 'high', source: 'title', cue: 'Data Analyst',
  },
  {
    title: 'Business Analyst',
    description: 'Gather requirements from stakeholders, write BRDs and user stories, and build reports in Power BI for the lending business.',
    role: 'data-analytics', confidence: 'high', cue: 'Business Analyst',
  },
  {
    title: 'MIS Executive',
    description: 'Prepare daily and weekly MIS reports in Advanced Excel using VLOOKUP and pivot tables. Location: Kolkata.',
    role: 'data-analytics', confidence: 'high',
  },
  {
    title: 'Power BI Developer',
    description: 'Design data models and DAX measures, and publish Power BI dashboards for finance and HR.',
    role: 'data-analytics', confidence: 'high',
  },
  {
    title: 'Marketing Analyst',
    description: 'Measure campaign performance with SQL, Google Analytics and Excel; run A/B testing and build dashboards for the growth team.',
    role: 'data-analytics', confidence: 'high', cue: 'Marketing Analyst',
  },
  {
    title: 'Product Analyst',
    description: 'Define product metrics, analyse funnels with SQL and Mixpanel, and design A/B tests with the PM team.',
    role: 'data-analytics', confidence: 'high',
  },
  {
    title: 'Senior Analyst',
    description: 'Build Power BI dashboards and track KPIs for sales leadership; write SQL queries on the data warehouse and maintain Advanced Excel trackers.',
    role: 'data-analytics', source: 'description', cue: 'Power BI',
  },

  // ── devops ─────────────────────────────────────────────────────────────────
  {
    title: 'DevOps Engineer',
    description: 'Manage CI/CD with Jenkins and GitHub Actions, containerise services with Docker and Kubernetes, and automate infra with Terraform.',
    role: 'devops', confidence: 'high', source: 'title', cue: 'DevOps',
  },
  {
    title: 'SRE',
    description: 'Own reliability of our payments stack: SLOs, on-call, Prometheus and Grafana, incident reviews.',
    role: 'devops', confidence: 'high', cue: 'SRE',
  },
  {
    title: 'Site Reliability Engineer',
    description: 'Keep our Kubernetes clusters on GCP healthy, build observability and reduce toil with Python and Go.',
    role: 'devops', confidence: 'high', cue: 'Site Reliability',
  },
  {
    title: 'Cloud Engineer - AWS',
    description: 'Provision and manage EC2, VPC, IAM and EKS with Terraform. AWS certification preferred.',
    role: 'devops', confidence: 'high', cue: 'Cloud Engineer',
  },
  {
    title: 'Platform Engineer',
    description: 'Build our internal developer platform on Kubernetes with Argo CD and Helm, and golden paths for 200 engineers.',
    role: 'devops', confidence: 'high', cue: 'Platform Engineer',
  },
  {
    title: 'Software Engineer',
    description: 'Own our CI/CD pipelines in GitHub Actions, manage Kubernetes clusters on AWS EKS with Terraform and Helm, and share production on-call.',
    role: 'devops', confidence: 'medium', source: 'description', cue: 'CI/CD',
  },
  {
    title: 'Build and Release Engineer',
    description: 'Maintain Jenkins pipelines, manage release branches in Git and automate deployments with Ansible.',
    role: 'devops', confidence: 'high',
  },
  {
    title: 'Cloud Operations Engineer',
    description: 'Monitor and operate workloads on Azure and AWS, patch Linux servers and automate routine tasks with Bash and Terraform.',
    role: 'devops',
  },

  // ── qa ─────────────────────────────────────────────────────────────────────
  {
    title: 'SDET',
    description: 'Build test automation frameworks in Java with Selenium, TestNG and Rest Assured; integrate suites into Jenkins.',
    role: 'qa', confidence: 'high', source: 'title', cue: 'SDET',
  },
  {
    title: 'QA Automation Engineer',
    description: 'Automate web and API tests with Cypress and Postman; write test plans and report defects in JIRA.',
    role: 'qa', confidence: 'high', cue: 'QA',
  },
  {
    title: 'Manual Tester',
    description: 'Write and execute test cases, perform regression testing and log defects in JIRA for a banking application.',
    role: 'qa', confidence: 'high', cue: 'Manual Tester',
  },
  {
    title: 'Test Engineer - Automation (Selenium, Java)',
    description: 'Design Selenium WebDriver scripts in Java with TestNG and Cucumber BDD. 3-5 years in automation testing.',
    role: 'qa', confidence: 'high', cue: 'Test Engineer',
  },
  {
    title: 'Quality Analyst',
    description: 'Understand requirements, prepare test scenarios and test cases, and perform functional and regression testing across STLC.',
    role: 'qa', confidence: 'high',
  },
  {
    title: 'Software Engineer in Test',
    description: 'Build test automation with Playwright and TypeScript, API testing with Postman and Rest Assured, and run suites in CI/CD.',
    role: 'qa', source: 'description', cue: 'Playwright',
  },
  {
    title: 'Performance Test Engineer',
    description: 'Plan and run load tests with JMeter and analyse bottlenecks with APM tools.',
    role: 'qa', confidence: 'high',
  },

  // ── general ────────────────────────────────────────────────────────────────
  {
    title: 'Sales Executive',
    description: 'Generate leads and close deals for our B2B products in Mumbai. Field sales with monthly targets and attractive incentives.',
    role: 'general', confidence: 'high', source: 'title', cue: 'Sales',
  },
  {
    title: 'Digital Marketing Manager',
    description: 'Plan SEO, SEM and social media campaigns, manage Google Ads budgets and report on Google Analytics.',
    role: 'general', confidence: 'high', cue: 'Marketing',
  },
  {
    title: 'HR Recruiter',
    description: 'Source and screen candidates for Java, React and DevOps roles on Naukri and LinkedIn, and schedule interviews with hiring managers.',
    role: 'general', confidence: 'high', cue: 'HR',
  },
  {
    title: 'Talent Acquisition Specialist',
    description: 'Hire software engineers, data scientists and SREs for our Bengaluru tech centre; manage the ATS and offer negotiations.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Operations Manager',
    description: 'Manage last-mile delivery operations across 12 hubs, track SLAs and lead a team of 40 associates.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Chartered Accountant',
    description: 'Handle GST and TDS filings, statutory audits and month-end closing in Tally and Excel.',
    role: 'general', confidence: 'high', cue: 'Accountant',
  },
  {
    title: 'Business Development Executive',
    description: 'Sell our ERP and SaaS products to SMEs, do cold calling and product demos, and meet monthly revenue targets.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Customer Support Associate',
    description: 'Resolve customer queries over calls and chat for an international voice process. Night shifts, Gurugram.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Content Writer',
    description: 'Write SEO blogs on cloud, DevOps and AI for our tech audience; research topics and edit drafts.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Relationship Manager - Banking',
    description: 'Manage HNI client portfolios, cross-sell mutual funds and insurance, and meet branch targets.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Sales Manager - SaaS',
    description: 'Sell our cloud-based CRM software to mid-market companies. Salesforce experience and a network in the IT industry preferred.',
    role: 'general', confidence: 'high', cue: 'Sales',
  },
  {
    title: 'Cloud Sales Specialist',
    description: 'Sell AWS and Azure cloud solutions to enterprise customers and work with pre-sales architects on proposals.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Product Manager',
    description: 'Own the roadmap for our UPI payments product, write PRDs and work with engineering and design. SQL is a plus.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'UI/UX Designer',
    description: 'Create wireframes, prototypes and user flows in Figma, run user research, and hand off designs to React developers.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Financial Analyst',
    description: 'Prepare budgets, forecasts and monthly variance reports in Advanced Excel, and support FP&A reviews with the CFO.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'IT Recruiter',
    description: 'Hire for Java full stack, Python and data engineering roles for our clients across India.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Customer Success Manager',
    description: 'Onboard enterprise customers to our SaaS platform, understand their APIs and integrations, and drive renewals.',
    role: 'general', confidence: 'high',
  },
  {
    title: 'Accounts Executive',
    description: 'Maintain books of accounts in Tally ERP, reconcile bank statements and prepare GST returns.',
    role: 'general', confidence: 'high',
  },
];

describe('detectRole on real-world postings', () => {
  it('covers every role with at least five cases, 70 in all', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    for (const role of ROLES) expect(cases.filter((c) => c.role === role).length, role).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c, i) => ({ ...c, n: i + 1 })))('#$n $title → $role', (c) => {
    expect.hasAssertions();
    const d = detectRole({ title: c.title, description: c.description });
    const context = `${c.title} → ${JSON.stringify(d)}`;
    expect(d.role, context).toBe(c.role);
    if (c.confidence) expect(d.confidence, context).toBe(c.confidence);
    if (c.source) expect(d.source, context).toBe(c.source);
    if (c.cue) expect(d.cues, context).toContain(c.cue);
  });
});

describe('detectRole edge cases', () => {
  it('handles empty and missing input', () => {
    expect(detectRole({ title: '', description: '' })).toEqual({ role: 'general', confidence: 'medium', source: 'none', cues: [] });
    expect(detectRole({ title: undefined as unknown as string, description: null as unknown as string }).role).toBe('general');
  });

  it('reads "Java" and "JavaScript" as different words', () => {
    expect(detectRole({ title: 'Java Developer', description: '' }).role).toBe('backend');
    expect(detectRole({ title: 'JavaScript Developer', description: '' }).role).toBe('frontend');
  });

  it('prefers the longer phrase: React Native is mobile, not React', () => {
    const d = detectRole({ title: 'React Native Developer', description: 'React, Redux, TypeScript and CSS.' });
    expect(d.role).toBe('mobile');
    expect(d.cues).not.toContain('React');
  });
});

describe('describeDetection', () => {
  it('explains where the role came from', () => {
    expect(describeDetection(detectRole({ title: 'Data Engineer (Spark, Airflow)', description: '' }))).toBe('the title says Data Engineer, Spark and Airflow');
    expect(describeDetection(detectRole({ title: 'SDE 2', description: 'Spark, Airflow and dbt pipelines on Snowflake.' }))).toMatch(/^the description mentions Spark, Airflow and dbt$/);
    expect(describeDetection(detectRole({ title: 'SDE 2', description: 'Great culture.' }))).toBe('the posting names no stack; change the role if it is wrong');
    expect(describeDetection(detectRole({ title: 'Florist', description: '' }))).toBe('the posting names no software role');
  });
});

describe('the word tables', () => {
  const normal = (w: string) => w.toLowerCase().replace(/[\s-]+/g, ' ');

  it('give each strong title word to one role only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [role, { strong }] of Object.entries(TITLE_ROLE_WORDS)) {
      for (const w of new Set(strong.map(normal))) {
        const other = owner.get(w);
        if (other && other !== role) clashes.push(`"${w}": ${other} and ${role}`);
        owner.set(w, role);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('are lower case and free of stray spaces', () => {
    const all = [
      ...Object.values(TITLE_ROLE_WORDS).flatMap(({ strong, weak }) => [...strong, ...weak]),
      ...Object.values(DESCRIPTION_ROLE_WORDS).flat(),
    ];
    for (const w of all) expect(w, w).toBe(w.toLowerCase().trim());
  });
});
