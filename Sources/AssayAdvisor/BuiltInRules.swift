/// The storage rules compiled into Assay, so that the executable alone can advise: the same bytes as
/// `Resources/rules.json`, the documented copy to start a `--rules FILE` from (a test keeps them equal).
enum BuiltInRules {
  /// The rules file's JSON text.
  static let json = #"""
    {
      "version": 1,
      "providers": [
        { "key": "gcp", "name": "GCP" },
        { "key": "aws", "name": "AWS" },
        { "key": "azure", "name": "Azure" },
        { "key": "open-source", "name": "open source" }
      ],
      "questions": [
        {
          "key": "data", "text": "What is the data?",
          "answers": [
            { "key": "tabular", "label": "tabular, with a fixed schema" },
            { "key": "documents", "label": "JSON records whose shape varies" },
            { "key": "files", "label": "files: images, audio, video, documents" },
            { "key": "events", "label": "logs or events" },
            { "key": "timeseries", "label": "time series or sensor data" },
            { "key": "key-value", "label": "values looked up by one key: profiles, counters, ad or session lookups" },
            { "key": "mixed", "label": "raw data of many formats: CSV, JSON, Parquet, logs side by side" }
          ]
        },
        {
          "key": "size", "text": "How big will it be?",
          "answers": [
            { "key": "under-1GB", "label": "under 1 GB", "bytesBelow": 1000000000 },
            { "key": "1-10GB", "label": "1 to 10 GB", "bytesBelow": 10000000000 },
            { "key": "10GB-1TB", "label": "10 GB to 1 TB", "bytesBelow": 1000000000000 },
            { "key": "1-100TB", "label": "1 to 100 TB", "bytesBelow": 100000000000000 },
            { "key": "over-100TB", "label": "over 100 TB" }
          ]
        },
        {
          "key": "access", "text": "How is it used most? (one or more, e.g. transactions,analytics)", "multiple": true,
          "answers": [
            { "key": "transactions", "label": "many small reads and writes by key or row" },
            { "key": "analytics", "label": "scans and aggregates: analytics, BI" },
            { "key": "objects", "label": "whole objects downloaded or streamed" },
            { "key": "ml", "label": "ML training reads" },
            { "key": "cache", "label": "caching" },
            { "key": "range-scans", "label": "scans of a key or time range: one device's last hour" }
          ]
        },
        {
          "key": "throughput", "text": "How many reads and writes a second at peak?",
          "answers": [
            { "key": "low", "label": "under 1,000 a second" },
            { "key": "high", "label": "1,000 to 100,000 a second" },
            { "key": "very-high", "label": "over 100,000 a second" }
          ]
        },
        {
          "key": "acid", "text": "Does it need multi-row ACID transactions and joins?",
          "answers": [
            { "key": "yes", "label": "yes" },
            { "key": "no", "label": "no" }
          ]
        },
        {
          "key": "latency", "text": "What latency do reads need?",
          "answers": [
            { "key": "sub-ms", "label": "under a millisecond" },
            { "key": "under-10ms", "label": "under 10 ms" },
            { "key": "seconds", "label": "seconds are fine" }
          ]
        },
        {
          "key": "users", "text": "Where are the users?",
          "answers": [
            { "key": "one-region", "label": "one region" },
            { "key": "multi-region", "label": "several regions" },
            { "key": "global-strong", "label": "global, with strong consistency" },
            { "key": "one-person", "label": "one person or one program, on one machine" }
          ]
        },
        {
          "key": "interface", "text": "How does software reach it?",
          "answers": [
            { "key": "posix", "label": "file paths, through a POSIX mount" },
            { "key": "sql", "label": "SQL" },
            { "key": "http", "label": "an HTTP API" },
            { "key": "disk", "label": "a VM's disk" }
          ]
        },
        {
          "key": "schema", "text": "When is its schema decided?",
          "answers": [
            { "key": "on-write", "label": "when it is written: cleaned, modelled tables" },
            { "key": "on-read", "label": "when it is read: raw data kept for later, schema-on-read" }
          ]
        },
        {
          "key": "sync", "text": "Do mobile or web clients read and write it directly, syncing offline?",
          "answers": [
            { "key": "yes", "label": "yes" },
            { "key": "no", "label": "no" }
          ]
        },
        {
          "key": "reads", "text": "How often is it read once it is a month old?",
          "answers": [
            { "key": "daily", "label": "daily" },
            { "key": "monthly", "label": "monthly" },
            { "key": "quarterly", "label": "quarterly" },
            { "key": "never", "label": "yearly or never: retention, compliance" }
          ]
        },
        {
          "key": "fresh", "text": "Must fresh operational data be analysed without delay?",
          "answers": [
            { "key": "yes", "label": "yes" },
            { "key": "no", "label": "no" }
          ]
        },
        {
          "key": "growth", "text": "How fast does it grow?",
          "answers": [
            { "key": "fixed", "label": "it stays about this size" },
            { "key": "steady", "label": "steadily" },
            { "key": "fast", "label": "fast: gigabytes a day or more" }
          ]
        },
        {
          "key": "cost", "text": "What matters more, cost or speed?",
          "answers": [
            { "key": "cost", "label": "lowest cost, slower is fine" },
            { "key": "balanced", "label": "a balance" },
            { "key": "speed", "label": "speed, whatever it costs" }
          ]
        },
        {
          "key": "ha", "text": "Must it survive a zone or region failure?",
          "answers": [
            { "key": "no", "label": "no" },
            { "key": "zone", "label": "a zone failure" },
            { "key": "region", "label": "a region failure" }
          ]
        }
      ],
      "categories": [
        {
          "key": "filesystem", "name": "local/network filesystem",
          "summary": "directories and files reached through POSIX paths; NFS or SMB to share them",
          "products": {
            "gcp": ["Filestore"],
            "aws": ["EFS", "FSx"],
            "azure": ["Azure Files", "Azure NetApp Files"],
            "open-source": ["ext4", "NFS", "CephFS"]
          },
          "notes": [
            { "title": "tier", "when": {"cost": ["cost"]},
              "text": "Filestore Basic HDD / EFS One Zone with Infrequent Access / Azure Files Standard (transaction optimized or cool) / NFS on HDDs" },
            { "title": "tier", "when": {"latency": ["sub-ms", "under-10ms"]},
              "text": "Filestore Zonal or Enterprise on SSD / EFS with Elastic Throughput or FSx for Lustre / Azure Files Premium or Azure NetApp Files Ultra / NFS on NVMe" },
            { "title": "tier", "when": {"reads": ["monthly", "quarterly", "never"]},
              "text": "files rarely read after a month: EFS Infrequent Access or Archive lifecycle / Azure Files cool tier; Filestore has no cold tier, so move old files to Cloud Storage" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "Filestore Enterprise (regional) / EFS Regional / Azure Files zone-redundant (ZRS) / CephFS across failure domains" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Filestore backups or replication to a second region / EFS replication / Azure Files geo-redundant (GRS) / rsync or Ceph mirroring to a second site" }
          ]
        },
        {
          "key": "block", "name": "block storage",
          "summary": "raw volumes attached to one machine, with low latency and high IOPS",
          "products": {
            "gcp": ["Persistent Disk", "Hyperdisk", "Local SSD"],
            "aws": ["EBS", "instance store"],
            "azure": ["Managed Disks"],
            "open-source": ["LVM", "Ceph RBD"]
          },
          "notes": [
            { "title": "tier", "when": {"latency": ["sub-ms"]},
              "text": "Local SSD or Hyperdisk Extreme / io2 Block Express or instance store NVMe / Ultra Disk / NVMe local disks" },
            { "title": "tier", "when": {"latency": ["under-10ms", "unanswered"]},
              "text": "Persistent Disk Balanced or Hyperdisk Balanced / gp3 / Premium SSD v2 / SSDs with LVM" },
            { "title": "tier", "when": {"cost": ["cost"]},
              "text": "Standard Persistent Disk / st1 or sc1 HDD / Standard HDD / HDDs" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "regional Persistent Disk or Hyperdisk Balanced HA / EBS snapshots plus a standby in another AZ / zone-redundant (ZRS) Managed Disks / Ceph RBD replicated across hosts" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "asynchronous disk replication to another region / EBS snapshot copy across regions / Azure Site Recovery / RBD mirroring" }
          ]
        },
        {
          "key": "object-storage", "name": "object storage",
          "summary": "a flat namespace of objects by key over an HTTP API; any size, 11 nines durability, storage classes",
          "products": {
            "gcp": ["Cloud Storage"],
            "aws": ["S3"],
            "azure": ["Blob Storage"],
            "open-source": ["MinIO", "Ceph RGW", "SeaweedFS"]
          },
          "notes": [
            { "title": "storage class", "when": {"reads": ["daily"]},
              "text": "read often: Cloud Storage Standard / S3 Standard / Blob Hot" },
            { "title": "storage class", "when": {"reads": ["monthly"]},
              "text": "read about monthly: Cloud Storage Nearline (30-day minimum) / S3 Standard-IA / Blob Cool" },
            { "title": "storage class", "when": {"reads": ["quarterly"]},
              "text": "read about quarterly: Cloud Storage Coldline (90-day minimum) / S3 Glacier Instant Retrieval / Blob Cold" },
            { "title": "storage class", "when": {"reads": ["never"]},
              "text": "kept, rarely or never read: Cloud Storage Archive (365-day minimum) / S3 Glacier Deep Archive / Blob Archive; add a retention policy or object lock for compliance" },
            { "title": "storage class", "when": {"reads": ["unanswered"]},
              "text": "depends on how often objects are read after a month (answer reads=daily|monthly|quarterly|never); lifecycle rules can move ageing objects to colder classes" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "already spread across zones: Cloud Storage regional buckets / S3 Standard / Blob zone-redundant (ZRS); MinIO erasure sets across hosts" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Cloud Storage dual- or multi-region buckets / S3 Cross-Region Replication / Blob geo-zone-redundant (GZRS) / MinIO site replication" }
          ]
        },
        {
          "key": "relational-oltp", "name": "relational OLTP",
          "summary": "tables with a fixed schema, SQL, ACID transactions and joins, up to single-digit TB",
          "products": {
            "gcp": ["Cloud SQL (MySQL, PostgreSQL, SQL Server)", "AlloyDB"],
            "aws": ["RDS", "Aurora"],
            "azure": ["Azure SQL Database", "Azure Database for PostgreSQL/MySQL"],
            "open-source": ["PostgreSQL", "MySQL", "MariaDB"]
          },
          "notes": [
            { "title": "tier", "when": {"size": ["under-1GB", "1-10GB"]},
              "text": "a small instance: Cloud SQL Enterprise (shared or 1-2 vCPU) / RDS db.t4g / Azure SQL Basic or General Purpose serverless / one PostgreSQL server" },
            { "title": "tier", "when": {"throughput": ["high", "very-high"]},
              "text": "Cloud SQL Enterprise Plus or AlloyDB / Aurora with read replicas / Azure SQL Business Critical or Hyperscale / PostgreSQL with read replicas and a connection pooler" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "Cloud SQL high availability (regional) or AlloyDB / RDS Multi-AZ or Aurora replicas / Azure zone-redundant HA / PostgreSQL streaming replication with Patroni" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Cloud SQL cross-region replicas / Aurora Global Database / Azure active geo-replication / PostgreSQL asynchronous replica in a second region (RPO of seconds)" }
          ]
        },
        {
          "key": "distributed-sql", "name": "distributed SQL",
          "summary": "relational with horizontal scale and strong consistency across regions",
          "products": {
            "gcp": ["Spanner"],
            "aws": ["Aurora DSQL"],
            "azure": ["Azure Cosmos DB for PostgreSQL"],
            "open-source": ["CockroachDB", "YugabyteDB", "TiDB"]
          },
          "notes": [
            { "title": "tier", "when": {"size": ["under-1GB", "1-10GB", "10GB-1TB"]},
              "text": "start small: Spanner granular instances (100 processing units) / Aurora DSQL (serverless) / Cosmos DB for PostgreSQL single node / a three-node CockroachDB or YugabyteDB cluster" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "a regional Spanner instance (99.99 %) / Aurora DSQL single-region cluster / Cosmos DB for PostgreSQL with HA / CockroachDB with three zones" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "a multi-region Spanner configuration (99.999 %) / Aurora DSQL multi-region cluster / CockroachDB or YugabyteDB across three regions" }
          ]
        },
        {
          "key": "document", "name": "document NoSQL",
          "summary": "JSON-like documents with a flexible schema and per-document queries",
          "products": {
            "gcp": ["Firestore"],
            "aws": ["DynamoDB", "DocumentDB"],
            "azure": ["Cosmos DB"],
            "open-source": ["MongoDB", "CouchDB"]
          },
          "notes": [
            { "title": "tier", "when": {"sync": ["yes"]},
              "text": "client sync and offline use: Firestore (mobile and web SDKs) / AWS AppSync with DynamoDB or Amplify DataStore / Cosmos DB with a change feed / CouchDB with PouchDB" },
            { "title": "tier", "when": {"throughput": ["high", "very-high"]},
              "text": "DynamoDB provisioned capacity with auto scaling (on-demand for spiky load) / Cosmos DB autoscale throughput / Firestore scales writes by spreading document keys / MongoDB sharded cluster" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "Firestore regional location / DynamoDB (multi-AZ by default) / Cosmos DB availability zones / MongoDB replica set across zones" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Firestore multi-region location / DynamoDB global tables / Cosmos DB multi-region writes / MongoDB replica set members in several regions" }
          ]
        },
        {
          "key": "wide-column", "name": "wide-column / key-value at scale",
          "summary": "sorted keys to columns; huge write throughput and low latency by single key",
          "products": {
            "gcp": ["Bigtable"],
            "aws": ["DynamoDB", "Keyspaces"],
            "azure": ["Cosmos DB (Cassandra API)", "Table Storage"],
            "open-source": ["Cassandra", "ScyllaDB", "HBase"]
          },
          "notes": [
            { "title": "tier", "when": {"latency": ["sub-ms", "under-10ms"]},
              "text": "SSD storage: Bigtable SSD / DynamoDB or Keyspaces / Cosmos DB for Cassandra / Cassandra or ScyllaDB on NVMe" },
            { "title": "tier", "when": {"cost": ["cost"]},
              "text": "HDD storage for large, rarely read data: Bigtable HDD (latency of tens of ms) / DynamoDB Standard-IA table class / Cassandra on HDDs" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "Bigtable replication across zones / DynamoDB or Keyspaces (multi-AZ by default) / Cosmos DB availability zones / Cassandra with replication factor 3 across racks" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Bigtable multi-cluster routing across regions / DynamoDB global tables / Cosmos DB multi-region / Cassandra NetworkTopologyStrategy across data centres" }
          ]
        },
        {
          "key": "in-memory", "name": "in-memory cache",
          "summary": "key-value in RAM with sub-millisecond reads, for data that can be rebuilt",
          "products": {
            "gcp": ["Memorystore (Redis, Memcached)"],
            "aws": ["ElastiCache", "MemoryDB"],
            "azure": ["Azure Cache for Redis"],
            "open-source": ["Redis", "Valkey", "Memcached"]
          },
          "notes": [
            { "title": "tier", "when": {"ha": ["no", "unanswered"]},
              "text": "Memorystore Basic tier (no replica) / ElastiCache single node / Azure Cache Basic / one Redis or Valkey server; data must be rebuildable" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "Memorystore Standard tier (replica in another zone) / ElastiCache Multi-AZ or MemoryDB / Azure Cache zone redundancy / Redis or Valkey with Sentinel" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "Memorystore cross-region replicas / ElastiCache Global Datastore / Azure Cache geo-replication; a cache can also be rebuilt from its source" }
          ]
        },
        {
          "key": "warehouse", "name": "data warehouse (OLAP)",
          "summary": "columnar SQL analytics, schema-on-write, scans and aggregates over GB to PB",
          "products": {
            "gcp": ["BigQuery"],
            "aws": ["Redshift"],
            "azure": ["Synapse", "Fabric"],
            "open-source": ["ClickHouse", "DuckDB (one machine)", "Apache Druid"]
          },
          "notes": [
            { "title": "tier", "when": {"size": ["under-1GB", "1-10GB", "10GB-1TB"]},
              "text": "pay per query: BigQuery on-demand / Redshift Serverless / Fabric or Synapse serverless SQL / DuckDB or ClickHouse on one machine" },
            { "title": "tier", "when": {"size": ["1-100TB", "over-100TB"]},
              "text": "reserved capacity: BigQuery Editions with slot commitments / Redshift RA3 provisioned / Fabric capacity or Synapse dedicated pools / a ClickHouse cluster" },
            { "title": "tier", "when": {"reads": ["monthly", "quarterly", "never"]},
              "text": "old partitions cost less: BigQuery long-term storage (after 90 days unchanged) / Redshift Spectrum over S3 / Fabric OneLake tiering" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "BigQuery and Fabric are zonal-failure tolerant by default / Redshift Multi-AZ / ClickHouse replicas across zones" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "BigQuery multi-region datasets or cross-region replication / Redshift cross-region snapshots / ClickHouse replicas in a second region" }
          ]
        },
        {
          "key": "lake", "name": "data lake / lakehouse",
          "summary": "raw files (Parquet, ORC, Avro, CSV, JSON) on object storage with a catalog, schema-on-read",
          "products": {
            "gcp": ["Cloud Storage + BigLake", "Dataplex"],
            "aws": ["S3 + Lake Formation", "Athena", "Glue"],
            "azure": ["ADLS Gen2 + Synapse"],
            "open-source": ["MinIO + Iceberg, Delta Lake or Hudi", "Trino or Spark"]
          },
          "notes": [
            { "title": "tiering", "when": {"reads": ["monthly", "quarterly", "never"]},
              "text": "keep recent partitions in the standard class and let lifecycle rules move older files to Nearline/Coldline, S3 Standard-IA/Glacier or Blob Cool/Cold" },
            { "title": "table format", "when": {"schema": ["on-read", "unanswered"]},
              "text": "keep the raw files, then write curated tables in an open table format (Iceberg, Delta Lake or Hudi) that BigQuery, Athena, Synapse, Trino and Spark all read" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "the lake's buckets already span zones (regional Cloud Storage, S3 Standard, ADLS ZRS); keep the catalog in a managed, zonal-redundant service" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "dual-region buckets / S3 Cross-Region Replication / ADLS GZRS, plus a catalog replica in the second region" }
          ]
        },
        {
          "key": "htap", "name": "HTAP",
          "summary": "one system serving transactions and analytics together, without an ETL delay",
          "products": {
            "gcp": ["AlloyDB (columnar engine)", "Spanner (Data Boost)"],
            "aws": ["Aurora zero-ETL to Redshift"],
            "azure": ["Cosmos DB + Synapse Link"],
            "open-source": ["TiDB (TiFlash)", "SingleStore"]
          },
          "notes": [
            { "title": "tier", "when": {"fresh": ["yes"]},
              "text": "a columnar copy kept in step: AlloyDB columnar engine (sized by memory) or Spanner Data Boost / Aurora zero-ETL into Redshift Serverless / Cosmos DB analytical store with Synapse Link / TiFlash replicas of the tables analysed" },
            { "title": "tier", "when": {"fresh": ["no", "unanswered"], "access": ["transactions+analytics"]},
              "text": "a columnar copy kept in step: AlloyDB columnar engine (sized by memory) or Spanner Data Boost / Aurora zero-ETL into Redshift Serverless / Cosmos DB analytical store with Synapse Link / TiFlash replicas of the tables analysed" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "AlloyDB high availability (regional) / Aurora replicas across AZs / Cosmos DB availability zones / TiDB with TiKV replicas across zones" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "AlloyDB cross-region replicas or multi-region Spanner / Aurora Global Database / Cosmos DB multi-region / TiDB placement rules across regions" }
          ]
        },
        {
          "key": "embedded", "name": "file or embedded engine",
          "summary": "CSV or Parquet files read in place, or an engine inside the program (SQLite, DuckDB): no server, for data one machine holds",
          "products": {
            "gcp": ["a file in Cloud Storage or on a VM's disk"],
            "aws": ["a file in S3 or on EBS"],
            "azure": ["a file in Blob Storage or on a Managed Disk"],
            "open-source": ["CSV or Parquet files", "SQLite", "DuckDB"]
          },
          "notes": [
            { "title": "tier", "when": {"access": ["analytics"]},
              "text": "analysis on one machine: Parquet files read with DuckDB (columnar) beat a CSV; SQLite suits lookups and small updates" },
            { "title": "tier", "when": {"access": ["transactions"]},
              "text": "an application's own records: SQLite in WAL mode (one writer at a time); move to a database server when many processes write" },
            { "title": "high availability", "when": {"ha": ["zone"]},
              "text": "keep a copy of the file or database in object storage, which spans zones (Cloud Storage, S3, Blob ZRS); Litestream streams SQLite changes there" },
            { "title": "high availability", "when": {"ha": ["region"]},
              "text": "copy the file or database to a bucket in a second region (dual-region Cloud Storage, S3 Cross-Region Replication, Blob GRS); Litestream can replicate SQLite there" }
          ]
        }
      ],
      "rules": [
        { "when": {"data": ["tabular"]}, "scores": {"relational-oltp": 2, "warehouse": 2, "embedded": 2, "distributed-sql": 1, "htap": 1},
          "reason": "tabular data with a fixed schema fits SQL tables: a relational or distributed SQL database, a warehouse, HTAP or an embedded engine" },
        { "when": {"data": ["documents"]}, "scores": {"document": 4},
          "reason": "records whose shape varies fit a document store with a flexible schema" },
        { "when": {"data": ["files"]}, "scores": {"object-storage": 5, "filesystem": 2},
          "reason": "images, audio, video and documents are unstructured files, kept whole: by key in object storage or by path in a filesystem" },
        { "when": {"data": ["events"]}, "scores": {"lake": 3, "warehouse": 2, "wide-column": 1},
          "reason": "logs and events arrive append-only and in volume: partitioned files in a lake, tables in a warehouse, or rows by key and time in a wide-column store" },
        { "when": {"data": ["timeseries"]}, "scores": {"wide-column": 4, "warehouse": 1},
          "reason": "time series and sensor readings are written by key and time at high rates (a wide-column store) and aggregated by time (a warehouse)" },
        { "when": {"data": ["key-value"]}, "scores": {"wide-column": 3, "in-memory": 1, "document": 1},
          "reason": "values looked up by one key fit key-value stores: wide-column at scale, in-memory for hot keys, or a document store" },
        { "when": {"data": ["mixed"]}, "scores": {"lake": 5, "object-storage": 1},
          "reason": "raw data of many formats side by side is a lake's job: files in object storage, read with a schema when queried" },
        { "when": {"size": ["under-1GB"], "data": ["tabular", "events", "timeseries", "key-value"]}, "scores": {"embedded": 5, "warehouse": -2, "lake": -2, "distributed-sql": -1, "wide-column": -1},
          "reason": "under 1 GB the data fits in one machine's memory: a CSV or Parquet file, or an embedded engine such as SQLite or DuckDB, serves it with no server to run; move to a warehouse or a database server once it outgrows one machine or many people query it at once" },
        { "when": {"size": ["under-1GB", "1-10GB"]}, "scores": {"relational-oltp": 1, "filesystem": 1},
          "reason": "under 10 GB fits one machine: a single database server or a file share" },
        { "when": {"size": ["10GB-1TB"]}, "scores": {"relational-oltp": 1},
          "reason": "up to 1 TB still fits one machine's database" },
        { "when": {"size": ["1-100TB"]}, "scores": {"wide-column": 2, "warehouse": 2, "lake": 2, "distributed-sql": 1, "object-storage": 1, "relational-oltp": -2, "in-memory": -3, "filesystem": -1, "block": -1, "embedded": -3},
          "reason": "1 to 100 TB is past comfortable single-machine engines: scale-out stores fit (warehouse, lake, wide-column, distributed SQL, object storage)" },
        { "when": {"size": ["over-100TB"]}, "scores": {"lake": 3, "warehouse": 2, "object-storage": 2, "wide-column": 2, "distributed-sql": 1, "relational-oltp": -4, "in-memory": -5, "filesystem": -2, "block": -2, "document": -1, "embedded": -5},
          "reason": "over 100 TB calls for object storage, a lake, a warehouse, a wide-column store or distributed SQL" },
        { "when": {"access": ["transactions"]}, "scores": {"relational-oltp": 4, "distributed-sql": 2, "document": 2, "wide-column": 1, "warehouse": -3, "lake": -3, "object-storage": -2},
          "reason": "many small reads and writes by key or row are operational work for a database (relational, distributed SQL, document, wide-column), not for scanning engines or object storage" },
        { "when": {"access": ["analytics"]}, "scores": {"warehouse": 5, "lake": 3, "embedded": 3},
          "reason": "scans and aggregates are analytics work for a columnar engine: a warehouse, a lake's query engine, or DuckDB on one machine" },
        { "when": {"access": ["transactions+analytics"]}, "scores": {"htap": 9, "relational-oltp": -2, "warehouse": -2},
          "reason": "transactions and analytics on the same data, both at once, are what HTAP engines serve without an ETL copy; an OLTP database or a warehouse serves one side only" },
        { "when": {"access": ["objects"]}, "scores": {"object-storage": 5, "filesystem": 1},
          "reason": "whole objects are downloaded or streamed, not queried: object storage, or a file share" },
        { "when": {"access": ["ml"]}, "scores": {"object-storage": 3, "lake": 3},
          "reason": "ML training reads whole files in bulk, straight from object storage or from a lake's Parquet files" },
        { "when": {"access": ["cache"]}, "scores": {"in-memory": 6},
          "reason": "caching serves hot keys from RAM" },
        { "when": {"access": ["cache"]}, "scores": {"wide-column": 1, "document": 1},
          "reason": "reads and writes by a single key also suit durable key-value and document stores" },
        { "when": {"access": ["range-scans"]}, "scores": {"wide-column": 5, "warehouse": -1, "object-storage": -2},
          "reason": "scans of a key or time range (one device's last hour) need rows sorted by key: a wide-column store such as Bigtable or Cassandra" },
        { "when": {"throughput": ["low"]}, "scores": {"relational-oltp": 1, "embedded": 1},
          "reason": "under 1,000 operations a second fit one database server or an embedded engine" },
        { "when": {"throughput": ["high"]}, "scores": {"wide-column": 1, "document": 1, "distributed-sql": 1},
          "reason": "thousands of operations a second favour stores that partition by key: wide-column, document, distributed SQL" },
        { "when": {"throughput": ["very-high"]}, "scores": {"wide-column": 5, "in-memory": 2, "relational-oltp": -3, "embedded": -4, "warehouse": -3, "lake": -3, "object-storage": -2, "filesystem": -2},
          "reason": "over 100,000 operations a second need keys spread over many nodes (a wide-column store) or RAM; single servers, scanning engines and object storage fall behind" },
        { "when": {"acid": ["yes"]}, "scores": {"relational-oltp": 3, "distributed-sql": 3, "htap": 1, "embedded": 1, "document": -1, "wide-column": -2, "object-storage": -2, "in-memory": -2, "lake": -1},
          "reason": "multi-row ACID transactions and joins need a relational engine (a database server, distributed SQL, HTAP or SQLite)" },
        { "when": {"acid": ["no"]}, "scores": {"document": 1, "wide-column": 1},
          "reason": "without multi-row transactions, non-relational stores (document, wide-column) are open" },
        { "when": {"latency": ["sub-ms"]}, "scores": {"in-memory": 5, "warehouse": -3, "lake": -3, "object-storage": -2},
          "reason": "sub-millisecond reads need data in RAM" },
        { "when": {"latency": ["under-10ms"]}, "scores": {"relational-oltp": 1, "document": 1, "wide-column": 1, "distributed-sql": 1, "block": 1, "warehouse": -2, "lake": -2},
          "reason": "reads under 10 ms suit operational databases (relational, distributed SQL, document, wide-column) and block disks, not scanning engines" },
        { "when": {"latency": ["seconds"]}, "scores": {"warehouse": 1, "lake": 1, "object-storage": 1},
          "reason": "seconds are fine: scanning engines (warehouse, lake) and object storage qualify" },
        { "when": {"users": ["one-region"]}, "scores": {"relational-oltp": 1},
          "reason": "users in one region are served by a single-region database" },
        { "when": {"users": ["multi-region"]}, "scores": {"distributed-sql": 1, "document": 1},
          "reason": "users in several regions favour stores that replicate across regions (distributed SQL, document)" },
        { "when": {"users": ["global-strong"]}, "scores": {"distributed-sql": 6, "relational-oltp": -2, "embedded": -2},
          "reason": "global users with strong consistency need distributed SQL (Spanner-like)" },
        { "when": {"users": ["one-person"]}, "scores": {"embedded": 4, "distributed-sql": -3, "wide-column": -2, "in-memory": -2},
          "reason": "one person or one program on one machine needs no server: a file or an embedded engine" },
        { "when": {"interface": ["posix"]}, "scores": {"filesystem": 8, "object-storage": -2},
          "reason": "software that opens file paths needs a POSIX filesystem mount; object storage has no real directories or in-place writes" },
        { "when": {"interface": ["sql"]}, "scores": {"relational-oltp": 1, "warehouse": 1, "distributed-sql": 1, "htap": 1, "embedded": 1, "object-storage": -2, "in-memory": -2},
          "reason": "SQL clients reach relational, distributed SQL and HTAP databases, warehouses and embedded engines" },
        { "when": {"interface": ["http"]}, "scores": {"object-storage": 2, "document": 1},
          "reason": "an HTTP API is how object storage and document stores are reached" },
        { "when": {"interface": ["disk"]}, "scores": {"block": 7},
          "reason": "a VM or database that needs its own disk gets a block volume" },
        { "when": {"schema": ["on-read"]}, "scores": {"lake": 5, "warehouse": -1, "relational-oltp": -1},
          "reason": "data kept raw and given a schema when it is read belongs in a lake: files on object storage with a catalog" },
        { "when": {"schema": ["on-write"]}, "scores": {"warehouse": 2, "relational-oltp": 1, "lake": -1},
          "reason": "a schema fixed when data is written suits engines that load modelled tables: a warehouse or a relational database" },
        { "when": {"sync": ["yes"]}, "scores": {"document": 7},
          "reason": "mobile and web clients that sync offline and listen for changes need a document store with client SDKs (Firestore, Cosmos DB, CouchDB)" },
        { "when": {"reads": ["quarterly"]}, "scores": {"object-storage": 1},
          "reason": "data read about quarterly is cheapest in a cold object storage class" },
        { "when": {"reads": ["never"]}, "scores": {"object-storage": 3, "in-memory": -3, "relational-oltp": -1},
          "reason": "data kept but rarely or never read belongs in an archive storage class" },
        { "when": {"fresh": ["yes"]}, "scores": {"htap": 8, "relational-oltp": -1, "warehouse": -1},
          "reason": "fresh operational data analysed without an ETL delay calls for HTAP" },
        { "when": {"growth": ["fixed"]}, "scores": {"embedded": 1},
          "reason": "data that stays its size can stay a file or an embedded database" },
        { "when": {"growth": ["fast"]}, "scores": {"warehouse": 1, "lake": 1, "wide-column": 1, "embedded": -2, "relational-oltp": -1},
          "reason": "data that grows by gigabytes a day soon outgrows one machine: scale-out stores (warehouse, lake, wide-column)" },
        { "when": {"cost": ["cost"]}, "scores": {"object-storage": 1, "lake": 1, "embedded": 1, "in-memory": -2, "distributed-sql": -1},
          "reason": "lowest cost per GB: object storage, lake files or an embedded engine; RAM and global databases cost most" },
        { "when": {"cost": ["speed"]}, "scores": {"in-memory": 1, "block": 1},
          "reason": "speed at any cost: RAM and local SSD block volumes are the fastest media" }
      ]
    }

    """#
}
