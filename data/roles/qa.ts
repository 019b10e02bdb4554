import type { RoleGuide } from '../schema';

/**
 * QA and test automation interviews (manual testers, automation engineers,
 * SDETs) as they run in India: testing fundamentals and test design,
 * Selenium and framework questions, API, performance and mobile testing,
 * CI, and a coding round. Ids are permanent (bookmarks point at them).
 */
export const qa: RoleGuide = {
  role: 'qa',
  name: 'QA & test automation',
  summary:
    'QA interviews test fundamentals (STLC, test design, defects), hands-on automation with Selenium or newer ' +
    'tools, API and performance testing, and for SDET roles a coding round in Java or Python.',
  topics: [
    {
      id: 'qa-process',
      label: 'STLC and test process',
      terms: [
        'stlc',
        'software testing life cycle',
        'test plan',
        'test strategy',
        'test execution',
        'manual testing',
        'functional testing',
        'istqb',
        'uat',
        'user acceptance testing',
        'testrail',
        'zephyr',
        'test management',
        'traceability matrix',
      ],
    },
    {
      id: 'qa-test-design',
      label: 'test case design',
      terms: [
        // The named techniques (boundary value analysis, decision tables...) are their questions' own keywords.
        'test case design',
        'test cases',
        'test scenarios',
        'black box testing',
        'white box testing',
        'exploratory testing',
        'negative testing',
        'test design techniques',
      ],
    },
    {
      id: 'qa-defects',
      label: 'defect management',
      terms: [
        'jira',
        'bug tracking',
        'defect tracking',
        'defect management',
        'defect life cycle',
        'bug life cycle',
        'bugzilla',
        'bug reports',
        'defect reporting',
        'triage',
      ],
    },
    {
      id: 'qa-regression',
      label: 'regression and release testing',
      terms: [
        'regression testing',
        'regression suite',
        'smoke testing',
        'sanity testing',
        'retesting',
        'release testing',
        'build verification',
        'regression cycles',
      ],
    },
    {
      id: 'qa-selenium',
      label: 'Selenium WebDriver',
      terms: [
        'selenium',
        'webdriver',
        'selenium webdriver',
        'selenium grid',
        'xpath',
        'css selectors',
        'locators',
        'ui automation',
        'web automation',
      ],
    },
    {
      id: 'qa-framework',
      label: 'automation framework design',
      terms: [
        // The Page Object Model is qa-page-object-model's own keyword.
        'automation framework',
        'test automation framework',
        'hybrid framework',
        'data-driven framework',
        'keyword-driven framework',
        'allure',
        'extent reports',
        'maven',
      ],
    },
    {
      id: 'qa-test-runners',
      label: 'test runners (TestNG, JUnit, pytest)',
      terms: ['testng', 'junit', 'junit 5', 'junit5', 'pytest', 'nunit', 'xunit', 'mstest', 'dataprovider'],
    },
    {
      id: 'qa-bdd',
      label: 'BDD with Cucumber',
      terms: [
        'bdd',
        'cucumber',
        'gherkin',
        'specflow',
        'behaviour driven development',
        'behavior driven development',
        'feature files',
        'serenity bdd',
      ],
    },
    {
      id: 'qa-api',
      label: 'API testing',
      terms: [
        'api testing',
        'api automation',
        'rest assured',
        'restassured',
        'postman',
        'newman',
        'soapui',
        'karate',
        'contract testing',
        'pact',
        'swagger',
        'openapi',
        'wiremock',
        'web services testing',
      ],
    },
    {
      id: 'qa-modern-web',
      label: 'Playwright and Cypress',
      terms: ['playwright', 'cypress', 'webdriverio', 'puppeteer', 'testcafe', 'nightwatch'],
    },
    {
      id: 'qa-ci',
      label: 'tests in CI pipelines',
      terms: [
        'jenkins',
        'github actions',
        'gitlab ci',
        'azure devops',
        'continuous testing',
        'ci/cd',
        'browserstack',
        'sauce labs',
        'lambdatest',
        'docker',
      ],
    },
    {
      id: 'qa-performance',
      label: 'performance testing',
      terms: [
        'jmeter',
        'k6',
        'gatling',
        'locust',
        'loadrunner',
        'load testing',
        'stress testing',
        'performance testing',
        'soak testing',
        'endurance testing',
        'blazemeter',
        'neoload',
      ],
    },
    {
      id: 'qa-mobile',
      label: 'mobile test automation',
      terms: [
        'appium',
        'espresso',
        'xcuitest',
        'mobile testing',
        'mobile automation',
        'mobile app testing',
        'uiautomator2',
        'real devices',
        'device farm',
      ],
    },
    {
      id: 'qa-sql',
      label: 'SQL and test data',
      terms: [
        'sql',
        'database testing',
        'backend testing',
        'etl testing',
        'test data',
        'test data management',
        'mysql',
        'postgresql',
        'oracle',
      ],
    },
    {
      id: 'qa-strategy',
      label: 'automation strategy and shift-left',
      // No job titles ('automation engineer', 'qa automation'): "QA Automation Engineer" in a title
      // counted as two title terms for every strategy question and buried the Selenium and framework ones.
      terms: [
        'test automation',
        'automation testing',
        'test pyramid',
        'shift left',
        'agile testing',
        'tdd',
        'atdd',
        'quality engineering',
        'risk-based testing',
      ],
    },
    {
      id: 'qa-coding',
      label: 'coding for SDETs',
      terms: ['sdet', 'core java', 'java programming', 'python scripting', 'data structures', 'oops concepts'],
    },
  ],
  questions: [
    // ------------------------------------------------------- fundamentals
    {
      id: 'qa-test-pyramid',
      category: 'technical',
      role: 'qa',
      text: 'What is the test pyramid, and how does it shape your automation strategy?',
      guidance:
        'The pyramid puts many fast, cheap unit tests at the base, fewer integration and API tests in the middle and a small number of end-to-end UI tests at the top, because UI tests are slow, costly to maintain, more prone to flakiness and poor at pinpointing the cause of a failure. In practice that means checking each business rule at the lowest layer that can catch it and keeping UI tests for critical user journeys. Mention the ice-cream cone anti-pattern, mostly manual and UI checks, and that some teams prefer a trophy shape weighted towards integration tests. A common slip is treating the pyramid as fixed percentages, or automating everything through the UI because that is the layer QA traditionally owns.',
      topics: ['qa-strategy'],
      keywords: ['test pyramid', 'unit tests', 'integration tests', 'end-to-end tests', 'testing trophy'],
    },
    {
      id: 'qa-bva-equivalence-partitioning',
      category: 'technical',
      role: 'qa',
      text: 'Explain boundary value analysis and equivalence partitioning with an example.',
      guidance:
        'Equivalence partitioning splits inputs into groups the system should treat the same way and tests one value from each; for an age field accepting 18 to 60 that means below 18, 18 to 60 and above 60, plus invalid kinds such as blank, letters or decimals. Boundary value analysis then tests at the edges, where off-by-one bugs live: 17, 18, 60 and 61, and in the three-value variant also 19 and 59. Together they cut the number of cases while keeping the ones most likely to fail, so say explicitly which partitions are valid and which invalid. A common slip is testing only valid values, or forgetting that boundaries also apply to lengths, dates and amounts, not just simple numbers.',
      topics: ['qa-test-design'],
      keywords: ['boundary value analysis', 'equivalence partitioning', 'bva', 'equivalence class', 'off-by-one'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-decision-table-state-transition',
      category: 'technical',
      role: 'qa',
      text: 'When would you use decision table testing or state transition testing?',
      guidance:
        'Decision tables fit business rules where combinations of conditions drive the outcome, for example a discount that depends on membership, order value and a coupon: each column is a rule, n yes-or-no conditions give up to 2^n combinations, and impossible or irrelevant ones collapse into fewer rules. State transition testing fits behaviour that depends on history, such as an account locking after three failed logins or an order moving from placed to shipped to delivered; test every valid transition and also invalid ones, like cancelling a delivered order. For many independent parameters, mention pairwise testing to keep the count manageable. A common slip is listing every combination without collapsing, or testing only the happy path through the states.',
      topics: ['qa-test-design'],
      keywords: ['decision table', 'state transition', 'pairwise testing', 'business rules', 'cause-effect graph'],
    },
    {
      id: 'qa-test-login-page',
      category: 'technical',
      role: 'qa',
      text: 'How would you write test cases for a login page?',
      guidance:
        'Structure the answer by type instead of listing cases at random. Functional: valid login, wrong password, unknown user, empty fields, case sensitivity, remember me, forgot password and logout. Validation and boundaries: field lengths, spaces, special characters. Security: password masked, HTTPS, account lockout or captcha after repeated failures, a generic error that does not reveal which field was wrong, SQL injection and script input, session expiry and the back button after logout. Then usability and accessibility (tab order, labels for screen readers), cross-browser and mobile layouts, and response time under load. A common slip is stopping at positive and negative logins, when the interviewer is checking how systematically you think.',
      topics: ['qa-test-design', 'qa-process'],
      keywords: ['login page', 'test scenarios', 'negative test cases', 'security testing', 'usability testing'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-severity-vs-priority',
      category: 'technical',
      role: 'qa',
      text:
        'What is the difference between severity and priority? Give an example of high severity with low ' + 'priority, and the reverse.',
      guidance:
        'Severity is how badly a defect affects the system, usually proposed by the tester; priority is how urgently it should be fixed, usually decided by the product owner or lead based on business impact and release plans. High severity, low priority: a crash in a rarely used admin report that can wait for the next release. Low severity, high priority: the company name misspelt on the home page, or the wrong price on a banner before a sale, technically trivial but urgent for the business. Teams define their own scales in Jira, so mention how yours worked. A common slip is treating the two as the same field or claiming the tester alone sets priority.',
      topics: ['qa-defects'],
      keywords: ['severity', 'priority', 'severity vs priority', 'defect triage'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-bug-life-cycle',
      category: 'technical',
      role: 'qa',
      text: 'Walk me through the bug life cycle, and tell me what makes a good bug report.',
      guidance:
        'A typical flow is New, Assigned, Open, Fixed, Ready for retest, Verified and Closed, with side paths to Reopened when the fix fails and to Rejected, Duplicate, Deferred or Not a bug; each team configures its own Jira workflow. A good report has a specific title, exact steps, expected and actual results, build and environment, test data, severity, how often it reproduces, and evidence such as screenshots, video, logs or a HAR file. Keep one defect per ticket and link it to the story or test case. A common slip is vague steps like "checkout does not work", which sends the ticket back and forth and delays the fix.',
      topics: ['qa-defects', 'qa-process'],
      keywords: ['bug life cycle', 'defect life cycle', 'bug report', 'jira workflow', 'reopened'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-stlc-phases',
      category: 'technical',
      role: 'qa',
      text: 'What are the phases of the STLC, and how does it fit into the SDLC?',
      guidance:
        'The usual phases are requirement analysis (what is testable, questions for the business, a traceability matrix), test planning (scope, approach, effort, risks, tools, entry and exit criteria), test case design with test data, environment setup, test execution with defect logging and retesting, and test closure with metrics and lessons learned. Each phase has entry and exit criteria; for example, execution starts only when a build passes smoke tests. The STLC runs alongside the SDLC from the moment requirements exist, and in agile teams the same steps happen in compressed form inside every sprint. A common slip is reciting phase names without saying what each one produces, or implying testing starts only after development ends.',
      topics: ['qa-process'],
      keywords: ['stlc', 'sdlc', 'entry criteria', 'exit criteria', 'test closure', 'requirement traceability matrix'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-regression-smoke-sanity',
      category: 'technical',
      role: 'qa',
      text: 'How do regression testing, retesting, smoke testing and sanity testing differ?',
      guidance:
        'Retesting confirms that a specific defect is now fixed, using the steps from its bug report. Regression testing checks that a change has not broken existing functionality elsewhere; it is broad, repeated every release and the best candidate for automation. Smoke testing is a shallow, wide check that a new build is stable enough to test at all, such as launching, logging in and opening the main pages. Sanity testing is a narrow, focused check of one area after a small change or fix, often unscripted. Companies use smoke and sanity loosely, so define how you use them. A common slip is calling retesting a kind of regression, when one verifies a fix and the other looks for side effects.',
      topics: ['qa-regression'],
      keywords: ['regression testing', 'retesting', 'smoke testing', 'sanity testing', 'build verification test'],
      levels: ['fresher', 'mid'],
    },
    // ---------------------------------------------------------- Selenium
    {
      id: 'qa-selenium-locators',
      category: 'technical',
      role: 'qa',
      text: 'Which locator strategies does Selenium WebDriver offer, and how do you choose robust locators?',
      guidance:
        'List the By strategies: id, name, className, tagName, linkText, partialLinkText, cssSelector and xpath, plus the relative locators added in Selenium 4 (above, below, near, toLeftOf, toRightOf). Prefer a unique, stable id or a dedicated test attribute such as data-testid, then a short CSS selector, and XPath when you need to match text or walk up to a parent, which CSS cannot do. For dynamic attributes use contains() or starts-with() on the stable part. Ask developers to add test attributes, which is cheaper than maintaining fragile locators. A common slip is copying an absolute XPath from browser DevTools, which breaks with the first layout change.',
      topics: ['qa-selenium'],
      keywords: ['locators', 'xpath', 'css selector', 'relative locators', 'dynamic xpath', 'data-testid'],
    },
    {
      id: 'qa-selenium-waits',
      category: 'technical',
      role: 'qa',
      text: "Explain implicit, explicit and fluent waits in Selenium. Why shouldn't you mix implicit and explicit waits?",
      guidance:
        'An implicit wait is a global setting on the driver session: every findElement polls until the element is present in the DOM or the timeout passes, but it knows nothing about visibility or clickability. An explicit wait, WebDriverWait with ExpectedConditions such as visibilityOfElementLocated or elementToBeClickable, waits for a specific condition on a specific element. A fluent wait lets you set the timeout, polling interval and exceptions to ignore; in Java, WebDriverWait is itself a FluentWait. The Selenium documentation warns that mixing implicit and explicit waits makes wait times unpredictable, so keep the implicit wait at zero and use explicit waits. A common slip is Thread.sleep, which is either too short and flaky or too long and slow.',
      topics: ['qa-selenium'],
      keywords: ['implicit wait', 'explicit wait', 'fluent wait', 'webdriverwait', 'expectedconditions', 'thread.sleep', 'synchronization'],
    },
    {
      id: 'qa-stale-element-reference',
      category: 'technical',
      role: 'qa',
      text: 'What causes StaleElementReferenceException, and how do you handle it properly?',
      guidance:
        'It means the WebElement you hold no longer points to a node in the current DOM: the page reloaded or navigated, or a framework such as React re-rendered the component and replaced the node even though it looks the same. The fix is to locate elements close to when you use them instead of caching WebElement objects, keep By locators in page objects, and wait for the re-render to finish, for example with ExpectedConditions.stalenessOf on the old element before finding the new one. A small helper that re-locates and retries once is acceptable as a last resort. A common slip is a blanket retry loop around everything, which hides real timing problems and sometimes real bugs in the application.',
      topics: ['qa-selenium', 'qa-framework'],
      keywords: ['staleelementreferenceexception', 'stale element', 'stalenessof', 'webelement'],
    },
    {
      id: 'qa-selenium-frames-windows-alerts',
      category: 'technical',
      role: 'qa',
      text: 'How do you handle frames, multiple windows or tabs, and JavaScript alerts in Selenium?',
      guidance:
        'Frames need driver.switchTo().frame() by index, name or id, or a WebElement, and then parentFrame() or defaultContent() to come back; elements inside a frame are invisible to the driver until you switch. For windows, store the current handle, get all handles with getWindowHandles(), switch to the new one and switch back after closing it; Selenium 4 adds switchTo().newWindow(WindowType.TAB). For alerts, wait with alertIsPresent, then use switchTo().alert() to accept, dismiss, read the text or type into a prompt. Related asks are the Actions class for hover and drag-and-drop and JavascriptExecutor for scrolling. A common slip is forgetting to switch back to the main content, so later steps fail with NoSuchElementException.',
      topics: ['qa-selenium'],
      keywords: ['iframe', 'switchto', 'window handles', 'javascript alerts', 'actions class', 'javascriptexecutor'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'qa-page-object-model',
      category: 'technical',
      role: 'qa',
      text: 'What is the Page Object Model, and what are good and bad ways to implement it?',
      guidance:
        'Each page or reusable component, such as a header or search panel, gets a class that owns its locators and exposes user-level actions like login(user, password), often returning the next page object. Tests then read as intent and contain no locators, so a UI change is fixed in one place. Keep assertions in tests rather than in page objects, put the needed waits inside the actions, and share common behaviour through a base page. PageFactory with @FindBy is optional; By locators resolved at the moment of use work just as well. A common slip is a huge page class mirroring every element on the screen, or page objects that hide assertions, which makes failures hard to read.',
      topics: ['qa-framework', 'qa-selenium'],
      keywords: ['page object model', 'pagefactory', 'findby', 'page objects', 'base page'],
    },
    {
      id: 'qa-framework-walkthrough',
      category: 'technical',
      role: 'qa',
      text: 'Explain the automation framework you built or used: its layers, and why each one exists.',
      guidance:
        'This comes up in almost every automation round, so prepare a clear picture: language and build tool (Java with Maven or Gradle, or Python with pytest), the test runner, page objects or API clients, utilities such as waits and file readers, configuration per environment, test data sources, driver management with a ThreadLocal driver for parallel runs, logging, reporting with Allure or Extent, screenshots on failure, and the CI job that runs it all. For each part say why it exists and one decision you made, such as moving test setup to API calls to speed tests up. Quote real numbers: suite size, run time, pass rate. A common slip is listing tools without explaining how one test flows from trigger to report.',
      topics: ['qa-framework', 'qa-test-runners', 'qa-ci'],
      keywords: ['automation framework', 'hybrid framework', 'threadlocal', 'allure', 'extent reports', 'maven'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------ automation practice
    {
      id: 'qa-flaky-tests',
      category: 'technical',
      role: 'qa',
      text: 'What makes automated tests flaky, and how do you fix them rather than just rerun them?',
      guidance:
        'Name the main causes: synchronisation (fixed sleeps, not waiting for the right condition), tests that depend on order or share data and accounts, unstable shared environments and third-party services, time, time zone and random data, animations, brittle locators, and resource limits on CI agents. Treat flakiness as a defect: track failure history, quarantine the test so it stops blocking others, reproduce it by running it repeatedly or in parallel, and fix the root cause with condition-based waits, isolated data per test, stubs for external services and controlled clocks. Track the flaky rate as a team metric. A common slip is switching on automatic retries everywhere, which turns the suite green while hiding genuine race conditions in the product.',
      topics: ['qa-framework', 'qa-ci', 'qa-selenium'],
      keywords: ['flaky tests', 'flaky', 'flakiness', 'test flakiness', 'quarantine', 'retry analyzer', 'test isolation', 'test stability'],
    },
    {
      id: 'qa-testng-junit-pytest',
      category: 'technical',
      role: 'qa',
      text: 'Which TestNG, JUnit 5 or pytest features do you use for data-driven tests and parallel execution?',
      guidance:
        'For TestNG cover the annotation order from @BeforeSuite to @AfterMethod, groups, dependsOnMethods, @DataProvider returning Object[][] or an Iterator, listeners for screenshots and reporting, IRetryAnalyzer, and parallel runs set in testng.xml with the parallel and thread-count attributes. In JUnit 5 the equivalents are @ParameterizedTest with @CsvSource or @MethodSource, @Tag, extensions, and parallel execution enabled in junit-platform.properties. In pytest mention fixtures with scopes, conftest.py, @pytest.mark.parametrize, markers and pytest-xdist for parallel workers. Parallel runs need one driver per thread, usually through ThreadLocal, and independent test data. A common slip is a static WebDriver shared by all threads, so tests end up driving the same browser.',
      topics: ['qa-test-runners', 'qa-framework'],
      keywords: [
        'testng',
        'dataprovider',
        'parallel execution',
        'testng.xml',
        'parameterizedtest',
        'pytest fixtures',
        'pytest-xdist',
        'testng listeners',
      ],
    },
    {
      id: 'qa-bdd-cucumber',
      category: 'technical',
      role: 'qa',
      text: 'How does BDD with Cucumber work, and when is it worth the extra layer?',
      guidance:
        'Scenarios are written in Gherkin feature files using Feature, Scenario, Given, When, Then, Background and Scenario Outline with Examples, and each step maps to a step definition through a Cucumber expression or regular expression; hooks handle setup and teardown, and tags select which scenarios a JUnit or TestNG runner executes. The real value of BDD is the conversation: product, developers and testers agree on concrete examples before coding, and the feature files become living documentation. It is worth the overhead when business people actually read or write the scenarios. A common slip is writing imperative, UI-level steps like "click the submit button" instead of declarative behaviour, which makes scenarios brittle and unreadable for the business.',
      topics: ['qa-bdd', 'qa-framework'],
      keywords: ['cucumber', 'gherkin', 'step definitions', 'scenario outline', 'feature file'],
    },
    // ---------------------------------------------------------------- API
    {
      id: 'qa-api-testing',
      category: 'technical',
      role: 'qa',
      alsoFor: ['backend'],
      text: 'How do you test a REST API, and what do you check beyond the status code?',
      guidance:
        'Check the status code against the contract (200, 201 for creation, 204, 400 for bad input, 401 when not authenticated versus 403 when not permitted, 404, 409 for conflicts, 5xx for server faults), then the body values, the JSON schema, headers such as content type, and response time. Add negative cases: missing or wrong-typed fields, boundary values, invalid tokens, duplicate submissions, pagination, and idempotency of PUT and DELETE, and verify side effects in the database or with a follow-up GET. In Postman use collections, environments, pre-request scripts and tests, run through Newman in CI; in REST Assured use the given, when, then style with request specifications. A common slip is testing only the happy path that returns 200.',
      topics: ['qa-api'],
      keywords: ['api testing', 'rest assured', 'postman', 'status codes', 'json schema validation', 'newman', 'rest api'],
    },
    {
      id: 'qa-contract-testing',
      category: 'technical',
      role: 'qa',
      alsoFor: ['backend'],
      text: 'What is contract testing, and how does it differ from integration or end-to-end API tests?',
      guidance:
        'In consumer-driven contract testing, with Pact for example, the consumer team writes tests against a mock provider, which records the requests it sends and the responses it relies on into a contract file. The provider then replays that contract against its real service in its own pipeline, and a Pact Broker shares contracts and answers whether a version is safe to deploy. This catches breaking changes between services without deploying them all together, so it is faster and more reliable than end-to-end tests. An OpenAPI schema describes what the provider offers, while a consumer contract captures what consumers actually use. A common slip is treating contract tests as functional tests of the provider: they check the interface, not business logic.',
      topics: ['qa-api', 'qa-strategy'],
      keywords: ['contract testing', 'pact', 'consumer-driven contracts', 'pact broker', 'microservices', 'openapi'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------- tools and CI
    {
      id: 'qa-playwright-cypress-vs-selenium',
      category: 'technical',
      role: 'qa',
      alsoFor: ['frontend'],
      text: 'How do Playwright and Cypress compare with Selenium, and which would you choose?',
      guidance:
        'Selenium speaks the W3C WebDriver protocol, supports many languages and every major browser, scales through Selenium Grid and has the biggest ecosystem, but you manage waits yourself. Cypress runs inside the browser next to the application, is JavaScript or TypeScript only, retries queries and assertions automatically and has strong debugging and network stubbing, but it does not drive multiple tabs and its WebKit support is experimental. Playwright drives Chromium, Firefox and WebKit, has JavaScript, Python, Java and .NET bindings, auto-waits for elements to be actionable, isolates tests with browser contexts, handles multiple tabs and origins and ships a trace viewer. Choose by team language, browsers to cover and existing investment. A common slip is claiming auto-waiting tools never produce flaky tests.',
      topics: ['qa-modern-web', 'qa-selenium'],
      keywords: ['playwright', 'cypress', 'selenium vs playwright', 'auto-waiting', 'trace viewer', 'cy.intercept'],
    },
    {
      id: 'qa-ci-integration',
      category: 'technical',
      role: 'qa',
      alsoFor: ['devops'],
      text: 'How do you run your automation suite in CI with Jenkins or GitHub Actions?',
      guidance:
        'Split the suite by purpose: a fast smoke and API set on every pull request, the full regression nightly or before a release, and a smoke run after each deployment. The pipeline, a Jenkinsfile or a GitHub Actions workflow, checks out code, builds, starts dependencies with Docker if needed, runs tests headless and in parallel on a Selenium Grid, containers or a cloud grid such as BrowserStack, then publishes JUnit XML and Allure or HTML reports and archives screenshots and videos. Pass environment and browser as parameters, use a matrix for browsers, keep credentials in the CI secret store and notify the team on failure. A common slip is a slow suite that stays red for days until everyone ignores it.',
      topics: ['qa-ci', 'qa-framework'],
      keywords: ['jenkins', 'github actions', 'jenkinsfile', 'headless', 'selenium grid', 'nightly regression'],
    },
    {
      id: 'qa-test-data-management',
      category: 'technical',
      role: 'qa',
      text: 'How do you manage test data for automated and manual testing?',
      guidance:
        'Prefer data each test creates for itself through APIs or database scripts during setup and cleans up afterwards, with unique values such as timestamps or UUIDs so parallel runs do not collide. For larger needs use seed scripts, database snapshots or containers that start from a known state, and synthetic data from tools like Faker; production data is acceptable only when masked, because of privacy rules. Keep environment-specific values in configuration and data-driven inputs in files read by a data provider, close enough to the test to understand it. A common slip is depending on one shared account or record in a common environment, which another person or test changes, turning the suite flaky.',
      topics: ['qa-sql', 'qa-framework'],
      keywords: ['test data', 'test data management', 'data masking', 'synthetic data', 'faker', 'data-driven testing'],
    },
    {
      id: 'qa-performance-testing',
      category: 'technical',
      role: 'qa',
      alsoFor: ['backend'],
      text: 'Explain load, stress, spike and soak testing, and how you read the results of a JMeter or k6 run.',
      guidance:
        'Load testing applies expected and peak traffic to check response times and error rates against targets; stress testing pushes beyond capacity to find the breaking point and how the system recovers; spike testing applies sudden surges; soak or endurance testing holds a steady load for hours to expose memory leaks or exhausted connection pools. Read throughput, error rate and latency percentiles such as p95 and p99 rather than the average, which hides the slow tail, alongside server CPU, memory and database metrics. In JMeter use thread groups with ramp-up and run in non-GUI mode; in k6 script virtual users and stages in JavaScript and set thresholds that fail the CI job. A common slip is generating load from one laptop, so the load generator becomes the bottleneck.',
      topics: ['qa-performance'],
      keywords: ['load testing', 'stress testing', 'soak testing', 'spike testing', 'percentiles', 'p95', 'throughput', 'thread groups'],
    },
    {
      id: 'qa-appium-mobile-testing',
      category: 'technical',
      role: 'qa',
      alsoFor: ['mobile'],
      text: 'How does Appium work, and what makes mobile test automation harder than web automation?',
      guidance:
        'Appium is a server that implements the WebDriver protocol and delegates to platform drivers, UiAutomator2 for Android and XCUITest for iOS, which since Appium 2 are installed separately; a session starts from capabilities such as platformName, automationName, device and app. Prefer accessibility id and resource id locators, since XPath is slow on mobile. The hard parts are device and OS fragmentation, emulators versus real devices or cloud farms such as BrowserStack, permission pop-ups, gestures through W3C actions, switching context for hybrid webviews, resetting app state and slower runs. Espresso and XCUITest are faster for developer-owned UI tests. A common slip is an XPath-heavy suite that runs slowly and breaks across OS versions.',
      topics: ['qa-mobile'],
      keywords: ['appium', 'uiautomator2', 'xcuitest', 'desired capabilities', 'accessibility id', 'emulators', 'real devices'],
    },
    {
      id: 'qa-sql-for-testers',
      category: 'technical',
      role: 'qa',
      text: 'What SQL do you use as a tester, and how would you verify data after a UI action?',
      guidance:
        'Show everyday queries: SELECT with WHERE, ORDER BY and LIMIT, INNER versus LEFT JOIN (a LEFT JOIN with IS NULL finds orphan records), GROUP BY with HAVING COUNT(*) > 1 to find duplicates, aggregates and subqueries, and the classic second-highest-salary question. To verify a UI action such as placing an order, query the orders and order items tables for the new rows, status, totals and timestamps, and check related records such as inventory or payments. Use read-only access on shared environments. A common slip is writing = NULL instead of IS NULL, which matches nothing, or using an INNER JOIN where the unmatched rows are exactly what you wanted to see.',
      topics: ['qa-sql'],
      keywords: ['sql', 'sql joins', 'group by', 'database testing', 'backend validation', 'duplicate records'],
    },
    // ------------------------------------------------------------ strategy
    {
      id: 'qa-what-to-automate',
      category: 'technical',
      role: 'qa',
      text: 'How do you decide what to automate and what to keep manual?',
      guidance:
        'Automate tests that run often and are stable and repetitive: smoke and regression suites, data-driven checks, API tests, cross-browser runs and calculations that are tedious by hand. Weigh the return: how often a test runs and how long it takes manually, against the cost to build and maintain it. Keep exploratory testing, usability and visual judgement, one-off checks and features whose UI still changes every sprint manual, at least for now. Automate at the lowest layer that can catch the bug, API before UI. A common slip is setting a target of automating every manual test case, or measuring success by test count instead of time saved and defects caught.',
      topics: ['qa-strategy', 'qa-regression'],
      keywords: ['automation roi', 'automation candidates', 'manual vs automation', 'exploratory testing'],
    },
    {
      id: 'qa-shift-left-agile',
      category: 'technical',
      role: 'qa',
      text: 'What does shift-left testing mean in an agile team, and what does a tester do during a sprint?',
      guidance:
        'Shift-left means finding problems earlier: testers join refinement to question requirements and write acceptance criteria with developers and product (the three amigos), design tests and automation while the feature is being built, review unit and API test coverage with developers, and test on feature branches or pull request environments instead of waiting for a build at the end. Quality becomes part of the definition of done, with automated checks running in CI on each change. Many teams pair it with shift-right practices such as production monitoring and canary releases. A common slip is describing a mini waterfall where all testing happens in the last two days of the sprint, which guarantees carry-over.',
      topics: ['qa-strategy', 'qa-process'],
      keywords: ['shift left', 'agile testing', 'three amigos', 'acceptance criteria', 'definition of done', 'shift-left testing'],
    },
    // -------------------------------------------------------------- coding
    {
      id: 'qa-sdet-coding-round',
      category: 'coding',
      role: 'qa',
      text: 'How do you approach the coding round for an SDET role, such as string and array problems in Java?',
      guidance:
        'Expect problems like reversing a string or its words, checking palindromes and anagrams, counting character frequency, finding duplicates, the second largest or the missing number, and sometimes writing a Selenium or API test live. Clarify inputs first (null, empty, case, spaces), state a simple approach and then a better one with its time and space complexity, and write clean code with the right collections: HashMap for counts, HashSet for duplicates, StringBuilder instead of repeated concatenation because String is immutable. Walk through edge cases aloud and dry-run your code. A common slip is comparing strings with == in Java, which compares references, instead of equals().',
      topics: ['qa-coding'],
      keywords: ['sdet', 'java programs', 'string manipulation', 'hashmap', 'java collections', 'arrays', 'palindrome'],
    },
    // --------------------------------------------------------- situational
    {
      id: 'qa-critical-bug-before-release',
      category: 'situational',
      role: 'qa',
      text: 'The release is tomorrow and you find a critical bug today. What do you do?',
      guidance:
        'Confirm it quickly: reproduce it, note the build and environment, and gather evidence. Assess the impact: which users and flows, whether data or money is involved, whether there is a workaround and whether the bug already exists in production. Log it with the right severity and tell the lead, product owner and release manager at once rather than waiting for the next stand-up. The go or no-go call belongs to the stakeholders; your job is to give them clear risk information and options: fix now with targeted retesting and regression around the area, switch the feature off with a flag, or delay. A common slip is either staying quiet to avoid blocking the release or trying to block it on your own.',
      topics: ['qa-defects', 'qa-regression'],
      keywords: ['critical bug', 'go/no-go', 'release decision', 'risk assessment', 'blocker', 'showstopper'],
    },
    {
      id: 'qa-manual-to-automation',
      category: 'situational',
      role: 'qa',
      text: 'Regression in your team is fully manual and takes a week every release. How would you introduce automation?',
      guidance:
        'Start by studying the existing test cases and defect history to find the stable, high-value flows, and agree a goal with the team, such as cutting regression time in half. Pick tools that fit the product and the language the developers already use, build a small maintainable framework, and automate smoke and the most-run regression cases first, at the API layer where possible, running them in CI from the start. Show progress with numbers such as hours saved and defects caught, and upskill manual testers through pairing and code reviews instead of splitting the team. Keep exploratory testing alive. A common slip is a big-bang attempt to convert every manual case into UI scripts, which produces a slow, flaky suite nobody trusts.',
      topics: ['qa-strategy', 'qa-regression', 'qa-framework'],
      keywords: ['manual to automation', 'automation roadmap', 'regression automation', 'upskilling', 'manual testers'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'qa-works-on-my-machine',
      category: 'situational',
      role: 'qa',
      text: "A developer rejects your bug, saying 'it works on my machine'. What do you do?",
      guidance:
        'Stay factual rather than defensive. Reproduce it again and collect what could differ: build version, environment, configuration or feature flags, browser or device, test data and user role, and attach logs, a video or a HAR file. Then reproduce it together with the developer, in person or over a shared screen; often the cause is a difference in data or configuration, which is worth finding in itself. If it truly cannot be reproduced, record the conditions, agree to monitor it and note what would reopen it. A common slip is turning it into an argument or escalating before you have evidence.',
      topics: ['qa-defects'],
      keywords: ['cannot reproduce', 'rejected bug', 'developer pushback', 'har file', 'bug advocacy'],
    },
    // --------------------------------------------------------- behavioural
    {
      id: 'qa-beh-escaped-defect',
      category: 'behavioural',
      role: 'qa',
      text: 'Tell me about a defect that escaped to production from an area you tested. What happened next?',
      guidance:
        'Choose a real escape and own your part without blaming developers or time pressure. Explain how it was found, how you helped contain it, the root cause in the testing process, such as a missing scenario, an untested data combination or an environment difference, and the change you made afterwards: a new regression case, an automated check, a better test data set or a review step. Interviewers are looking for honesty, calm under pressure and learning. A common slip is picking a trivial bug or claiming nothing has ever escaped you, which suggests you have not tested anything important.',
      topics: ['qa-defects', 'qa-regression'],
      keywords: ['production defect', 'defect leakage', 'escaped defect', 'root cause analysis', 'post-mortem'],
    },
    {
      id: 'qa-beh-most-important-bug',
      category: 'behavioural',
      role: 'qa',
      text: 'Tell me about the most important bug you found. How did you find it?',
      guidance:
        "Pick a bug with clear impact, such as wrong billing amounts, one user seeing another user's data, a race condition in payments or a crash on a popular device, and explain the thinking that led you there: questioning a requirement, exploring an edge case, comparing logs or noticing a pattern others dismissed. Describe how you reported it so it was acted on quickly, and quantify the impact avoided if you can. Finish with what you generalised from it, such as a checklist item or an automated check. A common slip is describing a bug anyone would have found by following the script, which shows no testing insight.",
      topics: ['qa-test-design', 'qa-defects'],
      keywords: ['exploratory testing', 'critical defect', 'bug hunting'],
    },
    // ------------------------------------------------------ ask-interviewer
    {
      id: 'qa-ask-quality-ownership',
      category: 'ask-interviewer',
      role: 'qa',
      text: 'Who owns quality here: how are unit, API and UI tests split between developers and QA?',
      guidance:
        'The answer shows whether testers are partners or a final gate. Teams where developers write unit and API tests while QA drives strategy, automation and exploratory testing tend to offer SDET growth; teams where QA receives builds at the end of the sprint usually mean deadline pressure and mostly manual regression. It also reveals whether automation is valued or treated as a side task. Asking signals that you see quality as a team practice rather than a phase, which is what modern QA roles look for.',
      topics: ['qa-strategy'],
      keywords: ['quality ownership', 'qa to developer ratio', 'whole team quality', 'sdet'],
    },
    {
      id: 'qa-ask-automation-health',
      category: 'ask-interviewer',
      role: 'qa',
      text: 'What does the current automation suite look like: coverage, run time, flakiness, and how it runs in CI?',
      guidance:
        'The answer tells you what your first months will look like: building a framework from scratch, maintaining a large legacy suite, or extending a healthy one. Honest numbers on run time and flaky rate show engineering maturity, and vague answers often mean the suite is neglected. Follow up on who fixes broken tests and whether failures block releases. Asking shows you care about automation that is trusted and used, not just counted, and gives you concrete points to explain how you would help.',
      topics: ['qa-framework', 'qa-ci'],
      keywords: ['automation coverage', 'flaky rate', 'suite run time', 'test maintenance'],
    },
  ],
  rounds: [
    {
      id: 'qa-round-online-assessment',
      name: 'Online assessment',
      description:
        'Aptitude and multiple-choice questions on testing concepts, sometimes with one or two easy coding problems ' +
        'in Java or Python; common at service companies and for fresher hiring.',
    },
    {
      id: 'qa-round-fundamentals',
      name: 'Testing fundamentals round',
      description:
        'STLC, test design techniques, bug life cycle, severity and priority, and "write test cases for this" ' +
        'exercises on a login page, a lift, an ATM or an everyday object.',
    },
    {
      id: 'qa-round-automation',
      name: 'Automation and coding round',
      description:
        'Selenium and framework questions, a script written live (login, dropdown, waits, frames), Java or Python ' +
        'programs on strings and arrays, and often API testing with Postman or REST Assured plus a few SQL queries.',
    },
    {
      id: 'qa-round-manager',
      name: 'Managerial round',
      description:
        'Scenarios such as release pressure, disagreements with developers and test effort estimation, plus how ' +
        'you improved a process or a suite in a past project.',
    },
    {
      id: 'qa-round-hr',
      name: 'HR',
      description: 'Notice period, expectations, shift or location preferences and a check on motivation and fit.',
    },
  ],
  tips: [
    {
      id: 'qa-tip-framework-story',
      title: 'Rehearse your framework walkthrough',
      body:
        'Almost every automation interview asks you to explain your framework. Practise drawing it in two minutes, ' +
        'trace one test from the CI trigger to the report, and be ready to say where you used OOP in it, such as ' +
        'inheritance in a base test, encapsulation in page objects and the WebDriver interface as polymorphism.',
    },
    {
      id: 'qa-tip-structure-test-cases',
      title: 'Answer "how would you test X" with a structure',
      body:
        'For any object or feature, walk through functional, negative, boundary, UI, usability, accessibility, ' +
        'performance and security checks in that order. A clear structure scores better than a long unordered list.',
    },
    {
      id: 'qa-tip-code-without-ide',
      title: 'Practise coding without an IDE',
      body:
        'SDET coding rounds are often on a shared editor with no autocomplete. Write small Java or Python programs ' +
        'by hand, know the core collections and string methods, and practise writing a Selenium test from memory.',
    },
  ],
};

export default qa;
