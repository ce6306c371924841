import Foundation
import Testing

/// The S3 store the test run starts (moto, checking every request's SigV4 signature): listings
/// complete through continuation tokens, tables streamed from objects, and one clear line for
/// each way a request can fail, never with a secret in it.
/// The S3 store the test run starts, when it runs: its endpoint and key pair.
enum TestStore {
  static let store: (endpoint: String, key: String, secret: String)? = {
    let environment = ProcessInfo.processInfo.environment
    guard let endpoint = environment["ASSAY_TEST_S3"], let key = environment["ASSAY_TEST_S3_KEY"],
      let secret = environment["ASSAY_TEST_S3_SECRET"]
    else { return nil }
    return (endpoint, key, secret)
  }()
}

@Suite(.enabled(if: TestStore.store != nil)) struct ObjectStoreCommandTests {
  /// The endpoint and key pair of the test store.
  static var store: (endpoint: String, key: String, secret: String)? { TestStore.store }

  /// The environment a person sets for the store.
  static var environment: [String: String] {
    guard let store else { return [:] }
    return [
      "AWS_ACCESS_KEY_ID": store.key, "AWS_SECRET_ACCESS_KEY": store.secret,
      "AWS_ENDPOINT_URL": store.endpoint,
      "HOME": "/nonexistent",
    ]
  }

  /// Runs assay with the store's environment (and `extra`).
  func assay(_ arguments: [String], _ extra: [String: String] = [:]) throws -> AssayProcess.Result {
    try AssayProcess.run(arguments, environment: Self.environment.merging(extra) { _, new in new })
  }

  /// Objects and bytes of the whole bucket as boto3 lists them.
  func boto3Totals(bucket: String) throws -> (objects: Int, bytes: Int) {
    let program = """
      import boto3, os
      s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
      objects = size = 0
      for page in s3.get_paginator("list_objects_v2").paginate(Bucket="\(bucket)"):
          for item in page.get("Contents", []):
              objects += 1
              size += item["Size"]
      print(objects, size)
      """
    return try AssayProcess.objectsAndBytes(printedBy: program, environment: Self.environment)
  }

  @Test func theListingOfTenThousandObjectsIsCompleteAsBoto3ListsIt() throws {
    let listed = try assay(["ls", "s3://lake/", "--recursive", "--all", "--format", "json"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any],
      "\(listed.stdout.prefix(300))")
    let summary = try #require(json["summary"] as? [String: Any])
    let expected = try boto3Totals(bucket: "lake")
    #expect(expected.objects > 10_000)
    #expect(summary["files"] as? Int == expected.objects, "\(summary)")
    #expect(summary["bytes"] as? Int == expected.bytes, "\(summary)")
    let entries = try #require(json["entries"] as? [[String: Any]])
    #expect(entries.count == expected.objects)
    #expect(
      entries.contains {
        $0["name"] as? String == "mixed/part1/day1/object1.json" && $0["note"] as? String == "GLACIER"
      })
  }

  /// `mixed/` holds ten folders and four objects beside them (`a.csv` before them, `part1.csv`
  /// before `part1/`, `part10.log` after it, `zz.csv` last): the recursive listing, which reads
  /// the folders side by side, gives every key boto3 lists, once (`ls` prints them in byte order,
  /// as boto3 lists them; the order the pages come in is `SideBySideListingTests`').
  @Test func aRecursiveListingOfFoldersSideBySideHoldsEveryKeyOnce() throws {
    let listed = try assay(["ls", "s3://lake/mixed/", "--recursive", "--all", "--format", "csv"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let names = listed.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    let program = """
      import boto3, os
      s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
      for page in s3.get_paginator("list_objects_v2").paginate(Bucket="lake", Prefix="mixed/"):
          for item in page.get("Contents", []):
              print(item["Key"][len("mixed/"):])
      """
    let keys = try AssayProcess.run(
      ["python3", "-c", program], environment: Self.environment, executable: "/usr/bin/env"
    ).stdout.split(separator: "\n").map(String.init)
    #expect(keys.count == 10_004)
    #expect(names.count == keys.count)
    #expect(
      names == keys,
      "first difference at \(zip(names, keys).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? -1)"
    )
    #expect(names.first == "a.csv" && names.last == "zz.csv")
  }

  @Test func aPrefixListsItsFoldersAndObjectsAndHidesDotNames() throws {
    let top = try assay(["ls", "s3://lake/", "--format", "csv"])
    #expect(top.status == 0, "\(top.stderr)")
    #expect(
      top.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first ?? "" } == [
        "mixed", "tables",
      ])
    let day = try assay(["ls", "s3://lake/mixed/part0/day0/", "--format", "csv"])
    #expect(!day.stdout.contains(".hidden"), "hidden without --all")
    let all = try assay(["ls", "s3://lake/mixed/part0/day0/", "--all", "--format", "csv"])
    #expect(all.stdout.contains(".hidden0.txt"), "\(all.stdout.prefix(400))")
  }

  @Test func aTableStreamedFromTheStoreDescribesAsItsFile() throws {
    for name in ["iris", "penguins"] {
      let remote = try assay(["describe", "s3://lake/tables/\(name).csv"])
      let local = try AssayProcess.run(["describe", "sampledata/\(name).csv"])
      #expect(remote.status == 0, "\(remote.stderr)")
      #expect(remote.stdout == local.stdout, "\(name)")
    }
    let counts = try assay(["freq", "s3://lake/tables/penguins.csv", "--column", "island"])
    #expect(
      counts.stdout
        == (try AssayProcess.run(["freq", "sampledata/penguins.csv", "--column", "island"])).stdout)
  }

  @Test func aPrefixIsProfiledLikeAFolder() throws {
    let advice = try assay(["recommend", "s3://lake/mixed/"])
    #expect(advice.status == 0, "\(advice.stderr)")
    let lines = advice.stdout.split(separator: "\n")
    #expect(lines.first == "Source: s3://lake/mixed/: folder, 9,984 files, 9.9 MB", "\(lines.prefix(3))")
    #expect(lines.dropFirst().first == "Recommendation: object storage", "\(lines.prefix(3))")
  }

  @Test func eachFailureIsOneLineWithoutTheSecret() throws {
    let secret = try #require(Self.store?.secret)
    let cases: [(arguments: [String], extra: [String: String], needle: String)] = [
      (
        ["ls", "s3://lake/"], ["AWS_SECRET_ACCESS_KEY": "not-the-secret"],
        "access denied (403 SignatureDoesNotMatch"
      ),
      (["ls", "s3://lake/"], ["AWS_ACCESS_KEY_ID": "AKIANOSUCHKEY"], "access denied (403"),
      (["ls", "s3://no-such-bucket/"], [:], "no such bucket"),
      (
        ["describe", "s3://lake/tables/nothing.csv"], [:],
        "s3://lake/tables/nothing.csv: no such object or prefix"
      ),
      (["describe", "s3://lake/mixed/part1/day1/object1.json"], [:], "a json file, 1941 bytes: not a table"),
      (
        ["ls", "s3://lake/"], ["AWS_ENDPOINT_URL": "http://127.0.0.1:9"],
        "cannot reach http://127.0.0.1:9 (connection refused)"
      ),
      (["ls", "s3://lake/?endpoint=ftp://x"], [:], "is not an http:// or https:// address"),
    ]
    for (arguments, extra, needle) in cases {
      let result = try assay(arguments, extra)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(needle), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
      #expect(!(result.stdout + result.stderr).contains(secret))
    }
  }

  @Test func aBucketBrowsesLikeAFolderAndItsTablesStreamIn() throws {
    let secret = try #require(Self.store?.secret)
    let settings = Self.environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: "\n")
    let file = NSTemporaryDirectory() + "assay-store-env-\(getpid())"
    try settings.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let tmux = try TmuxSession(width: 100, height: 14)
    defer { tmux.close() }
    // The settings are read from a file, so the command typed (which the screen shows) holds no secret.
    try tmux.typeLine(
      "set -a; . '\(file)'; set +a; clear; '\(AssayProcess.binary)' s3://lake/; echo \"exit=$?\"")
    let top = try tmux.waitForScreen { $0.contains { $0.contains("row 1/2") } }
    #expect(top[1].hasPrefix("mixed") && top[2].hasPrefix("tables"), "\(top)")
    try tmux.press("j", "Enter")
    let tables = try tmux.waitForScreen { $0.contains { $0.contains("s3://lake › tables  row 1/2") } }
    #expect(tables[1].hasPrefix("iris.csv     table  4009"), "\(tables)")
    try tmux.press("Enter")
    let iris = try tmux.waitForScreen { $0.contains { $0.contains("› iris.csv  row 1/150") } }
    #expect(iris[0].hasPrefix("sepal_length sepal_width"), "\(iris)")
    // An object that holds no table shows its metadata and first bytes.
    try tmux.press("q", "q", "k", "Enter")
    try tmux.waitForScreen { $0.contains { $0.contains("s3://lake › mixed  row 1/10") } }
    try tmux.press("j", "Enter")
    try tmux.waitForScreen { $0.contains { $0.contains("› part1  row 1/7") } }
    try tmux.press("j", "Enter")
    let day = try tmux.waitForScreen { $0.contains { $0.contains("› day1  row 1/") } }
    #expect(day[1].hasPrefix("object1.json"), "\(day)")
    try tmux.press("Enter")
    let preview = try tmux.waitForScreen { $0.contains { $0.contains("› object1.json  row 1/") } }
    #expect(
      preview.contains { $0.hasPrefix("key") && $0.contains("mixed/part1/day1/object1.json") }, "\(preview)")
    #expect(preview.contains { $0.hasPrefix("storage class") && $0.contains("GLACIER") }, "\(preview)")
    #expect(
      preview.contains { $0.hasPrefix("first bytes") && $0.contains("archived, not readable until restored") }
    )
    try tmux.press("q", "j", "Enter")
    let bytes = try tmux.waitForScreen { $0.contains { $0.contains("› object1051.json  row 1/") } }
    #expect(
      bytes.contains { $0.hasPrefix("0000") && $0.contains("78 78 78 78 78 78 78  xxxxxxx") },
      "\(bytes)")
    for screen in [top, tables, iris, preview, bytes] { #expect(!screen.joined().contains(secret)) }
    try tmux.press("q", "q", "q", "q", "q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }

  /// Puts each local file at its key in bucket `bench` (made when missing), runs `body`, and
  /// deletes them.
  func withObjects(_ files: [(path: String, key: String)], _ body: () async throws -> Void) async throws {
    let program = """
      import boto3, os, sys
      s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
      pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
      if sys.argv[1] == "put":
          if "bench" not in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
              s3.create_bucket(Bucket="bench")
          for path, key in pairs:
              s3.upload_file(path, "bench", key)
      else:
          for _, key in pairs:
              s3.delete_object(Bucket="bench", Key=key)
      """
    let pairs = files.flatMap { [$0.path, $0.key] }
    let run = { (verb: String) in
      try await AssayProcess.runOffThePool(
        ["python3", "-c", program, verb] + pairs, environment: Self.environment, executable: "/usr/bin/env")
    }
    let put = try await run("put")
    #expect(put.status == 0, "\(put.stderr)")
    do {
      try await body()
    } catch {
      _ = try? await run("delete")
      throw error
    }
    _ = try await run("delete")
  }

  @Test func gzipObjectsStreamDecompressedAndACutOneSaysSo() async throws {
    let folder = NSTemporaryDirectory() + "assay-gz-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try AssayProcess.run(
      [
        "-c",
        """
        gzip -c sampledata/penguins.csv > '\(folder)/p.csv.gz' && \
        (gzip -c sampledata/iris.csv; tail -n +2 sampledata/iris.csv | gzip -c) > '\(folder)/two.csv.gz' && \
        head -c 1000 '\(folder)/p.csv.gz' > '\(folder)/cut.csv.gz'
        """,
      ], executable: "/bin/sh")
    #expect(made.status == 0, "\(made.stderr)")
    let files = ["p", "two", "cut"].map { (path: "\(folder)/\($0).csv.gz", key: "gz/\($0).csv.gz") }
    try await withObjects(files) {
      let penguins = try assay(["describe", "s3://bench/gz/p.csv.gz"])
      #expect(
        penguins.stdout == (try AssayProcess.run(["describe", "sampledata/penguins.csv"])).stdout,
        "\(penguins.stderr)")
      let members = try assay(["schema", "s3://bench/gz/two.csv.gz"])
      #expect(
        members.stdout.hasPrefix("s3://bench/gz/two.csv.gz: 300 rows, 5 columns"),
        "two members: \(members.stdout)")
      let cut = try assay(["schema", "s3://bench/gz/cut.csv.gz"])
      #expect(cut.status != 0 && cut.stderr.contains("the compressed data ends early"), "\(cut.stderr)")
    }
  }

  @Test func parquetAndJSONLinesObjectsOpenAsTables() async throws {
    let folder = NSTemporaryDirectory() + "assay-pq-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["p.parquet", "p.jsonl"] {
      let written = try AssayProcess.run(["--batch", "sampledata/penguins.csv", "-o", folder + "/" + name])
      #expect(written.status == 0, "\(written.stderr)")
    }
    let objects = [
      (path: folder + "/p.parquet", key: "pq/p.parquet"), (path: folder + "/p.jsonl", key: "pq/p.jsonl"),
    ]
    try await withObjects(objects) {
      let lines = try assay(["describe", "s3://bench/pq/p.jsonl"])
      let linesLocal = try AssayProcess.run(["describe", folder + "/p.jsonl"])
      #expect(lines.status == 0 && lines.stdout == linesLocal.stdout, "\(lines.stderr)")
      let local = try AssayProcess.run(["describe", "sampledata/penguins.csv"]).stdout
      let remote = try assay(["describe", "s3://bench/pq/p.parquet"])
      #expect(
        remote.status == 0 && withoutNullTexts(remote.stdout) == withoutNullTexts(local),
        "\(remote.stderr)\n\(remote.stdout)")
      let species = try assay(["freq", "s3://bench/pq/p.parquet", "--column", "species"])
      #expect(
        species.stdout
          == (try AssayProcess.run(["freq", "sampledata/penguins.csv", "--column", "species"])).stdout)
    }
  }

  /// An object takes the options its reader takes as a file (`--tz`, `-O delimiter=`), and one
  /// its reader does not take is refused in one line.
  @Test func objectsTakeTheOptionsOfTheirReaders() async throws {
    let folder = NSTemporaryDirectory() + "assay-tz-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "at;v\n2024-03-01T09:00:00Z;1\n2024-03-01T10:30:00+01:00;2\n".write(
      toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
    let reading = ["-O", "delimiter=;"]
    for name in ["t.parquet", "t.jsonl"] {
      let written = try AssayProcess.run(["--batch", folder + "/t.csv", "-o", folder + "/" + name] + reading)
      #expect(written.status == 0, "\(written.stderr)")
    }
    let names = ["t.csv", "t.jsonl", "t.parquet"]
    try await withObjects(names.map { (path: folder + "/" + $0, key: "tz/" + $0) }) {
      for name in names {
        let options = ["--tz", "+05:30"] + (name == "t.csv" ? reading : [])
        let remote = try assay(["--batch", "s3://bench/tz/" + name] + options)
        #expect(remote.status == 0, "\(name): \(remote.stderr)")
        #expect(
          remote.stdout == "at,v\n2024-03-01 14:30:00+05:30,1\n2024-03-01 15:00:00+05:30,2\n", "\(name)")
      }
      let refused = try assay(["--batch", "s3://bench/tz/t.parquet", "--dayfirst"])
      #expect(refused.status != 0)
      #expect(
        refused.stderr
          == "assay: s3://bench/tz/t.parquet: unknown option 'dayfirst' for a Parquet object — it takes tz\n")
    }
  }

  @Test func aLargeObjectShowsItsFirstScreenLongBeforeItHasArrived() async throws {
    let local = NSTemporaryDirectory() + "assay-main-\(getpid()).csv"
    // 200,000 generated rows, their body written ten times over: 2,000,000 rows, 200 MB, made with
    // a tenth of the generator's work (the machine runs other tests meanwhile).
    let block = local + ".block"
    let made = try await AssayProcess.runOffThePool(
      [
        "-c",
        """
        python3 Benchmarks/gen_data.py main 200000 '\(block)' && head -n 1 '\(block)' > '\(local)' && \
        for copy in 1 2 3 4 5 6 7 8 9 10; do tail -n +2 '\(block)'; done >> '\(local)' && rm '\(block)'
        """,
      ], executable: "/bin/sh")
    #expect(made.status == 0, "\(made.stderr)")
    defer { try? FileManager.default.removeItem(atPath: local) }
    let object = "s3://bench/main.csv"
    try await withObjects([(local, "main.csv")]) {
      let settings = Self.environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: "\n")
      let file = NSTemporaryDirectory() + "assay-store-env-large-\(getpid())"
      try settings.write(toFile: file, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(atPath: file) }
      let tmux = try TmuxSession(width: 120, height: 8)
      defer { tmux.close() }
      try tmux.typeLine(
        "set -a; . '\(file)'; set +a; clear; '\(AssayProcess.binary)' \(object); echo \"exit=$?\"")
      // The first screen with rows: the status line says how many bytes had been received then.
      let first = try tmux.waitForScreen(seconds: 30) { $0.contains { $0.contains("MB/201.8 MB") } }
      let status = first.first { $0.contains("MB/201.8 MB") } ?? ""
      let received = status.components(separatedBy: " MB/201.8 MB").first?.split(separator: " ").last.flatMap
      {
        Double($0)
      }
      #expect(received.map { $0 < 20.18 } == true, "under 10% received at the first screen: \(status)")
      #expect(first[1].split(separator: " ").first == "1", "the first row is on screen: \(first)")
      let whole = try await tmux.waitForScreen(seconds: 120, sleeping: ()) {
        $0.contains { $0.contains("row 1/2000000") }
      }
      #expect(whole.contains { $0.contains("row 1/2000000") }, "the rest streamed in: \(whole)")
      try tmux.press("q")
      try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
      let remote = try await AssayProcess.runOffThePool(["describe", object], environment: Self.environment)
      #expect(remote.status == 0, "\(remote.stderr)")
      let copy = try await AssayProcess.runOffThePool(["describe", local])
      #expect(remote.stdout == copy.stdout)
    }
  }
}
