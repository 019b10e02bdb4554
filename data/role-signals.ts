import type { Role } from './schema';

/**
 * The words that say which role a posting is for. Titles decide first
 * (utils/roles/detect-role.ts): a role noun ("Backend", "SDET", "Data Analyst")
 * weighs 3, a stack word ("React", "Spring Boot") 1. A generic title ("Software
 * Engineer", "SDE 2") leaves it to the description's stack words. All lower
 * case, matched as whole words; the longest phrase wins ("react native" is
 * Mobile, never React).
 */
export const TITLE_ROLE_WORDS: Record<Exclude<Role, 'general'>, { strong: string[]; weak: string[] }> = {
  backend: {
    strong: ['backend', 'back end', 'back-end', 'server side', 'server-side', 'api developer', 'java developer', 'golang developer', 'go developer', 'node.js developer', 'nodejs developer', 'node developer', '.net developer', 'dotnet developer', 'c# developer', 'php developer', 'ruby developer', 'rails developer', 'django developer', 'java engineer', 'spring boot developer'],
    weak: ['java', 'spring boot', 'spring', 'j2ee', 'microservices', 'golang', 'node.js', 'nodejs', 'django', 'fastapi', 'flask', '.net', 'c#', 'php', 'laravel', 'ruby on rails', 'kotlin backend', 'scala', 'python', 'python developer'],
  },
  frontend: {
    strong: ['frontend', 'front end', 'front-end', 'ui developer', 'ui engineer', 'react developer', 'reactjs developer', 'react.js developer', 'angular developer', 'vue developer', 'vue.js developer', 'javascript developer', 'web ui', 'ui/ux developer'],
    weak: ['react', 'reactjs', 'react.js', 'angular', 'angularjs', 'vue', 'vue.js', 'next.js', 'nextjs', 'javascript', 'typescript', 'html', 'css', 'web developer'],
  },
  fullstack: {
    strong: ['full stack', 'fullstack', 'full-stack', 'mern', 'mern stack', 'mean stack', 'mevn', 'full stack developer'],
    weak: [],
  },
  mobile: {
    strong: ['android', 'ios', 'flutter', 'react native', 'mobile developer', 'mobile engineer', 'mobile app developer', 'mobile application developer', 'app developer', 'swift developer', 'kotlin developer', 'xamarin'],
    weak: ['swift', 'swiftui', 'kotlin', 'jetpack compose', 'dart'],
  },
  'data-engineering': {
    strong: ['data engineer', 'data engineering', 'big data engineer', 'big data developer', 'etl developer', 'etl engineer', 'data platform engineer', 'data warehouse engineer', 'analytics engineer', 'spark developer', 'hadoop developer', 'data architect', 'databricks engineer'],
    weak: ['big data', 'etl', 'spark', 'pyspark', 'airflow', 'hadoop', 'databricks', 'snowflake', 'data pipeline', 'data warehouse', 'kafka'],
  },
  'data-science': {
    strong: ['data scientist', 'data science', 'machine learning', 'ml engineer', 'ml ops', 'mlops', 'ai engineer', 'ai/ml', 'ai ml', 'ai developer', 'nlp engineer', 'computer vision', 'deep learning', 'genai', 'gen ai', 'generative ai', 'llm engineer', 'applied scientist', 'research scientist'],
    weak: ['ml', 'ai', 'llm', 'nlp', 'pytorch', 'tensorflow'],
  },
  'data-analytics': {
    strong: ['data analyst', 'data analytics', 'business analyst', 'bi developer', 'bi analyst', 'bi engineer', 'business intelligence', 'power bi developer', 'tableau developer', 'reporting analyst', 'mis analyst', 'mis executive', 'product analyst', 'analytics analyst', 'marketing analyst', 'insights analyst'],
    weak: ['power bi', 'tableau', 'sql', 'excel', 'analytics', 'looker'],
  },
  devops: {
    strong: ['devops', 'dev ops', 'devsecops', 'sre', 'site reliability', 'platform engineer', 'cloud engineer', 'cloud architect', 'infrastructure engineer', 'build and release', 'release engineer', 'kubernetes engineer', 'aws engineer', 'azure engineer', 'gcp engineer', 'linux administrator', 'system administrator'],
    weak: ['kubernetes', 'k8s', 'docker', 'terraform', 'aws', 'azure', 'gcp', 'cloud', 'ci/cd', 'jenkins', 'ansible', 'infrastructure'],
  },
  qa: {
    strong: ['qa', 'sdet', 'quality assurance', 'quality engineer', 'quality analyst', 'test engineer', 'testing engineer', 'test analyst', 'test lead', 'test manager', 'tester', 'automation tester', 'automation test engineer', 'automation engineer', 'test automation', 'manual testing', 'manual tester', 'qa engineer', 'software tester', 'performance tester', 'selenium'],
    weak: ['testing', 'automation', 'playwright', 'cypress', 'appium'],
  },
};

/** Titles of a software job that does not name its stack: the description decides. */
export const GENERIC_SOFTWARE_TITLE = [
  'software engineer', 'software developer', 'software development engineer', 'sde', 'sde 1', 'sde 2', 'sde 3', 'sde i',
  'sde ii', 'sde iii', 'swe', 'programmer', 'developer', 'member of technical staff', 'mts', 'tech lead',
  'technical lead', 'engineering manager', 'software architect', 'solution architect', 'associate software engineer',
  'graduate engineer trainee', 'systems engineer', 'system engineer', 'application developer', 'applications engineer', 'coder', 'engineer',
];

