import type { RoleGuide } from '../schema';

/**
 * Data analytics interviews: SQL, Excel, a BI tool (Power BI or Tableau),
 * pandas, statistics and A/B tests, product metrics, case-style questions and
 * presenting findings to business stakeholders.
 */
export const dataAnalytics: RoleGuide = {
  role: 'data-analytics',
  name: 'Data analytics',
  summary:
    'Data analyst interviews test SQL, Excel and a BI tool hands-on, then statistics, metric design, case and guesstimate questions, and how clearly you explain findings to the business.',
  topics: [
    {
      id: 'da-sql',
      label: 'SQL',
      terms: [
        // No 'advanced sql' or 'sql queries' (nor 'advanced excel', 'power bi desktop' below): they match
        // 'sql' anyway, and as terms of their own they counted one skill twice for every question of it.
        'sql',
        'mysql',
        'postgresql',
        'sql server',
        'window functions',
        'cte',
        'ssms',
        'bigquery',
      ],
    },
    {
      id: 'da-excel',
      label: 'Excel',
      terms: [
        'excel',
        'vlookup',
        'xlookup',
        'hlookup',
        'index match',
        'pivot tables',
        'google sheets',
        'spreadsheets',
        'vba',
        'excel macros',
        'conditional formatting',
      ],
    },
    {
      id: 'da-power-bi',
      label: 'Power BI and DAX',
      terms: ['power bi', 'powerbi', 'dax', 'power query', 'power pivot', 'row-level security', 'semantic model', 'ssas'],
    },
    {
      id: 'da-bi-tools',
      label: 'Tableau and other BI tools',
      terms: [
        'tableau',
        'tableau prep',
        'looker',
        'looker studio',
        'google data studio',
        'lookml',
        'qlik',
        'qlik sense',
        'qlikview',
        'metabase',
        'superset',
      ],
    },
    {
      id: 'da-python',
      label: 'Python for analysis',
      terms: ['python', 'pandas', 'numpy', 'jupyter', 'matplotlib', 'seaborn', 'plotly', 'r programming', 'rstudio'],
    },
    {
      id: 'da-statistics',
      label: 'statistics',
      terms: [
        'statistics',
        'statistical analysis',
        'descriptive statistics',
        'inferential statistics',
        'hypothesis testing',
        'probability',
        'regression analysis',
        'correlation',
        'confidence intervals',
        'p-value',
        't-test',
        'chi-square',
      ],
    },
    {
      id: 'da-ab-testing',
      label: 'A/B testing and experiments',
      terms: [
        'a/b testing',
        'ab testing',
        'a/b tests',
        'split testing',
        'experimentation',
        'controlled experiments',
        'experiment design',
        'statistical significance',
      ],
    },
    {
      id: 'da-metrics',
      label: 'metrics and KPIs',
      terms: [
        'kpi',
        'key performance indicators',
        'business metrics',
        'product metrics',
        'north star metric',
        'dau',
        'mau',
        'churn',
        'churn analysis',
        'user retention',
        'retention analysis',
        'unit economics',
      ],
    },
    {
      id: 'da-product-analytics',
      label: 'product and web analytics',
      terms: [
        'product analytics',
        'cohort analysis',
        'funnel analysis',
        'conversion funnel',
        'conversion rate',
        'google analytics',
        'ga4',
        'mixpanel',
        'amplitude',
        'clevertap',
        'moengage',
        'web analytics',
        'user journey',
      ],
    },
    {
      id: 'da-dashboards',
      label: 'dashboards and data visualisation',
      terms: [
        'dashboards',
        'dashboarding',
        'data visualisation',
        'data visualization',
        'mis reporting',
        'mis reports',
        'business intelligence',
        'bi reporting',
      ],
    },
    {
      id: 'da-data-cleaning',
      label: 'data cleaning',
      terms: [
        'data cleaning',
        'data cleansing',
        'data wrangling',
        'data preparation',
        'data munging',
        'missing values',
        'outliers',
        'data quality',
        'data validation',
      ],
    },
    {
      id: 'da-business-cases',
      label: 'business cases and guesstimates',
      terms: ['guesstimates', 'guesstimation', 'market sizing', 'root cause analysis', 'rca', 'case interview', 'problem structuring'],
    },
    {
      id: 'da-storytelling',
      label: 'data storytelling and stakeholders',
      terms: [
        'data storytelling',
        'storytelling',
        'stakeholder management',
        'business stakeholders',
        'actionable insights',
        'presenting insights',
        'presentation skills',
        'executive presentations',
      ],
    },
  ],
  questions: [
    // ------------------------------------------------------------ SQL
    {
      id: 'da-sql-joins-row-counts',
      category: 'technical',
      role: 'data-analytics',
      text: 'Explain the different SQL joins. What happens to the row count when the join key has duplicates?',
      guidance:
        'An inner join keeps only matching rows; a left join keeps every row of the left table, with NULLs where the right side has no match; a full outer join keeps unmatched rows from both sides; a cross join pairs every row with every row. The row count is what interviewers probe: if a key appears 3 times on one side and 2 times on the other, the join returns 6 rows for it, which inflates sums. Mention finding non-matches with a left join plus WHERE right_key IS NULL, and self joins for comparing rows in one table. A common slip is filtering the right table in the WHERE clause after a left join, which discards the NULL rows and turns it into an inner join; put that condition in the ON clause instead.',
      topics: ['da-sql'],
      keywords: ['sql joins', 'inner join', 'left join', 'full outer join', 'self join', 'cross join', 'duplicate keys'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-group-by-vs-window-functions',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-engineering', 'data-science'],
      text: 'What is the difference between GROUP BY and a window function? When would you use each?',
      guidance:
        'GROUP BY collapses rows: you get one row per group and can select only grouping columns and aggregates. A window function computes over a set of related rows but keeps every input row, so you can show each order next to its customer total, a share of the total, a rank, or the previous value with LAG. Use GROUP BY for summary tables and windows when you need row detail and group context together, such as percent of total, running totals or month-over-month change. Window functions are evaluated after WHERE, GROUP BY and HAVING, so you cannot filter on them in WHERE; wrap them in a CTE or use QUALIFY where supported. A common slip is selecting a non-aggregated column that is not in the GROUP BY.',
      topics: ['da-sql'],
      keywords: ['group by', 'window functions', 'over clause', 'lag function', 'percent of total', 'month over month'],
    },
    {
      id: 'da-where-vs-having',
      category: 'technical',
      role: 'data-analytics',
      text: 'What is the difference between WHERE and HAVING?',
      guidance:
        'WHERE filters individual rows before grouping and aggregation, so it cannot use aggregates; HAVING filters groups after GROUP BY, so it can, as in HAVING COUNT(*) > 5. Show the logical order of evaluation: FROM and joins, WHERE, GROUP BY, HAVING, SELECT, ORDER BY, then LIMIT, which also explains why most databases do not let you use a SELECT alias in WHERE. Put conditions on plain columns in WHERE so fewer rows are grouped; optimisers often push such filters down anyway, but the intent is clearer. A common slip is writing WHERE SUM(amount) > 1000, which fails because aggregates do not exist yet at the WHERE step.',
      topics: ['da-sql'],
      keywords: ['where clause', 'having clause', 'group by', 'aggregate functions', 'order of execution'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-cte-vs-subquery',
      category: 'technical',
      role: 'data-analytics',
      text: 'What is a CTE, and how does it compare with a subquery or a temporary table?',
      guidance:
        'A common table expression, written WITH name AS (SELECT ...), names a query step so the main query reads top to bottom, and later CTEs can build on earlier ones. A subquery does the same job inline and is fine for a short filter, but several nested levels become hard to read. A temporary table physically stores an intermediate result for the session, which helps when it is reused many times or needs an index. Recursive CTEs walk hierarchies such as an employee-manager tree or generate date series. Many engines inline a CTE like a subquery, so the gain is mainly readability, not speed. A common slip is claiming CTEs are always faster, or assuming a CTE referenced twice is computed only once; that depends on the engine.',
      topics: ['da-sql'],
      keywords: ['cte', 'common table expression', 'subquery', 'temporary table', 'recursive cte'],
    },
    {
      id: 'da-second-highest-top-n-per-group',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-engineering', 'data-science'],
      text: 'How would you find the second highest salary, or the top 3 earners in each department?',
      guidance:
        'For the second highest, show a simple version such as SELECT MAX(salary) FROM emp WHERE salary < (SELECT MAX(salary) FROM emp), then the general one: DENSE_RANK() OVER (ORDER BY salary DESC) in a CTE, filtered to rank 2. For the top 3 per department, add PARTITION BY department and keep rank <= 3. Then ask about ties, because the function changes the answer: DENSE_RANK returns everyone at the top three salary levels, ROW_NUMBER exactly three rows per department, and RANK can skip numbers after a tie. Say what happens if there is no second salary: the MAX version returns NULL, the ranking version returns no rows. A common slip is ORDER BY salary DESC LIMIT 1 OFFSET 1, which returns the highest salary again when two people share it.',
      topics: ['da-sql'],
      keywords: ['second highest salary', 'nth highest salary', 'top n per group', 'dense_rank', 'row_number'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-sql-null-handling',
      category: 'technical',
      role: 'data-analytics',
      text: 'How does SQL treat NULL, and what mistakes does it cause in queries?',
      guidance:
        "NULL means unknown, so any comparison with it, even NULL = NULL, is unknown rather than true, and WHERE keeps only rows where the condition is true; test with IS NULL or IS NOT NULL. Aggregates skip NULLs: COUNT(*) counts rows, COUNT(column) counts non-null values, and AVG divides by the non-null count, which overstates the average if NULL really meant zero. Use COALESCE to substitute a default and NULLIF to avoid division by zero. The classic trap is NOT IN with a subquery that returns a NULL: it returns no rows at all, so prefer NOT EXISTS. A common slip is forgetting that a filter such as status <> 'cancelled' also drops rows where status is NULL.",
      topics: ['da-sql', 'da-data-cleaning'],
      keywords: ['null values', 'null handling', 'coalesce', 'is null', 'nullif', 'not exists'],
      levels: ['fresher', 'mid'],
    },
    // ------------------------------------------------------------ Excel
    {
      id: 'da-vlookup-index-match-xlookup',
      category: 'technical',
      role: 'data-analytics',
      text: 'Compare VLOOKUP, INDEX-MATCH and XLOOKUP. Which would you use and why?',
      guidance:
        'VLOOKUP searches the first column of a range and returns a value from a column number to its right: it cannot look left, the hard-coded column index breaks when columns are inserted, and its last argument defaults to approximate match, so you must pass FALSE or 0 for an exact match. INDEX-MATCH separates the lookup column from the return column, so it looks in any direction and survives inserted columns. XLOOKUP, available in Microsoft 365 and Excel 2021 onwards, does both with simpler syntax, defaults to exact match, has a built-in if-not-found value and can search from the bottom up. Use XLOOKUP when everyone opening the file has it, otherwise INDEX-MATCH. A common slip is leaving approximate match on with unsorted data, which returns wrong values without any error.',
      topics: ['da-excel'],
      keywords: ['vlookup', 'xlookup', 'index match', 'exact match', 'lookup functions', 'iferror'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-excel-pivot-tables',
      category: 'technical',
      role: 'data-analytics',
      text: 'How do you use pivot tables in Excel, and what are their limitations?',
      guidance:
        'Explain the layout: rows and columns hold categories, values hold aggregations such as sum, count or average, and filters or slicers narrow the data; you can group dates into months or quarters, show values as a percentage of the total and add calculated fields. Build them on a formatted Excel table so new rows are included on refresh. Limitations: they need a refresh when the source changes, calculated fields work on the summed values, so ratios need care, distinct counts require adding the data to the Data Model, and very large data is better handled in Power Pivot or a BI tool. A common slip is not noticing that a value column containing blanks or text defaults to Count instead of Sum.',
      topics: ['da-excel'],
      keywords: ['pivot table', 'slicers', 'calculated field', 'data model', 'distinct count', 'pivot chart'],
      levels: ['fresher', 'mid'],
    },
    // ------------------------------------------------------------ Power BI and Tableau
    {
      id: 'da-dax-measure-vs-calculated-column',
      category: 'technical',
      role: 'data-analytics',
      text: 'In Power BI, what is the difference between a calculated column and a measure?',
      guidance:
        'A calculated column is computed row by row at data refresh and stored in the model, so it uses memory and can go on slicers, filters, axes and relationships, for example an age band or a combined key. A measure is computed at query time in the filter context of each visual cell, so one Total Sales measure gives different results per region, month or slicer selection, and nothing is stored. Prefer measures for aggregations and ratios, and columns only when you need to slice or filter by the value; where possible push column logic back to Power Query or the source. A common slip is computing a ratio as a calculated column and then summing it, which gives wrong totals, whereas a measure such as DIVIDE(SUM(x), SUM(y)) recalculates correctly at every level.',
      topics: ['da-power-bi'],
      keywords: ['calculated column', 'dax measures', 'filter context', 'row context', 'power query'],
    },
    {
      id: 'da-dax-calculate-filter-context',
      category: 'technical',
      role: 'data-analytics',
      text: 'What does CALCULATE do in DAX, and what is filter context?',
      guidance:
        'Filter context is the set of filters applied to a calculation from the visual\'s rows and columns, slicers, page and report filters, and the relationships they travel through. CALCULATE evaluates an expression in a modified filter context: its filter arguments add or replace filters, as in CALCULATE([Total Sales], Product[Colour] = "Red"), or remove them with ALL or REMOVEFILTERS, for example to compute a share of the grand total. Mention context transition: CALCULATE used in a row context, such as a calculated column or an iterator, turns the current row into filters. Time intelligence such as year-to-date sales builds on it too. A common slip is expecting a filter on a column to combine with a slicer on that same column; by default it overrides the slicer, and KEEPFILTERS is needed to intersect instead.',
      topics: ['da-power-bi'],
      keywords: ['calculate function', 'filter context', 'context transition', 'removefilters', 'keepfilters', 'time intelligence'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'da-power-bi-star-schema-model',
      category: 'technical',
      role: 'data-analytics',
      text: 'Why is a star schema recommended for a Power BI data model?',
      guidance:
        'A star schema puts events and numbers in fact tables and descriptive attributes in dimension tables, linked by one-to-many relationships that filter from dimension to fact. In Power BI this keeps DAX simpler because filters flow predictably, makes the model smaller and faster in the VertiPaq engine, and gives report users clear fields to slice by. Add a dedicated date table, marked as a date table, so time intelligence works reliably. Contrast it with one wide flat table, or many tables linked in chains, which lead to ambiguous filter paths and many-to-many relationships. A common slip is switching relationships to bidirectional filtering to make one visual work, which can create ambiguity and slow the model; fix the model shape instead.',
      topics: ['da-power-bi', 'da-dashboards'],
      keywords: ['star schema', 'data modelling', 'fact table', 'dimension table', 'date table', 'bidirectional filtering'],
    },
    {
      id: 'da-power-bi-row-level-security',
      category: 'technical',
      role: 'data-analytics',
      text: 'How do you implement row-level security in Power BI?',
      guidance:
        'In Power BI Desktop you create roles under Manage roles, each with a DAX filter on a table: a fixed filter such as a region name for static roles, or a filter comparing a column with USERPRINCIPALNAME() for dynamic security. The filter then propagates to related tables through relationships. After publishing you assign users or security groups to the roles in the Power BI service, and you test with the View as option in Desktop and the test-as-role feature in the service. Prefer dynamic RLS with a user-to-region mapping table when there are many users, since static roles multiply. A common slip is forgetting that RLS only restricts viewers: workspace Admins, Members and Contributors see all the data, so test with an account that has only viewer access.',
      topics: ['da-power-bi'],
      keywords: ['row-level security', 'rls', 'dynamic rls', 'userprincipalname', 'security roles'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'da-tableau-lod-expressions',
      category: 'technical',
      role: 'data-analytics',
      text: 'What are LOD expressions in Tableau? Explain FIXED, INCLUDE and EXCLUDE.',
      guidance:
        "Level of detail expressions compute an aggregate at a level different from the view's. FIXED computes at exactly the listed dimensions whatever the view contains, for example {FIXED [Customer ID] : MIN([Order Date])} for each customer's first order date, a building block of cohort analysis. INCLUDE adds a dimension to the view's level, such as average sales per customer shown by region, while EXCLUDE removes one, such as comparing each month with its yearly total. Know the order of operations: FIXED is computed before dimension filters, so those filters do not change it unless they are added to context, whereas INCLUDE and EXCLUDE are computed after them. A common slip is using FIXED and being surprised that a normal dimension filter leaves the number unchanged.",
      topics: ['da-bi-tools'],
      keywords: [
        'lod expressions',
        'level of detail',
        'fixed lod',
        'include lod',
        'exclude lod',
        'context filters',
        'tableau calculations',
      ],
      levels: ['mid', 'senior'],
    },
    {
      id: 'da-tableau-dimensions-measures',
      category: 'technical',
      role: 'data-analytics',
      text: 'In Tableau, what is the difference between dimensions and measures, and between discrete and continuous fields?',
      guidance:
        'Dimensions are qualitative fields you group and slice by, such as region or category, and measures are quantitative fields Tableau aggregates, such as SUM(Sales). Discrete versus continuous is a separate property shown by colour: blue discrete fields create headers and separate panes, green continuous fields create axes. The two combine freely: a date can be discrete, giving one header per month, or continuous, giving a timeline, and a measure can be made discrete. Explain that the dimensions in the view set the level of detail at which measures are aggregated. A common slip is saying blue means dimension and green means measure, when the colour actually shows discrete or continuous.',
      topics: ['da-bi-tools', 'da-dashboards'],
      keywords: ['tableau dimensions', 'tableau measures', 'discrete fields', 'continuous fields', 'tableau desktop'],
      levels: ['fresher', 'mid'],
    },
    // ------------------------------------------------------------ Python
    {
      id: 'da-pandas-groupby-merge',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-science'],
      text: 'How do you use groupby and merge in pandas, and what do you watch out for?',
      guidance:
        "groupby splits rows by one or more keys, applies an aggregation and combines the results, for example df.groupby('city').agg(orders=('order_id', 'nunique'), revenue=('amount', 'sum')); use transform when you want the group value back on every row, much like a SQL window. merge joins DataFrames like SQL, with on, how ('inner', 'left', 'right', 'outer') and suffixes for clashing column names. Guard against silent row growth from duplicate keys by passing validate='one_to_one' or 'many_to_one', and use indicator=True to see unmatched rows. Also note that groupby drops NaN keys by default unless you pass dropna=False. A common slip is merging on keys with different types or stray spaces, such as an integer id and a text id, which raises an error or quietly matches nothing.",
      topics: ['da-python'],
      keywords: ['pandas groupby', 'pandas merge', 'dataframes', 'groupby transform', 'pandas join'],
    },
    {
      id: 'da-missing-values',
      category: 'technical',
      role: 'data-analytics',
      text: 'Your dataset has many blanks in columns the analysis depends on. How do you decide how to handle missing values?',
      guidance:
        "First find out why values are missing: a tracking bug, an optional field, or a blank that really means zero or 'not applicable' are different problems, and missingness linked to the outcome can bias the result. Measure it per column and per segment, with df.isna().sum() in pandas or COUNT(*) minus COUNT(column) in SQL. Then choose: drop rows when few are missing and at random, fill with 0 only when missing truly means zero, impute with the median or a group-wise value for skewed numbers, or keep a flag column marking what was missing. State the choice in the analysis. A common slip is filling with the mean by default, which outliers distort and which hides how much data was missing.",
      topics: ['da-data-cleaning', 'da-python'],
      keywords: ['missing values', 'null values', 'imputation', 'fillna', 'dropna', 'isna'],
    },
    {
      id: 'da-data-cleaning-process',
      category: 'technical',
      role: 'data-analytics',
      text: 'You receive a messy dataset from a business team. Walk me through how you clean it before analysis.',
      guidance:
        "Start by profiling: row counts, column types, distinct values, ranges, and how the data was produced, so you know what one row means. Then work through the usual issues: duplicates defined on a business key rather than whole rows, inconsistent date, currency and phone formats, one category spelt several ways such as 'Bangalore' and 'Bengaluru', numbers stored as text with commas, outliers to investigate rather than delete, and totals that should match a known source. Keep the steps in a script or Power Query rather than manual edits, so they are repeatable and auditable, and note your assumptions for the stakeholder. A common slip is deleting outliers that were real, such as bulk orders, which changes the business answer.",
      topics: ['da-data-cleaning', 'da-excel', 'da-python'],
      keywords: ['data cleaning', 'data profiling', 'duplicate records', 'outliers', 'inconsistent formats', 'power query'],
      levels: ['fresher', 'mid'],
    },
    // ------------------------------------------------------------ statistics
    {
      id: 'da-mean-vs-median-skew',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-science'],
      text: 'When would you report the median instead of the mean?',
      guidance:
        'The mean uses every value, so a few extreme values pull it; the median is the middle value and is robust to them. For right-skewed data such as income, order value, session length or delivery time, the mean sits above the median and overstates the typical case, so report the median, often with percentiles such as p90. In a roughly symmetric distribution they are close and the mean is fine, and it is still the right tool when totals matter, because mean times count gives the total. Say you would look at a histogram before choosing. A common slip is averaging averages, such as taking the plain mean of city-level average order values without weighting by orders, which gives a wrong overall figure.',
      topics: ['da-statistics'],
      keywords: ['mean vs median', 'median', 'skewed distribution', 'outliers', 'percentiles', 'descriptive statistics'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-standard-deviation',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-science'],
      text: 'What does standard deviation tell you, and how is it different from standard error?',
      guidance:
        'Standard deviation measures how spread out individual values are around the mean, in the same units as the data; it is the square root of the variance, and a sample estimate divides by n-1. For roughly normal data about 68% of values lie within one standard deviation of the mean and about 95% within two, but that rule does not hold for skewed data. Standard error is the standard deviation of an estimate such as the sample mean, roughly the standard deviation divided by the square root of the sample size, so it shrinks as samples grow and drives confidence intervals and significance tests. A common slip is comparing the spread of two metrics with very different averages by raw standard deviation, where the coefficient of variation is the fairer measure.',
      topics: ['da-statistics'],
      keywords: ['standard deviation', 'variance', 'standard error', 'normal distribution', 'coefficient of variation'],
    },
    {
      id: 'da-correlation-vs-causation',
      category: 'technical',
      role: 'data-analytics',
      alsoFor: ['data-science'],
      text: 'Correlation does not imply causation: explain with an example, and say how you would establish causation.',
      guidance:
        "Correlation measures how strongly two variables move together; Pearson's coefficient runs from -1 to 1 and captures only linear association. Two things can correlate because a third factor drives both (confounding), because causation runs the other way, by chance when many pairs are tested, or through how the data was selected. Give a business example: users of a feature retain better, but engaged users were always more likely to find the feature. To establish causation, run a randomised experiment such as an A/B test; when that is impossible, use quasi-experimental methods such as difference-in-differences and state the assumptions. A common slip is recommending a product change straight from a correlation seen in a dashboard.",
      topics: ['da-statistics', 'da-ab-testing'],
      keywords: ['correlation', 'causation', 'confounding', 'pearson correlation', 'difference-in-differences'],
    },
    {
      id: 'da-significant-result-decision',
      category: 'technical',
      role: 'data-analytics',
      text: 'An A/B test comes back with p = 0.03. What can you conclude, and should the team ship the change?',
      guidance:
        'Explain the number: if the change truly had no effect, a difference at least this large would show up about 3% of the time, so at a 5% significance level fixed in advance you reject the null. It is not a 97% chance that the change works, nor the probability that the null hypothesis is true. Significance says nothing about size either: read the effect and its confidence interval, because a significant lift of 0.1% may not justify the change. Before shipping, check guardrail metrics, sample ratio mismatch, whether the test ran its planned duration and whether this was one of many metrics tested. A common slip is treating significant as important, or a non-significant result as proof of no effect when the test lacked power.',
      topics: ['da-ab-testing', 'da-statistics'],
      keywords: ['p-value', 'statistical significance', 'practical significance', 'confidence interval', 'effect size', 'null hypothesis'],
    },
    {
      id: 'da-ab-test-design',
      category: 'technical',
      role: 'data-analytics',
      text: 'How would you design an A/B test for a new checkout flow? How do you decide the sample size and read the result?',
      guidance:
        'State the hypothesis and one primary metric, such as checkout conversion, plus guardrail metrics such as order value, refunds or page load time. Randomise at the right unit, usually the user rather than the session, so nobody sees both versions. Fix the sample size before starting from the baseline conversion, the minimum detectable effect worth acting on, the significance level (often 5%) and power (often 80%); smaller effects need far larger samples. Run for the full planned duration covering at least one weekly cycle, check the traffic split matches the design (sample ratio mismatch), then read the effect with its confidence interval. A common slip is testing many metrics or segments and reporting whichever one came out significant.',
      topics: ['da-ab-testing', 'da-statistics'],
      keywords: ['a/b test', 'sample size', 'minimum detectable effect', 'statistical power', 'guardrail metrics', 'randomisation'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ metrics
    {
      id: 'da-kpi-design',
      category: 'technical',
      role: 'data-analytics',
      text: 'How would you choose KPIs to measure the success of a new feature or business line?',
      guidance:
        'Start from the goal: what behaviour or outcome should change, and for whom; then pick a primary metric that reflects it, such as repeat orders per user for a loyalty feature, rather than raw activity. Good KPIs are precisely defined (numerator, denominator, time window, which users), reliably measurable, sensitive enough to move within the review period and tied to value. Pair them with guardrail metrics so gains are not bought with harm, such as conversion rising while refunds climb, and separate leading indicators from lagging ones such as revenue. Mention a north star metric for the product and the input metrics a team can influence. A common slip is choosing vanity metrics such as total sign-ups or page views, which grow without showing success.',
      topics: ['da-metrics', 'da-product-analytics'],
      keywords: ['kpi design', 'north star metric', 'guardrail metrics', 'vanity metrics', 'leading indicators'],
    },
    {
      id: 'da-dau-mau-stickiness',
      category: 'technical',
      role: 'data-analytics',
      text: 'What do DAU, MAU and the DAU/MAU ratio tell you, and how can they mislead?',
      guidance:
        'DAU and MAU count distinct users active in a day and in a month (often a trailing 30 days), and DAU/MAU, often called stickiness, shows how often monthly users return: a ratio of 0.5 means the average monthly user is active on about half the days. Everything depends on what counts as active: opening the app, a meaningful action or a transaction give very different numbers. The ratio suits daily-habit products such as messaging or payments, not products used naturally once a month, such as travel booking. It can also rise for a bad reason, when casual users leave and MAU falls. A common slip is adding up daily active users across a month to get monthly users, which counts each returning user many times.',
      topics: ['da-metrics', 'da-product-analytics'],
      keywords: ['dau', 'mau', 'stickiness', 'active users', 'engagement metrics'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'da-retention-cohort-analysis',
      category: 'technical',
      role: 'data-analytics',
      text: 'How would you build a retention cohort analysis, and what would you look for in it?',
      guidance:
        "Group users into cohorts by when they started, usually the week or month of signup or first purchase, then for each cohort compute the share still active 1, 2, 3 and more periods later, giving a triangle-shaped table or a set of retention curves. In SQL that means finding each user's cohort date with MIN, joining their activity, computing the period number with a date difference and dividing active users by cohort size. Look for where the curves flatten, whether newer cohorts retain better after product changes, and steep early drops that point to onboarding problems. Define active and the period length clearly. A common slip is comparing recent cohorts with old ones at periods the recent cohorts have not had time to reach yet.",
      topics: ['da-product-analytics', 'da-metrics', 'da-sql'],
      keywords: ['cohort analysis', 'retention curve', 'retention rate', 'cohort table', 'user retention'],
    },
    {
      id: 'da-funnel-conversion-analysis',
      category: 'technical',
      role: 'data-analytics',
      text: 'How do you analyse a conversion funnel, for example from product view to payment?',
      guidance:
        'Define the steps and their order, the unit (user or session) and the time window to complete the funnel, then count distinct units reaching each step and compute step-to-step and overall conversion. Dig where the largest drop is, by segment: device, app version, traffic source, new versus returning users and payment method. Decide whether steps must happen in strict order, and watch for tracking gaps where an event fires inconsistently across platforms. Combine the numbers with qualitative signals such as session recordings, support tickets or error logs. A common slip is comparing overall conversion between periods when the traffic mix changed, for example a campaign bringing many low-intent visitors.',
      topics: ['da-product-analytics', 'da-metrics'],
      keywords: ['funnel analysis', 'conversion rate', 'drop-off', 'checkout funnel', 'funnel steps'],
    },
    {
      id: 'da-churn-definition',
      category: 'technical',
      role: 'data-analytics',
      text: 'How would you define and measure churn, and how would you find what drives it?',
      guidance:
        'Define churn for the business model first: for subscriptions it is an explicit cancellation or non-renewal, while for food delivery or e-commerce it has to be inferred, such as no order in the last 60 days, with the window chosen from the normal gap between purchases. Churn rate is usually customers lost in a period divided by customers at its start, and you may also track revenue churn. To find drivers, compare churned and retained users on behaviour before they left, such as support tickets, failed payments, delivery delays or falling usage, and segment by cohort, plan and city. A common slip is choosing an inactivity window shorter than the normal purchase cycle, which labels regular but infrequent customers as churned.',
      topics: ['da-metrics', 'da-product-analytics'],
      keywords: ['churn rate', 'customer churn', 'churn analysis', 'inactivity', 'revenue churn'],
    },
    // ------------------------------------------------------------ presenting and cases
    {
      id: 'da-dashboard-design-principles',
      category: 'technical',
      role: 'data-analytics',
      text: 'What principles do you follow when designing a dashboard?',
      guidance:
        'Start with the audience and the decisions they make: a leadership team needs a few headline KPIs against targets, an operations team needs detail it can act on daily. Each chart should answer one clear question, with the most important numbers at the top left, consistent date ranges and filters, and context such as targets or the previous period. Match the chart to the comparison: lines for trends over time, bars for comparing categories, tables when exact values matter, and avoid 3D charts and crowded pies. Use colour sparingly and with meaning, label units and metric definitions, and keep load times short. A common slip is putting every available metric on one page, which leaves viewers unsure where to look.',
      topics: ['da-dashboards', 'da-power-bi', 'da-bi-tools'],
      keywords: ['dashboard design', 'chart selection', 'data visualisation', 'data visualization', 'kpi dashboard'],
    },
    {
      id: 'da-presenting-to-stakeholders',
      category: 'technical',
      role: 'data-analytics',
      text: 'How do you present analysis findings to non-technical stakeholders?',
      guidance:
        "Lead with the answer and its business impact, then support it: the question, the key finding, the evidence and a recommended action, in that order. Use one chart per point with a title that states the takeaway, such as 'Repeat orders fell after the delivery fee change', rather than a neutral label. Translate statistics into plain language and be honest about uncertainty and limitations without burying the message, and keep detail in an appendix for questions. Adapt to the audience: a senior leader wants the decision, a manager wants the next steps. A common slip is walking stakeholders through your process step by step before reaching the conclusion, which loses them early.",
      topics: ['da-storytelling', 'da-dashboards'],
      keywords: ['data storytelling', 'presenting findings', 'non-technical stakeholders', 'executive summary'],
    },
    {
      id: 'da-guesstimate-approach',
      category: 'technical',
      role: 'data-analytics',
      text: 'How do you approach a guesstimate, such as estimating the number of food delivery orders placed in Pune each day?',
      guidance:
        'Interviewers grade the structure, not the final number. Clarify the scope first (which orders, which area, per day), then choose an approach: top-down from population, split into segments such as age, income or household type with an assumption for each, or bottom-up from supply, such as active restaurants times orders per restaurant. State every assumption aloud with round numbers, calculate step by step, and sanity-check the result against something you know, ideally by estimating it both ways. Close by naming the assumption the answer is most sensitive to and how you would check it with data. A common slip is going silent while calculating, or stalling on an exact population figure instead of stating a reasonable assumption.',
      topics: ['da-business-cases'],
      keywords: ['guesstimate', 'market sizing', 'estimation questions', 'top-down estimation', 'case interview'],
    },
    // ------------------------------------------------------------ coding
    {
      id: 'da-coding-sql-round',
      category: 'coding',
      role: 'data-analytics',
      text: 'How do you approach the live SQL round in a data analyst interview?',
      guidance:
        'Before writing, ask what one row of each table means, whether keys can repeat, how NULLs and ties should be handled and what the output should look like. Talk through the plan, then build the query in steps with CTEs, checking the intermediate result of each. Expect joins with aggregation, top N per group, month-over-month change with LAG, repeat-customer or retention logic, and date handling. When done, test it against edge cases such as customers with no orders or days with no sales. A common slip is rushing to an answer that returns plausible-looking numbers without checking whether a join has duplicated rows.',
      topics: ['da-sql'],
      keywords: ['sql round', 'live sql', 'sql interview', 'hackerrank', 'stratascratch'],
    },
    // ------------------------------------------------------------ situational
    {
      id: 'da-sit-metric-drop-root-cause',
      category: 'situational',
      role: 'data-analytics',
      text: 'Daily orders on the app dropped 15% yesterday. How would you find the cause?',
      guidance:
        'Structure it rather than guessing, and first check that the drop is real: a tracking or pipeline failure, a changed metric definition or a late-loading table. Then put the drop in context: compare with the same weekday last week, and check holidays, festivals, weather or a big cricket match, and whether it was sudden or gradual. Break the metric into parts, such as orders = visitors x conversion, and segment by platform, app version, city, channel, new versus returning users and funnel step to locate the drop. Check internal changes (releases, pricing, outages, payment gateway failures) and external ones such as competitor offers. End with a hypothesis, how you would confirm it and whom to inform. A common slip is jumping to one explanation before ruling out a data problem.',
      topics: ['da-business-cases', 'da-metrics', 'da-product-analytics'],
      keywords: ['metric drop', 'root cause analysis', 'metric decomposition', 'user segmentation', 'anomaly detection'],
    },
    {
      id: 'da-sit-conflicting-numbers',
      category: 'situational',
      role: 'data-analytics',
      text: 'Finance and marketing show different revenue numbers for the same month in their dashboards. What do you do?',
      guidance:
        'Treat it as a definitions problem before deciding whose number is right. Trace each figure to its source and logic: gross or net of discounts, refunds and taxes, order date versus payment or delivery date, time zone, currency conversion, test or cancelled orders, and whether one source is a tracking tool while the other is the transactions database. Reconcile step by step until the whole gap is explained, recording each difference and its value. Then agree one owner and a written definition per metric, ideally in a shared semantic layer or certified dataset, and label dashboards clearly. A common slip is quietly adjusting one dashboard to match the other without explaining the difference, which destroys trust when the gap reappears.',
      topics: ['da-metrics', 'da-dashboards', 'da-storytelling'],
      keywords: ['reconciliation', 'metric definitions', 'single source of truth', 'semantic layer', 'revenue reporting'],
    },
    // ------------------------------------------------------------ behavioural
    {
      id: 'da-beh-analysis-changed-decision',
      category: 'behavioural',
      role: 'data-analytics',
      text: 'Tell me about a time your analysis changed a business decision.',
      guidance:
        'Choose a story where the question, your analysis and the outcome are all clear, and quantify the result, such as cost saved, a conversion lift or a poor launch avoided. Use STAR, but spend most of the time on what you did: how you framed the question with the stakeholder, which data you used and how you checked it, the key insight and how you convinced people, especially if it went against their instinct. Mention one limitation and how you handled it. Interviewers want business thinking, not only tool use. A common slip is describing a dashboard you built without showing that anyone acted differently because of it.',
      topics: ['da-storytelling', 'da-metrics'],
      keywords: ['business impact', 'data-driven decisions', 'analysis impact'],
    },
    {
      id: 'da-beh-vague-request',
      category: 'behavioural',
      role: 'data-analytics',
      text: 'Tell me about a time you got a vague or changing request from a stakeholder. How did you handle it?',
      guidance:
        'Show that you turn an unclear request into a clear question before building anything: you asked what decision the output would support, who would use it, by when, and what a useful answer would look like, then confirmed the scope in writing. Describe sharing an early rough version to check direction, and how you handled changes, for example by agreeing what would be dropped to meet a deadline. End with the result and what you now do differently at the start of a request. A common slip is presenting the stakeholder as the problem; interviewers want to see patience and structure, not complaint.',
      topics: ['da-storytelling'],
      keywords: ['stakeholder management', 'requirements gathering', 'ad hoc requests', 'changing requirements'],
    },
    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'da-ask-data-in-decisions',
      category: 'ask-interviewer',
      role: 'data-analytics',
      text: 'How does the team use data in decisions today, and which stakeholders would I work with most?',
      guidance:
        'The answer tells you whether analysts shape decisions or mainly produce reports on request, which decides how much you will learn and how visible your work will be. Listen for concrete examples: a recent decision changed by analysis, whether experiments are run, and whether analysts sit with product or business teams or work from a central ticket queue. It also shows how senior your stakeholders are and how often you would present to them. Asking signals that you care about impact, not only tools. A common slip is asking only which tools the team uses, which the posting usually answers and which says little about the job itself.',
      topics: ['da-storytelling', 'da-metrics'],
      keywords: ['data culture', 'data-driven decisions', 'analytics team', 'business stakeholders'],
    },
    {
      id: 'da-ask-data-reliability',
      category: 'ask-interviewer',
      role: 'data-analytics',
      text: 'How reliable is the data I would work with, and who owns the pipelines and metric definitions?',
      guidance:
        'This reveals how much of the job is analysis versus cleaning and chasing broken data, and whether there is a data engineering team, a documented metrics layer or a single source of truth. An honest answer about known gaps is a good sign; vague reassurance is not. It also tells you whom you depend on when a dashboard breaks and how quickly fixes happen. Asking shows you understand that analysis is only as good as its inputs. A common slip is framing it as a complaint about messy data; ask it neutrally, as wanting to know how you would spend your time.',
      topics: ['da-data-cleaning', 'da-metrics'],
      keywords: ['data reliability', 'data ownership', 'metric definitions', 'data engineering team'],
    },
  ],
  rounds: [
    {
      id: 'da-online-assessment',
      name: 'Online assessment',
      description:
        'A timed test with SQL queries, Excel or data-interpretation questions and often an aptitude section; some companies send a take-home dataset to analyse instead.',
    },
    {
      id: 'da-technical-round',
      name: 'SQL and tools round',
      description:
        'Live SQL (joins, aggregation, window functions), Excel lookups and pivots, and questions on the BI tool and Python or pandas work on your CV.',
    },
    {
      id: 'da-case-round',
      name: 'Case study and guesstimate round',
      description:
        'A metric-drop investigation, a KPI definition or A/B test question, and often a guesstimate, judged on how you structure the problem and state assumptions.',
    },
    {
      id: 'da-assignment-presentation',
      name: 'Dashboard assignment or presentation',
      description:
        'At many companies, a take-home in Power BI, Tableau or Excel followed by presenting the insights to the panel as if they were business stakeholders.',
    },
    {
      id: 'da-managerial-hr',
      name: 'Managerial and HR rounds',
      description:
        'Stakeholder handling, past impact and fit with the hiring manager, then expectations, notice period and offer discussion with HR.',
    },
  ],
  tips: [
    {
      id: 'da-tip-business-first',
      title: 'Answer in business terms',
      body: 'Finish every technical answer with what it means for the business: which decision the query, metric or chart supports. Analyst panels reward the so-what as much as correct SQL.',
    },
    {
      id: 'da-tip-portfolio',
      title: 'Bring one project you can defend',
      body: 'Have one end-to-end analysis ready, with the question, data, cleaning steps, key chart and recommendation. Expect follow-ups on why you chose each metric and what you would do with more time.',
    },
    {
      id: 'da-tip-clarify-definitions',
      title: 'Clarify definitions before you compute',
      body: 'In SQL, case and guesstimate rounds, ask how terms such as active user, revenue or churn are defined before starting. Interviewers often leave these vague on purpose to see whether you ask.',
    },
  ],
};

export default dataAnalytics;
