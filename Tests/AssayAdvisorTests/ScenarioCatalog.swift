import AssayAdvisor
import Testing

/// A workload described in full, the family the storage decision chart gives it, the two or three
/// answers that decide it, and the other families the chart still allows when only those are given.
struct Scenario: CustomTestStringConvertible, Sendable {
  var name: String
  var answers: [String]
  var expect: String
  var decisive: [String]
  var alsoAllowed: [String]
  var note: String? = nil

  init(
    _ name: String, _ answers: [String], expect: String, decisive: [String], alsoAllowed: [String],
    note: String? = nil
  ) {
    self.name = name
    self.answers = answers
    self.expect = expect
    self.decisive = decisive
    self.alsoAllowed = alsoAllowed
    self.note = note
  }

  var testDescription: String { name }
}

/// Workloads over every branch of the chart: objects, file shares, relational OLTP, global SQL,
/// warehouse, documents with client sync, wide-column and time series, cache, lake, HTAP, a VM's
/// disk and data small enough for a file.
let scenarios: [Scenario] = [
  Scenario(
    "product photos read often",
    ["data=files", "access=objects", "reads=daily", "interface=http", "size=10GB-1TB"],
    expect: "object-storage", decisive: ["data=files", "access=objects"], alsoAllowed: ["filesystem"],
    note: "Cloud Storage Standard"),
  Scenario(
    "backups kept 7 years", ["data=files", "access=objects", "reads=never", "cost=cost", "size=1-100TB"],
    expect: "object-storage", decisive: ["data=files", "reads=never"], alsoAllowed: [], note: "Archive"),
  Scenario(
    "invoices as PDFs read quarterly", ["data=files", "reads=quarterly", "access=objects"],
    expect: "object-storage", decisive: ["data=files", "reads=quarterly"], alsoAllowed: ["filesystem"],
    note: "Coldline"),
  Scenario(
    "ML training set of 200 TB of images", ["data=files", "size=over-100TB", "access=ml"],
    expect: "object-storage", decisive: ["data=files", "access=ml"], alsoAllowed: ["lake"],
    note: "depends on how often"),
  Scenario(
    "video library streamed, 500 TB",
    ["data=files", "size=over-100TB", "access=objects", "reads=daily", "latency=seconds"],
    expect: "object-storage", decisive: ["data=files", "size=over-100TB"], alsoAllowed: []),
  Scenario(
    "shared home directories over NFS",
    ["data=files", "interface=posix", "access=objects", "users=one-region"],
    expect: "filesystem", decisive: ["data=files", "interface=posix"], alsoAllowed: []),
  Scenario(
    "render farm scratch space",
    ["data=files", "interface=posix", "latency=under-10ms", "throughput=high", "size=1-10GB"],
    expect: "filesystem", decisive: ["interface=posix", "latency=under-10ms"], alsoAllowed: ["block"]),
  Scenario(
    "orders with transactions, 50 GB",
    ["data=tabular", "size=10GB-1TB", "access=transactions", "acid=yes", "users=one-region"],
    expect: "relational-oltp", decisive: ["data=tabular", "access=transactions", "acid=yes"],
    alsoAllowed: ["distributed-sql"]),
  Scenario(
    "small web shop's orders",
    [
      "data=tabular", "size=under-1GB", "access=transactions", "acid=yes", "users=one-region",
      "throughput=low",
    ],
    expect: "relational-oltp", decisive: ["access=transactions", "acid=yes", "users=one-region"],
    alsoAllowed: []),
  Scenario(
    "orders surviving a zone failure",
    ["data=tabular", "access=transactions", "acid=yes", "ha=zone", "size=10GB-1TB"],
    expect: "relational-oltp", decisive: ["access=transactions", "acid=yes"],
    alsoAllowed: ["distributed-sql"], note: "RDS Multi-AZ"),
  Scenario(
    "SaaS billing, 500 GB over SQL",
    [
      "data=tabular", "size=10GB-1TB", "access=transactions", "acid=yes", "interface=sql",
      "latency=under-10ms",
    ],
    expect: "relational-oltp", decisive: ["data=tabular", "acid=yes"],
    alsoAllowed: ["distributed-sql", "embedded", "htap"]),
  Scenario(
    "global inventory with strong consistency",
    ["data=tabular", "access=transactions", "acid=yes", "users=global-strong"],
    expect: "distributed-sql", decisive: ["users=global-strong", "acid=yes"], alsoAllowed: []),
  Scenario(
    "global payments ledger, 20 TB",
    [
      "data=tabular", "size=1-100TB", "access=transactions", "acid=yes", "users=global-strong",
      "throughput=high",
    ],
    expect: "distributed-sql", decisive: ["acid=yes", "users=global-strong", "size=1-100TB"], alsoAllowed: []),
  Scenario(
    "clickstream 50 TB for analysts with SQL",
    [
      "data=events", "size=1-100TB", "access=analytics", "interface=sql", "schema=on-write",
      "latency=seconds",
    ],
    expect: "warehouse", decisive: ["data=events", "access=analytics", "interface=sql"],
    alsoAllowed: ["lake"], note: "BigQuery Editions"),
  Scenario(
    "sales reporting over 5 TB with SQL",
    ["data=tabular", "size=1-100TB", "access=analytics", "interface=sql", "latency=seconds"],
    expect: "warehouse", decisive: ["access=analytics", "interface=sql", "size=1-100TB"], alsoAllowed: []),
  Scenario(
    "a 5 GB table analysed with SQL", ["data=tabular", "size=1-10GB", "access=analytics", "interface=sql"],
    expect: "warehouse", decisive: ["access=analytics", "size=1-10GB"], alsoAllowed: ["embedded", "lake"]),
  Scenario(
    "product catalogue whose fields vary", ["data=documents", "access=transactions", "latency=under-10ms"],
    expect: "document", decisive: ["data=documents", "access=transactions"], alsoAllowed: ["relational-oltp"]),
  Scenario(
    "mobile app with offline sync",
    ["data=documents", "access=transactions", "sync=yes", "users=multi-region", "size=10GB-1TB"],
    expect: "document", decisive: ["data=documents", "sync=yes"], alsoAllowed: [],
    note: "Firestore (mobile and web SDKs)"),
  Scenario(
    "user profiles on three continents", ["data=documents", "access=transactions", "users=multi-region"],
    expect: "document", decisive: ["data=documents", "users=multi-region"], alsoAllowed: []),
  Scenario(
    "chat app syncing to phones",
    ["data=tabular", "access=transactions", "sync=yes", "latency=under-10ms", "acid=no"],
    expect: "document", decisive: ["sync=yes", "access=transactions"], alsoAllowed: []),
  Scenario(
    "IoT sensor readings, 50 TB, written fast",
    ["data=timeseries", "size=1-100TB", "access=transactions", "latency=under-10ms", "throughput=very-high"],
    expect: "wide-column", decisive: ["data=timeseries", "throughput=very-high"], alsoAllowed: [],
    note: "Bigtable SSD"),
  Scenario(
    "ad-tech lookups over 200 TB at high QPS",
    [
      "data=key-value", "size=over-100TB", "access=transactions", "throughput=very-high",
      "latency=under-10ms", "acid=no",
    ],
    expect: "wide-column", decisive: ["data=key-value", "size=over-100TB", "throughput=very-high"],
    alsoAllowed: []),
  Scenario(
    "a device's last hour, by time range",
    ["data=timeseries", "access=range-scans", "size=1-100TB", "latency=under-10ms"],
    expect: "wide-column", decisive: ["data=timeseries", "access=range-scans"], alsoAllowed: []),
  Scenario(
    "ad-tech lookups, key answers only",
    ["data=tabular", "size=over-100TB", "access=transactions", "throughput=very-high"],
    expect: "wide-column", decisive: ["size=over-100TB", "access=transactions", "throughput=very-high"],
    alsoAllowed: ["distributed-sql"]),
  Scenario(
    "session cache, sub-ms", ["access=cache", "latency=sub-ms", "data=key-value"],
    expect: "in-memory", decisive: ["access=cache", "latency=sub-ms"], alsoAllowed: []),
  Scenario(
    "game leaderboard", ["data=tabular", "access=cache", "latency=sub-ms"],
    expect: "in-memory", decisive: ["access=cache", "latency=sub-ms"], alsoAllowed: []),
  Scenario(
    "raw data of many formats for later",
    ["data=mixed", "size=1-100TB", "schema=on-read", "access=analytics"],
    expect: "lake", decisive: ["data=mixed", "schema=on-read"], alsoAllowed: []),
  Scenario(
    "clickstream kept raw for data science",
    ["data=events", "size=over-100TB", "access=analytics,ml", "schema=on-read", "latency=seconds"],
    expect: "lake", decisive: ["data=events", "schema=on-read"], alsoAllowed: ["warehouse"]),
  Scenario(
    "fresh operational analytics", ["data=tabular", "access=transactions", "fresh=yes"],
    expect: "htap", decisive: ["access=transactions", "fresh=yes"], alsoAllowed: []),
  Scenario(
    "orders analysed as they happen",
    ["data=tabular", "access=transactions,analytics", "acid=yes", "size=10GB-1TB"],
    expect: "htap", decisive: ["access=transactions,analytics"], alsoAllowed: []),
  Scenario(
    "database server's data disk", ["data=tabular", "interface=disk", "latency=under-10ms"],
    expect: "block", decisive: ["interface=disk"], alsoAllowed: []),
  Scenario(
    "a small table analysed on a laptop", ["data=tabular", "size=under-1GB", "access=analytics"],
    expect: "embedded", decisive: ["data=tabular", "size=under-1GB"], alsoAllowed: ["relational-oltp"],
    note: "DuckDB"),
  Scenario(
    "a small app's own records, zone failure", ["data=tabular", "size=under-1GB", "acid=yes", "ha=zone"],
    expect: "embedded", decisive: ["data=tabular", "size=under-1GB", "acid=yes"],
    alsoAllowed: ["relational-oltp"], note: "Litestream"),
  Scenario(
    "tiny data for one person",
    ["data=tabular", "size=under-1GB", "users=one-person", "access=analytics", "growth=fixed"],
    expect: "embedded", decisive: ["users=one-person", "size=under-1GB"], alsoAllowed: []),
]
