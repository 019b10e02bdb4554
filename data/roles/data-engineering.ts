import type { RoleGuide } from '../schema';

/**
 * Data engineering interviews: SQL, Spark internals, streaming with Kafka,
 * orchestration, modelling for the warehouse and running pipelines reliably.
 */
export const dataEngineering: RoleGuide = {
  role: 'data-engineering',
  name: 'Data engineering',
  summary:
    'Data engineering interviews test advanced SQL, Spark internals, Kafka and Airflow, warehouse modelling and how you keep pipelines correct, rerunnable and fast.',
  topics: [
    {
      id: 'de-sql',
      label: 'SQL and window functions',
      terms: [
        'sql',
        'window functions',
        'analytical functions',
        'analytic functions',
        'cte',
        'common table expressions',
        'complex sql queries',
        'pl/sql',
        't-sql',
        'stored procedures',
      ],
    },
    {
      id: 'de-spark',
      label: 'Apache Spark',
      terms: [
        // No vendor-prefixed twins ('apache spark', 'azure databricks'): "Apache Spark" matches 'spark' anyway,
        // and as a term of its own it counted one engine twice. Same for Hive, Kafka, Airflow, S3 and the rest.
        'spark',
        'pyspark',
        'spark sql',
        'spark core',
        'rdd',
        'databricks',
        'emr',
        'dataproc',
        'scala',
      ],
    },
    {
      id: 'de-spark-tuning',
      label: 'Spark performance tuning',
      // Only words for tuning in general. The named techniques ('data skew', 'salting', 'broadcast join',
      // 'shuffle', 'partitioning', 'bucketing') are keywords of the questions about them: as topic terms they
      // also credited every tuning question, so a posting naming skew got the generic ones first.
      terms: ['spark tuning', 'spark optimisation', 'spark optimization', 'performance tuning', 'adaptive query execution', 'spark ui'],
    },
    {
      id: 'de-hadoop',
      label: 'Hadoop and Hive',
      terms: ['hadoop', 'hdfs', 'hive', 'hiveql', 'mapreduce', 'impala', 'sqoop', 'hbase', 'cloudera', 'hortonworks'],
    },
    {
      id: 'de-file-formats',
      label: 'file formats (Parquet, ORC, Avro)',
      terms: ['parquet', 'orc', 'avro', 'columnar storage', 'columnar format', 'file formats'],
    },
    {
      id: 'de-kafka',
      label: 'Kafka and event streaming',
      terms: [
        'kafka',
        'kafka connect',
        'kafka streams',
        'confluent',
        'schema registry',
        'kinesis',
        'event hubs',
        'pub/sub',
        'amazon msk',
        'pulsar',
        'ksqldb',
      ],
    },
    {
      id: 'de-streaming',
      label: 'stream processing',
      terms: [
        'stream processing',
        'streaming pipelines',
        'real-time pipelines',
        'real-time data',
        'real-time processing',
        'spark streaming',
        'structured streaming',
        'flink',
        'apache beam',
        'dataflow',
        'event time',
      ],
    },
    {
      id: 'de-orchestration',
      label: 'workflow orchestration (Airflow)',
      terms: [
        'airflow',
        'dag',
        'workflow orchestration',
        'data orchestration',
        'dagster',
        'prefect',
        'luigi',
        'oozie',
        'cloud composer',
        'mwaa',
        'azure data factory',
        'adf',
        'control-m',
      ],
    },
    {
      id: 'de-etl',
      label: 'ETL/ELT pipelines',
      terms: [
        'etl',
        'elt',
        'etl pipelines',
        'data pipelines',
        'data ingestion',
        'data integration',
        'aws glue',
        'informatica',
        'talend',
        'ssis',
        'fivetran',
        'airbyte',
        'batch processing',
      ],
    },
    {
      id: 'de-dbt',
      label: 'dbt and analytics engineering',
      terms: ['dbt', 'dbt core', 'dbt cloud', 'analytics engineering', 'analytics engineer', 'dataform', 'sqlmesh'],
    },
    {
      id: 'de-modelling',
      label: 'dimensional modelling',
      terms: [
        'dimensional modelling',
        'dimensional modeling',
        'data modelling',
        'data modeling',
        'star schema',
        'snowflake schema',
        'kimball',
        'data vault',
        'fact tables',
        'dimension tables',
        'slowly changing dimensions',
        'scd',
        'data marts',
        'inmon',
      ],
    },
    {
      id: 'de-warehouse',
      label: 'cloud data warehouses',
      terms: [
        'data warehouse',
        'data warehousing',
        'snowflake',
        'bigquery',
        'redshift',
        'azure synapse',
        'synapse analytics',
        'teradata',
        'vertica',
        'clickhouse',
      ],
    },
    {
      id: 'de-lakehouse',
      label: 'data lakes and lakehouses',
      terms: [
        'data lake',
        'lakehouse',
        'delta lake',
        'iceberg',
        'hudi',
        'adls',
        's3',
        'gcs',
        'object storage',
        'unity catalog',
        'medallion architecture',
      ],
    },
    {
      id: 'de-cdc',
      label: 'change data capture',
      terms: [
        'cdc',
        'change data capture',
        'debezium',
        'binlog',
        'aws dms',
        'goldengate',
        'logical replication',
        'qlik replicate',
        'striim',
      ],
    },
    {
      id: 'de-data-quality',
      label: 'data quality and contracts',
      terms: [
        'data quality',
        'great expectations',
        'data validation',
        'data contracts',
        'data observability',
        'deequ',
        'soda core',
        'monte carlo',
        'data reconciliation',
      ],
    },
  ],
  questions: [
    // ------------------------------------------------------------ SQL
    {
      id: 'de-window-ranking-functions',
      category: 'technical',
      role: 'data-engineering',
      alsoFor: ['data-analytics', 'data-science'],
      text: 'What is the difference between ROW_NUMBER, RANK and DENSE_RANK?',
      guidance:
        'All three number rows within a window set by PARTITION BY and ORDER BY; they differ only in how they treat ties. ROW_NUMBER gives every row a distinct number, so ties are broken arbitrarily unless the ORDER BY is unique. RANK gives tied rows the same number and then skips, so values 100, 100, 90 get 1, 1, 3; DENSE_RANK also shares the number but leaves no gap, giving 1, 1, 2. Tie the choice to the task: ROW_NUMBER to deduplicate or pick exactly one row, DENSE_RANK for the Nth highest distinct value, RANK for competition-style standings. A common slip is using ROW_NUMBER with a non-unique ORDER BY and getting results that change between runs.',
      topics: ['de-sql'],
      keywords: ['row_number', 'dense_rank', 'rank vs dense_rank', 'partition by', 'ranking functions'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'de-running-totals-window-frames',
      category: 'technical',
      role: 'data-engineering',
      alsoFor: ['data-analytics'],
      text: 'How would you compute a running total or a moving average in SQL, and what does the window frame do?',
      guidance:
        'Use SUM(amount) OVER (PARTITION BY customer_id ORDER BY order_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) for a running total, and AVG with ROWS BETWEEN 6 PRECEDING AND CURRENT ROW for a seven-row moving average. Explain that the frame decides which rows around the current one feed the aggregate, and that ROWS counts physical rows while RANGE treats rows with equal ORDER BY values as one group. When ORDER BY is given without a frame, most databases default to RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW, so rows tied on the sort key get the same running total. A common slip is calling a seven-row average a seven-day average when some dates have no rows; fill in the calendar first or use a date-based range where the engine supports it.',
      topics: ['de-sql'],
      keywords: ['running total', 'moving average', 'window frame', 'rows between', 'unbounded preceding', 'cumulative sum'],
    },
    {
      id: 'de-dedup-latest-record',
      category: 'technical',
      role: 'data-engineering',
      text: 'A table has several versions of each record per business key. How would you keep only the latest version of each in SQL?',
      guidance:
        'Assign ROW_NUMBER() OVER (PARTITION BY the business key ORDER BY updated_at DESC, plus a tie-breaker such as an ingestion id) in a CTE, then keep the rows numbered 1. Explain why this beats GROUP BY with MAX(updated_at) joined back: it is one pass, keeps the whole row and does not return two rows when timestamps tie. Mention QUALIFY in Snowflake, BigQuery and Databricks, and note that dropDuplicates in Spark keeps an arbitrary row per key rather than the latest, so a window is needed there too. To clean a table in place, prefer writing the deduplicated result to a new table or a MERGE over a large DELETE. A common slip is leaving out the tie-breaker, so reruns can pick different winners.',
      topics: ['de-sql', 'de-data-quality'],
      keywords: ['deduplication', 'duplicate records', 'row_number', 'qualify', 'dropduplicates', 'latest record'],
    },
    {
      id: 'de-joins-and-their-cost',
      category: 'technical',
      role: 'data-engineering',
      text: 'Which join types do you know, and what makes a join expensive, especially on large distributed data?',
      guidance:
        'Cover the logical types first: inner, left, right and full outer, cross, plus semi and anti joins for exists and not-exists checks. Then the physical strategies: a hash join builds a hash table on the smaller side, a sort-merge join sorts both sides on the key and merges them, and a nested loop join compares pairs and only suits tiny inputs or non-equality conditions. In Spark or an MPP warehouse the main cost is moving data: both sides are shuffled on the join key unless one is small enough to broadcast or both are already partitioned or bucketed on that key. Cut the cost by filtering and selecting only needed columns before the join, and watch for skewed keys. A common slip is ignoring duplicate keys, which silently multiplies rows.',
      topics: ['de-sql', 'de-spark-tuning'],
      keywords: ['hash join', 'sort merge join', 'nested loop join', 'anti join', 'semi join', 'join strategies'],
    },
    // ------------------------------------------------------------ Spark
    {
      id: 'de-spark-architecture',
      category: 'technical',
      role: 'data-engineering',
      text: 'Explain Spark architecture: what do the driver and executors do, and how does a job break into stages and tasks?',
      guidance:
        'The driver runs your main program, builds the logical plan, optimises it (Catalyst, for DataFrames and SQL) and schedules work; executors are JVM processes on worker nodes, started through a cluster manager such as YARN, Kubernetes or Spark standalone, that run tasks and hold cached data. Each action triggers a job, the DAG scheduler splits the job into stages at shuffle boundaries, and each stage runs one task per partition. So the partition count sets parallelism, and a stage waits for the shuffle output of the stages it depends on. A common slip is pulling a large result to the driver with collect() or toPandas(), which runs it out of memory; the driver should coordinate, not hold the data.',
      topics: ['de-spark'],
      keywords: ['spark driver', 'spark executors', 'dag scheduler', 'spark stages', 'cluster manager', 'catalyst optimizer'],
    },
    {
      id: 'de-spark-lazy-evaluation',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is lazy evaluation in Spark, and what is the difference between transformations and actions?',
      guidance:
        'Transformations such as select, filter, withColumn, join and groupBy only describe a new DataFrame and extend the plan; nothing runs until an action such as count, collect, show or a write asks for a result. Laziness lets Spark optimise the whole plan, for example pushing filters down to the source, pruning unused columns and pipelining steps into one stage. Each action re-executes the lineage from the source unless an intermediate result is cached, which matters when one DataFrame feeds several outputs. Runtime failures, such as a UDF hitting bad data, surface only when an action runs, not on the line that defined them. A common slip is sprinkling count() or show() through a job while debugging and then wondering why it runs several times slower.',
      topics: ['de-spark'],
      keywords: ['lazy evaluation', 'spark transformations', 'spark actions', 'lineage', 'execution plan'],
      levels: ['fresher', 'mid'],
    },
    {
      id: 'de-narrow-wide-shuffle',
      category: 'technical',
      role: 'data-engineering',
      text: 'What are narrow and wide transformations, and why is a shuffle expensive?',
      guidance:
        'In a narrow transformation each output partition depends on one input partition, as with map, filter, select or union, so Spark pipelines them inside one stage with no data movement. A wide transformation such as groupBy, join, distinct or repartition needs all rows with the same key together, so Spark shuffles: tasks write partitioned output to local disk and the next stage fetches it across the network. That costs serialisation, disk I/O and network traffic, and it creates a stage boundary. Explain how you reduce shuffles: filter early, aggregate before joining, broadcast small tables and avoid needless repartitions. A common slip is only tuning spark.sql.shuffle.partitions (200 by default) without asking whether the shuffle is needed at all.',
      topics: ['de-spark', 'de-spark-tuning'],
      keywords: ['narrow transformation', 'wide transformation', 'shuffle', 'stage boundary', 'shuffle partitions'],
    },
    {
      id: 'de-repartition-vs-coalesce',
      category: 'technical',
      role: 'data-engineering',
      text: 'How does partitioning work in Spark, and when would you use repartition versus coalesce?',
      guidance:
        'A partition is the unit of parallelism: one task processes one partition, so too few partitions leave cores idle and too many add scheduling overhead and tiny output files. repartition(n) or repartition(col) does a full shuffle and can raise or lower the count, giving evenly sized partitions or grouping rows by a key. coalesce(n) can only lower the count; it merges existing partitions without a full shuffle, which is cheap but can leave partitions uneven. Separate this from partitionBy on write, which lays files out in one directory per value so readers can prune partitions. A common slip is coalesce(1) before writing a large dataset: because there is no shuffle, the upstream work can collapse into a single task too.',
      topics: ['de-spark-tuning', 'de-spark'],
      keywords: ['repartition', 'coalesce', 'partitioning', 'partitionby', 'bucketing', 'spark partitions'],
    },
    {
      id: 'de-data-skew-salting',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is data skew, how do you spot it, and how does salting help?',
      guidance:
        'Skew means a few keys hold a large share of the rows, so in the Spark UI a stage hangs on a few tasks whose duration and shuffle read are far above the median. Fix it in order: check whether the hot key is junk such as NULL that can be handled separately, broadcast the smaller side, enable the skew-join handling of Adaptive Query Execution, and only then salt. Salting adds a random number from 0 to N-1 to the key on the large side and replicates the other side once per salt value, spreading the hot key over N tasks; aggregations run twice, on the salted then the real key. A common slip is salting every key when only a few are hot.',
      topics: ['de-spark-tuning', 'de-spark'],
      keywords: ['data skew', 'skewed data', 'salting', 'skewed join', 'skew join', 'hot keys', 'straggler tasks', 'aqe'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'de-broadcast-join',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is a broadcast join, and when should you use or avoid it?',
      guidance:
        "In a broadcast hash join Spark sends a full copy of the small table to every executor, so each partition of the large table joins locally and the large side is never shuffled. Spark picks it automatically when its size estimate for one side is under spark.sql.autoBroadcastJoinThreshold (10 MB by default), you can force it with the broadcast() hint, and Adaptive Query Execution can switch to it at runtime using actual sizes. It suits joining a fact table to small dimension tables. Avoid it when the 'small' side is large, because it is collected to the driver and held in every executor's memory, risking out-of-memory failures. A common slip is expecting Spark to broadcast the preserved side of an outer join, such as the left table of a left join, which it cannot do.",
      topics: ['de-spark-tuning', 'de-spark'],
      keywords: ['broadcast join', 'broadcast hash join', 'autobroadcastjointhreshold', 'map-side join', 'join hint'],
    },
    {
      id: 'de-cache-vs-persist',
      category: 'technical',
      role: 'data-engineering',
      text: 'When would you cache or persist a DataFrame in Spark, and what are the trade-offs?',
      guidance:
        'Cache when the same intermediate DataFrame is used by more than one action, for example a cleaned table that feeds several aggregates, or in iterative algorithms; otherwise every action recomputes it from the source. On a DataFrame, cache() uses the MEMORY_AND_DISK storage level (on an RDD it is MEMORY_ONLY), while persist() lets you choose another level such as DISK_ONLY. Caching is lazy too, so the data is stored on the first action, and cached blocks take memory that execution and shuffles could use. Call unpersist() when you are done. Also note that caching keeps the lineage, while checkpointing writes the data out and truncates it. A common slip is caching every DataFrame by reflex, including ones used once, which adds cost and memory pressure with no reuse.',
      topics: ['de-spark-tuning', 'de-spark'],
      keywords: ['spark caching', 'cache', 'storage level', 'unpersist', 'checkpointing'],
    },
    // ------------------------------------------------------------ storage
    {
      id: 'de-file-formats-columnar',
      category: 'technical',
      role: 'data-engineering',
      text: 'Compare Parquet, ORC, Avro and CSV. Why are columnar formats faster for analytics?',
      guidance:
        'CSV is plain text with no types or schema, slow to parse and not splittable when gzip-compressed, so keep it for exchange with other systems. Avro is row-based with an embedded schema and clear schema-evolution rules, which suits record-at-a-time writes, Kafka messages and raw landing zones. Parquet and ORC are columnar: values of one column sit together inside row groups (Parquet) or stripes (ORC), compress well and carry min/max statistics. A query reading three of fifty columns reads only those columns, and predicate pushdown uses the statistics to skip blocks that cannot match the filter. ORC grew up with Hive, while Parquet is the more common default across Spark, cloud warehouses and table formats. A common slip is calling columnar always better: it is a poor fit for frequent single-row lookups and updates.',
      topics: ['de-file-formats', 'de-lakehouse'],
      keywords: ['columnar', 'row-based', 'predicate pushdown', 'column pruning', 'schema evolution', 'compression'],
    },
    {
      id: 'de-small-files-problem',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is the small files problem, and how do you fix it?',
      guidance:
        'Thousands of files far below a healthy size (targets are often in the range of about 128 MB to 1 GB) hurt in several ways: the HDFS NameNode keeps metadata for every file in memory, object stores charge a request and listing cost per file, and query engines spend more time opening files and scheduling tiny tasks than reading data. Typical causes are streaming jobs writing every micro-batch, partitioning by a high-cardinality column and writing with too many shuffle partitions. Fixes: size output with repartition or coalesce before writing, partition on low-cardinality columns such as date, schedule compaction, or use table-format maintenance such as OPTIMIZE in Delta Lake or the rewrite_data_files procedure in Iceberg. A common slip is partitioning by a column like user_id, which creates a directory per user.',
      topics: ['de-hadoop', 'de-lakehouse', 'de-spark-tuning'],
      keywords: ['small files', 'file compaction', 'namenode', 'rewrite_data_files', 'partition strategy'],
    },
    // ------------------------------------------------------------ Kafka
    {
      id: 'de-kafka-partitions-consumer-groups',
      category: 'technical',
      role: 'data-engineering',
      alsoFor: ['backend'],
      text: 'Explain Kafka topics, partitions, consumer groups and offsets. What ordering does Kafka guarantee?',
      guidance:
        "A topic is a named log split into partitions, each an append-only ordered sequence replicated across brokers, and a record's offset is its position in its partition. Producers choose the partition, usually by hashing the record key, so all records with one key land in the same partition. Within a consumer group each partition is read by only one consumer at a time, so the partition count caps the group's parallelism, and consumers commit offsets to record their progress. Kafka guarantees order only within a partition, not across a topic, so use a key such as order_id when per-entity order matters. A common slip is adding partitions to a live keyed topic without realising that keys then map to different partitions, which breaks per-key ordering across the change.",
      topics: ['de-kafka', 'de-streaming'],
      keywords: [
        'kafka topics',
        'kafka partitions',
        'consumer groups',
        'offsets',
        'message ordering',
        'kafka brokers',
        'consumer rebalancing',
      ],
    },
    {
      id: 'de-kafka-delivery-semantics',
      category: 'technical',
      role: 'data-engineering',
      alsoFor: ['backend'],
      text: 'What are at-most-once, at-least-once and exactly-once delivery, and how does Kafka support exactly-once?',
      guidance:
        "At-most-once commits the offset before processing, so a crash can lose records; at-least-once processes first and commits after, so a crash replays records and can create duplicates; exactly-once means each record's effect is applied once. Kafka provides exactly-once for read-process-write flows within Kafka through idempotent producers, which drop retried duplicates per partition using producer ids and sequence numbers, and transactions that commit output records and consumer offsets atomically, read with isolation.level=read_committed. Once you write to an external database or API the guarantee stops at that boundary, so the sink must be idempotent: upserts on a key, or offsets stored in the same transaction as the data. A common slip is claiming end-to-end exactly-once just because the producer has idempotence enabled.",
      topics: ['de-kafka', 'de-streaming'],
      keywords: ['exactly-once', 'at-least-once', 'at-most-once', 'idempotent producer', 'kafka transactions', 'delivery semantics'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ orchestration
    {
      id: 'de-airflow-dags-sensors',
      category: 'technical',
      role: 'data-engineering',
      text: 'How does Airflow work? Explain DAGs, operators, tasks and sensors.',
      guidance:
        'A DAG is Python code defining tasks, their dependencies and a schedule; operators are task templates such as BashOperator or PythonOperator, and each run creates task instances. The scheduler decides what is ready and hands it to an executor such as Local, Celery or Kubernetes, while the metadata database stores state and the web server shows it. Sensors wait for a condition such as a file landing or an upstream DAG finishing; in reschedule mode, or as deferrable operators, they release the worker slot while waiting. Keep heavy processing out of Airflow itself: it orchestrates, and Spark or the warehouse does the work. A common slip is putting slow code such as database or API calls at the top level of a DAG file, which the DAG processor re-parses on a short, repeating interval.',
      topics: ['de-orchestration'],
      keywords: ['airflow operators', 'airflow sensors', 'airflow scheduler', 'celery executor', 'deferrable operators', 'xcom'],
    },
    {
      id: 'de-airflow-backfill-catchup',
      category: 'technical',
      role: 'data-engineering',
      text: 'What do catchup and backfill mean in Airflow, and why must tasks be idempotent?',
      guidance:
        "Each DAG run covers a data interval. With catchup enabled (the default in Airflow 2, no longer in Airflow 3), the scheduler creates runs for every interval between the start date and now that has not run yet; a backfill deliberately reruns a past date range, for example after fixing a bug. Both are only safe when tasks are idempotent, meaning a task run twice for the same interval leaves the same result. Achieve that by parameterising on the run's logical date or data interval instead of the current time, and by overwriting that interval's partition or using MERGE instead of appending. Limit max_active_runs so a large backfill does not overload the source or the warehouse. A common slip is using datetime.now() inside a task, so a rerun for last Tuesday quietly processes today's data.",
      topics: ['de-orchestration', 'de-etl'],
      keywords: ['catchup', 'backfill', 'logical date', 'data interval', 'idempotent tasks', 'max_active_runs'],
    },
    // ------------------------------------------------------------ modelling
    {
      id: 'de-star-vs-snowflake-schema',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is the difference between a star schema and a snowflake schema? Explain facts, dimensions and grain.',
      guidance:
        'A fact table records measurable events, such as order lines with quantity and amount, plus foreign keys to dimensions; dimension tables hold descriptive context such as customer, product and date. In a star schema each dimension is one denormalised table joined directly to the fact; a snowflake schema normalises dimensions into sub-tables, such as product to category to department, saving some storage at the cost of more joins. The grain is the exact meaning of one fact row, for example one row per order line, and you fix it first because every measure must be true at that grain. Mentioning transaction, periodic snapshot and accumulating snapshot facts shows depth. A common slip is mixing grains, such as an order-level shipping fee on line-level rows, which double counts when summed.',
      topics: ['de-modelling', 'de-warehouse'],
      keywords: ['star schema', 'snowflake schema', 'fact table', 'dimension table', 'grain', 'surrogate key'],
    },
    {
      id: 'de-slowly-changing-dimensions',
      category: 'technical',
      role: 'data-engineering',
      text: 'What are slowly changing dimensions? Explain types 1, 2 and 3, and how you would implement type 2.',
      guidance:
        'Type 1 overwrites the attribute, so history is lost and old facts report under the new value. Type 2 keeps history: it closes the current row by setting its end date and clearing its current flag, then inserts a new row with a new surrogate key, a start date, an open end date and the flag set, so facts link to the version valid when they happened. Type 3 adds a column such as previous_city, keeping limited history. Implement type 2 with a MERGE, or an update of changed rows followed by an insert of new versions, detecting changes by comparing tracked columns or their hash; dbt snapshots do this for you. A common slip is joining facts to a type 2 dimension on the natural key alone, which duplicates fact rows.',
      topics: ['de-modelling', 'de-warehouse', 'de-dbt'],
      keywords: ['scd type 2', 'scd type 1', 'effective date', 'current flag', 'surrogate key', 'dbt snapshots'],
    },
    // ------------------------------------------------------------ streaming
    {
      id: 'de-batch-vs-streaming',
      category: 'technical',
      role: 'data-engineering',
      text: 'When would you choose batch processing over streaming, and what does streaming cost you?',
      guidance:
        'Start from the latency the business actually needs: daily or hourly reporting is batch, fraud checks, live inventory or alerting need seconds, and many needs are met by micro-batches every few minutes. Batch is simpler to build, test, rerun and backfill, and usually cheaper because clusters run only when needed. Streaming adds state management, checkpointing, out-of-order and late events, delivery-guarantee concerns and always-on infrastructure that needs monitoring and on-call. Mention the middle ground, such as Spark Structured Streaming micro-batches or frequent incremental batch loads, and designs that combine a streaming path with batch corrections. A common slip is choosing streaming because it sounds modern when the consumer is a dashboard refreshed once a day.',
      topics: ['de-streaming', 'de-etl'],
      keywords: ['batch vs streaming', 'micro-batch', 'low latency', 'lambda architecture', 'kappa architecture'],
    },
    {
      id: 'de-streaming-windows-watermarks',
      category: 'technical',
      role: 'data-engineering',
      text: 'In stream processing, what are event time, processing time, windows and watermarks? How is late data handled?',
      guidance:
        "Event time is when something happened at the source and processing time is when the system sees it; aggregates should usually use event time because events arrive out of order. Tumbling windows are fixed and non-overlapping, sliding or hopping windows overlap, and session windows close after a gap of inactivity. A watermark is the engine's running estimate of how far event time has progressed, for example the latest event time seen minus ten minutes; once it passes a window's end, the window can be finalised and its state dropped. Data later than that is dropped, sent to a side output as Flink allows, or fixed by a later batch correction. A common slip is ignoring the trade-off: a longer watermark delay gives more complete results but adds latency and state.",
      topics: ['de-streaming'],
      keywords: [
        'watermarks',
        'late data',
        'late-arriving data',
        'out-of-order events',
        'tumbling window',
        'sliding window',
        'session window',
        'processing time',
      ],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ quality, CDC, platforms
    {
      id: 'de-data-quality-checks',
      category: 'technical',
      role: 'data-engineering',
      text: 'How do you ensure data quality in a pipeline? Which checks would you add, and where?',
      guidance:
        'Name the dimensions you check: completeness (row counts, nulls in required columns), uniqueness of keys, validity (types, ranges, accepted values), referential integrity, freshness, and consistency with the source, such as reconciling totals. Place checks at ingestion, after transformations and before publishing, and decide which failures block the pipeline and which only alert. Tools include dbt tests (unique, not_null, accepted_values, relationships), Great Expectations or Soda suites, Deequ on Spark, and anomaly checks on volumes. Data contracts go further: the producing team agrees a schema and meaning with consumers, and breaking changes are caught in their CI rather than in your pipeline. A common slip is checking only schemas and nulls, when the costly incidents are silent ones such as a day with half the usual rows.',
      topics: ['de-data-quality', 'de-dbt'],
      keywords: ['data quality checks', 'dbt tests', 'great expectations', 'data contracts', 'freshness', 'reconciliation'],
    },
    {
      id: 'de-cdc-log-vs-query',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is change data capture? Compare log-based CDC, for example with Debezium, with query-based CDC.',
      guidance:
        "CDC captures inserts, updates and deletes in a source database so downstream copies stay in sync without full reloads. Query-based CDC polls with a filter such as updated_at greater than the last high-water mark: simple, but it misses hard deletes and intermediate changes between polls, depends on a reliable updated_at column and adds load to the source. Log-based CDC reads the database's transaction log, such as the MySQL binlog or the PostgreSQL WAL via logical decoding; Debezium does this as Kafka Connect source connectors, emitting change events with before and after images, deletes included. It has low source impact and low latency, but needs log retention, permissions, an initial snapshot and schema-change handling. A common slip is forgetting that the target must apply events as idempotent upserts and deletes, because events can be replayed.",
      topics: ['de-cdc', 'de-kafka', 'de-etl'],
      keywords: ['change data capture', 'debezium', 'binlog', 'wal', 'incremental load', 'kafka connect'],
    },
    {
      id: 'de-lake-warehouse-lakehouse',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is the difference between a data lake, a data warehouse and a lakehouse? How do Delta Lake or Iceberg bring ACID to object storage?',
      guidance:
        'A warehouse stores structured, modelled data in a managed engine with SQL, transactions and fast queries; a lake stores raw files of any format cheaply on object storage such as S3 or ADLS, flexible but prone to becoming a swamp without governance. A lakehouse keeps open files on the lake and adds a table format so several engines get warehouse-like behaviour. Delta Lake keeps an ordered log of JSON commit files with periodic checkpoints; Iceberg keeps metadata files, manifest lists and manifests, with a catalog pointer swapped atomically on commit. Either way readers see a consistent snapshot and writers commit atomically with optimistic concurrency, enabling MERGE, deletes, time travel and schema evolution. A common slip is saying object storage itself became transactional, when the atomicity comes from the log or catalog commit.',
      topics: ['de-lakehouse', 'de-warehouse'],
      keywords: ['lakehouse', 'delta lake', 'iceberg', 'acid transactions', 'time travel', 'transaction log', 'table format'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'de-etl-vs-elt-dbt',
      category: 'technical',
      role: 'data-engineering',
      text: 'What is the difference between ETL and ELT, and how does dbt fit into an ELT stack?',
      guidance:
        'In ETL data is transformed before it reaches the target, often in a separate engine; in ELT raw data is loaded first and transformed inside the warehouse or lakehouse with its own compute, which cheap, elastic cloud warehouses made practical. dbt handles the T: each model is a SELECT statement in a SQL file, ref() builds the dependency graph and run order, materialisations choose view, table, incremental or ephemeral, and tests, documentation and lineage live with the code in version control and CI. Explain incremental models: they process only new or changed rows using is_incremental() and a unique_key for merges. A common slip is treating dbt as an ingestion or scheduling tool; it does not move data from sources and is usually triggered by an orchestrator or dbt Cloud.',
      topics: ['de-dbt', 'de-etl', 'de-warehouse'],
      keywords: ['etl vs elt', 'dbt models', 'incremental models', 'materializations', 'data lineage'],
    },
    {
      id: 'de-warehouse-partitioning-clustering',
      category: 'technical',
      role: 'data-engineering',
      text: 'How do partitioning and clustering work in Snowflake, BigQuery or Redshift, and how do they cut query cost?',
      guidance:
        'BigQuery lets you partition a table by a date or timestamp column, ingestion time or an integer range, and cluster by up to four columns; queries filtering on them scan fewer bytes, which directly lowers on-demand cost. Snowflake splits tables into micro-partitions automatically and prunes them using per-column min/max metadata; for very large tables you can define a clustering key to keep related rows together. Redshift spreads rows across nodes by distribution style (AUTO, EVEN, KEY or ALL) to limit data movement in joins, and sort keys let it skip blocks using zone maps. Tie every choice to query patterns: choose keys that queries actually filter or join on. A common slip is filtering on an expression over the partition column or on a different column, which can stop pruning and scan the whole table.',
      topics: ['de-warehouse'],
      keywords: ['clustering key', 'micro-partitions', 'distribution key', 'sort key', 'partition pruning', 'bytes scanned'],
    },
    {
      id: 'de-idempotent-pipeline-design',
      category: 'technical',
      role: 'data-engineering',
      text: 'How would you design a batch pipeline so that it is idempotent and safe to rerun?',
      guidance:
        "Define idempotent first: running the same job for the same input and interval any number of times leaves the target in the same state. Parameterise every run by its data interval, never by the current clock, and read a fixed snapshot of the input. Write by replacing the interval's partition (insert overwrite, or delete and insert in one transaction) or by MERGE on a stable business key, not by blind appends. Stage the output and commit or swap it atomically so a failed run leaves nothing half-written, and deduplicate incoming records on a key. Add audit columns such as a load id, plus reconciliation checks against the source. A common slip is relying on the job only ever running once, when retries, backfills and manual reruns all happen in practice.",
      topics: ['de-etl', 'de-orchestration', 'de-data-quality'],
      keywords: ['idempotent', 'idempotency', 'insert overwrite', 'merge statement', 'upsert', 'atomic writes'],
      levels: ['mid', 'senior'],
    },
    // ------------------------------------------------------------ coding
    {
      id: 'de-coding-sql-pyspark-round',
      category: 'coding',
      role: 'data-engineering',
      text: 'How do you approach a live SQL or PySpark coding round in a data engineering interview?',
      guidance:
        'Restate the problem and ask about the grain of each table, duplicates, NULLs and ties before writing anything, because they change the answer. Sketch the steps aloud, then build the query in stages with CTEs or named DataFrames so each step can be checked. Expect window functions, joins with aggregation, deduplication, gaps-and-islands problems and, in PySpark, groupBy with agg, joins and window specifications. Once it works, test edge cases on a tiny sample and discuss behaviour at scale: shuffles, skew and whether a broadcast join fits. A common slip is writing one huge nested query in silence and then being unable to debug it when the interviewer points at a wrong row.',
      topics: ['de-sql', 'de-spark'],
      keywords: ['sql round', 'pyspark coding', 'live coding', 'gaps and islands', 'hackerrank'],
    },
    // ------------------------------------------------------------ situational
    {
      id: 'de-sit-duplicates-loaded',
      category: 'situational',
      role: 'data-engineering',
      text: "Yesterday's pipeline run loaded duplicate rows into a reporting table. What do you do?",
      guidance:
        'Start with containment: tell consumers which table and dates are affected, and pause downstream jobs or dashboards that would spread the error. Then size it by counting duplicates per key and per load id to see which runs and partitions are hit. Find the cause before touching data; typical ones are a retried or manually rerun append, a source resending files, a join fanning out on a non-unique key, or overlapping incremental windows. Repair the data by rebuilding the affected partitions from source or deduplicating with ROW_NUMBER on the business key, then fix the cause by making the load idempotent and adding a uniqueness test that blocks publishing. A common slip is deleting the duplicates by hand and moving on, so the next retry does it again.',
      topics: ['de-data-quality', 'de-etl'],
      keywords: ['duplicate rows', 'duplicate data', 'data incident', 'uniqueness test', 'backfill'],
    },
    {
      id: 'de-sit-job-three-times-slower',
      category: 'situational',
      role: 'data-engineering',
      text: 'A Spark job that usually takes 40 minutes suddenly takes three times as long. How do you investigate?',
      guidance:
        'Ask what changed first: input volume, a code or config deploy, cluster size or lost spot instances, a runtime upgrade, or a source now writing many small files. Compare the slow run with a normal one in the Spark UI or history server: which stage grew, whether a few tasks run far longer than the median (skew), spill to disk, shuffle read size, garbage-collection time, and whether the physical plan changed, for example a broadcast join becoming a sort-merge join after table statistics changed. Check for task retries and lost executors too. Then fix the specific cause, such as salting or AQE for skew, compaction for small files or more memory for spill, and add a duration alert. A common slip is scaling up the cluster straight away, which hides the cause and raises cost.',
      topics: ['de-spark-tuning', 'de-spark'],
      keywords: ['slow spark job', 'disk spill', 'spark history server', 'physical plan', 'job slowdown'],
      levels: ['mid', 'senior'],
    },
    {
      id: 'de-sit-upstream-schema-change',
      category: 'situational',
      role: 'data-engineering',
      text: 'An upstream team renamed a column without notice and your nightly pipeline failed. How do you handle it now and in future?',
      guidance:
        'Handle the break first: tell consumers the data will be late, confirm the change with the source team, decide whether to map the new name in your code or ask them to revert, and rerun the affected intervals. Then prevent repeats: validate the incoming schema at ingestion and fail fast with a clear alert rather than loading wrong data, and separate additive changes such as new nullable columns, usually safe, from breaking ones such as renames, type changes and dropped columns. Use a schema registry with compatibility rules for Kafka topics, controlled schema evolution in Delta Lake or Iceberg, and a data contract with the producing team that is checked in their CI. A common slip is enabling automatic schema merging everywhere, so a rename arrives silently as a new, mostly empty column.',
      topics: ['de-data-quality', 'de-etl', 'de-kafka'],
      keywords: ['schema change', 'schema evolution', 'schema drift', 'data contract', 'schema registry'],
    },
    // ------------------------------------------------------------ behavioural
    {
      id: 'de-beh-bad-data-reached-users',
      category: 'behavioural',
      role: 'data-engineering',
      text: 'Tell me about a time bad data from one of your pipelines reached a report or a downstream team. What did you do?',
      guidance:
        'Pick a real incident with a clear sequence: how it was found, how you communicated, how you repaired the data and how you stopped it from recurring. Use STAR but spend most of the time on actions: whom you told and when, how you scoped the impact, and the lasting fix, such as a new test, an alert or an idempotent load. Quantify where you can, for example time to detect or the number of tables affected. Interviewers listen for ownership and honesty rather than blame. A common slip is telling a story where someone else caused the problem and you only noticed it, which reveals little about how you handle your own mistakes.',
      topics: ['de-data-quality', 'de-etl'],
      keywords: ['data incident', 'post-mortem', 'data issues', 'incident response'],
    },
    {
      id: 'de-beh-pipeline-optimisation',
      category: 'behavioural',
      role: 'data-engineering',
      text: 'Tell me about a pipeline or query you made significantly faster or cheaper.',
      guidance:
        'Choose one example with before and after numbers, such as runtime, cost per run or bytes scanned, and say how you measured them. Walk through the diagnosis first, for example reading the query plan or the Spark UI, so the interviewer sees method rather than luck. Then describe the change (partition pruning, a broadcast join, fixing skew, incremental loads instead of full refreshes, compacting files) and any trade-off it introduced, such as extra complexity. Mention how you confirmed that the output stayed the same. A common slip is listing many tweaks without saying which one made the difference, which suggests trial and error.',
      topics: ['de-spark-tuning', 'de-warehouse', 'de-etl'],
      keywords: ['pipeline optimisation', 'pipeline optimization', 'cost reduction', 'query optimisation', 'cloud cost'],
    },
    // ------------------------------------------------------------ ask the interviewer
    {
      id: 'de-ask-platform-pain-points',
      category: 'ask-interviewer',
      role: 'data-engineering',
      text: 'What does your data platform look like today, and what is the biggest pain point the team is working on?',
      guidance:
        'The answer shows the real stack (Spark, which warehouse, dbt, Airflow, streaming or not), how mature the platform is, and what your first months would involve: new builds, a migration or firefighting. A concrete pain point, such as cost, data quality or slow pipelines, also shows how candid the team is. Follow up on how much is batch versus streaming and how much is legacy, such as on-premises Hadoop jobs being moved to the cloud. Asking early lets you tie your experience to their problem in the rest of the conversation. A common slip is asking only for the tool list, which is usually in the posting already.',
      topics: ['de-etl', 'de-lakehouse', 'de-warehouse'],
      keywords: ['data platform', 'platform migration', 'legacy pipelines', 'hadoop migration'],
    },
    {
      id: 'de-ask-quality-and-on-call',
      category: 'ask-interviewer',
      role: 'data-engineering',
      text: 'Who owns data quality and pipeline on-call here, and what happens when a pipeline fails at night?',
      guidance:
        'The answer reveals the operating model: whether there is an on-call rotation and how often it pages, whether quality checks and SLAs exist, and whether the data team or the source owners are held responsible when upstream data breaks. A team that describes alerting, runbooks and blameless post-mortems is usually more mature than one where someone checks dashboards each morning. It also shows whether data contracts or domain ownership exist. Asking signals that you think about running pipelines, not only building them. A common slip is phrasing it so it sounds like you want to avoid on-call; frame it as wanting to understand how reliability is handled.',
      topics: ['de-data-quality', 'de-orchestration'],
      keywords: ['on-call', 'sla', 'alerting', 'runbooks', 'data ownership'],
    },
  ],
  rounds: [
    {
      id: 'de-online-assessment',
      name: 'Online assessment',
      description:
        'A timed test on a platform such as HackerRank or Mettl with SQL queries, a Python problem or two and sometimes multiple-choice questions on Spark and big data basics.',
    },
    {
      id: 'de-sql-python-round',
      name: 'SQL and Python technical round',
      description:
        'Live SQL with joins, window functions and deduplication, plus Python or PySpark data manipulation, with follow-up questions on how the query would behave at scale.',
    },
    {
      id: 'de-big-data-round',
      name: 'Big data and cloud deep dive',
      description:
        'Spark internals, partitioning and tuning, Kafka, Airflow, file formats and the cloud services on your CV (AWS, Azure or GCP), usually asked through scenarios from your own projects.',
    },
    {
      id: 'de-pipeline-design-round',
      name: 'Pipeline and data modelling design',
      description:
        'Mainly for mid and senior roles: design an ingestion pipeline or a warehouse model end to end, covering sources, batch or streaming, schema, idempotency, data quality and monitoring.',
    },
    {
      id: 'de-managerial-hr',
      name: 'Managerial and HR rounds',
      description:
        'Project ownership, handling incidents and stakeholders, notice period and expectations, with the hiring manager and then HR.',
    },
  ],
  tips: [
    {
      id: 'de-tip-know-your-numbers',
      title: 'Know the numbers of your own pipelines',
      body: 'Interviewers probe your projects: be ready with data volumes per day, runtimes, cluster sizes, file formats, partitioning choices and why you made them. Vague answers such as "large data" suggest you only ran someone else\'s job.',
    },
    {
      id: 'de-tip-explain-at-scale',
      title: 'Always say what happens at scale',
      body: 'After writing any SQL or PySpark answer, add a sentence on how it behaves on billions of rows: which steps shuffle, where skew could appear and what you would partition or broadcast.',
    },
    {
      id: 'de-tip-rerun-safety',
      title: 'Design for reruns',
      body: 'In every design answer, explain how the pipeline recovers from failure and reruns safely: idempotent writes, backfills, checks before publishing and alerts. It is the clearest signal of production experience.',
    },
  ],
};

export default dataEngineering;