/** Titles that are plainly not software jobs: they get the General pool whatever the description says. */
export const NON_SOFTWARE_TITLE = [
  'sales', 'marketing', 'human resources', 'hr', 'hrbp', 'recruiter', 'recruitment', 'talent acquisition', 'account manager',
  'account executive', 'business development', 'bde', 'finance', 'financial', 'accountant', 'accounts', 'audit',
  'operations', 'customer support', 'customer success', 'customer service', 'customer care', 'content writer',
  'copywriter', 'designer', 'product manager', 'teacher', 'nurse', 'legal', 'lawyer', 'procurement', 'supply chain',
  'logistics', 'telecaller', 'relationship manager', 'branch manager', 'store manager', 'receptionist',
  'office administrator', 'admin executive', 'payroll', 'seo', 'social media', 'brand manager', 'growth manager',
  'merchandiser', 'civil engineer', 'mechanical engineer', 'electrical engineer', 'pharmacist', 'chef', 'driver',
  'field executive', 'back office',
];

/**
 * Stack words a description names, per role, for generic titles. Words several
 * roles share ("python", "sql", "git", "jira", "postman", "junit") are left out:
 * they cannot tell roles apart. Full stack has only its own names ("full stack",
 * "MERN"); with a frontend and a backend word beside them they make the job full stack.
 */
export const DESCRIPTION_ROLE_WORDS: Record<Exclude<Role, 'general'>, string[]> = {
  fullstack: ['full stack', 'fullstack', 'full-stack', 'mern', 'mern stack', 'mean stack', 'mevn'],
  backend: [
    'spring boot', 'spring', 'hibernate', 'jpa', 'java', 'j2ee', 'microservices', 'node.js', 'nodejs', 'express.js', 'nestjs',
    'django', 'fastapi', 'flask', 'golang', '.net', 'asp.net', 'c#', 'php', 'laravel', 'ruby on rails', 'rest apis',
    'restful', 'grpc', 'graphql', 'postgresql', 'mysql', 'mongodb', 'redis', 'kafka', 'rabbitmq', 'backend',
    'back-end', 'server-side', 'api design', 'system design', 'distributed systems',
  ],
  frontend: [
    'react', 'reactjs', 'react.js', 'redux', 'angular', 'vue', 'vue.js', 'next.js', 'nextjs', 'html', 'html5', 'css',
    'css3', 'sass', 'tailwind', 'webpack', 'vite', 'javascript', 'typescript', 'dom', 'frontend', 'front-end',
    'responsive design', 'web accessibility', 'core web vitals', 'jest', 'react testing library', 'storybook',
  ],
  mobile: [
    'android', 'ios', 'kotlin', 'swift', 'swiftui', 'uikit', 'jetpack compose', 'flutter', 'dart', 'react native',
    'xcode', 'android studio', 'play store', 'app store', 'mobile app', 'mobile apps', 'mobile application',
  ],
  'data-engineering': [
    'spark', 'pyspark', 'hadoop', 'hive', 'airflow', 'dbt', 'databricks', 'snowflake', 'bigquery', 'redshift', 'etl',
    'elt', 'data pipeline', 'data pipelines', 'data warehouse', 'data lake', 'lakehouse', 'delta lake', 'kafka',
    'flink', 'glue', 'data modelling', 'data modeling',
  ],
  'data-science': [
    'machine learning', 'deep learning', 'scikit-learn', 'sklearn', 'pytorch', 'tensorflow', 'keras', 'xgboost', 'nlp',
    'computer vision', 'llm', 'llms', 'genai', 'generative ai', 'rag', 'langchain', 'hugging face', 'transformers',
    'mlops', 'mlflow', 'model training', 'feature engineering', 'statistical modelling',
  ],
  'data-analytics': [
    'power bi', 'tableau', 'dax', 'excel', 'advanced excel', 'vlookup', 'pivot tables', 'looker', 'dashboards',
    'dashboard', 'kpi', 'kpis', 'reporting', 'google analytics', 'a/b testing', 'data visualisation', 'data visualization',
    'business insights', 'sql queries',
  ],
  devops: [
    'kubernetes', 'k8s', 'docker', 'terraform', 'ansible', 'helm', 'jenkins', 'github actions', 'gitlab ci', 'ci/cd',
    'aws', 'azure', 'gcp', 'ec2', 'eks', 'prometheus', 'grafana', 'linux', 'bash', 'shell scripting', 'argo cd',
    'infrastructure as code', 'sre', 'observability',
  ],
  qa: [
    'selenium', 'testng', 'cucumber', 'bdd', 'appium', 'jmeter', 'rest assured', 'test cases',
    'test plans', 'regression testing', 'manual testing', 'automation testing', 'test automation', 'qa', 'sdet',
    'playwright', 'cypress', 'defect', 'defects', 'stlc',
  ],
};

/**
 * How much one description word of a role counts (1 unless listed). Ops tooling
 * turns up in nearly every posting ("deploy on AWS with Docker, CI/CD in
 * Jenkins"), so it counts half: a backend job that ships its own services stays
 * backend, while a posting that names nothing but ops tooling is still DevOps.
 */
export const DESCRIPTION_WORD_WEIGHT: Partial<Record<Exclude<Role, 'general'>, number>> = {
  devops: 0.5,
};
