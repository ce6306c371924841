import Foundation
import Testing

/// `assay anonymize` as a user runs it: the table and report it prints, k-anonymity and
/// l-diversity equal to pandas' on three tables, `--k` suppression, keyed hashes that never show
/// their key, keyed date shifts, and one line for a bad request.
struct AnonymizeCommandTests {
  /// A JSON object printed by a program.
  private func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  /// `python3` with arguments, off the pool.
  private func python(_ arguments: [String]) async throws -> AssayProcess.Result {
    try await AssayProcess.runOffThePool(["python3"] + arguments, executable: "/usr/bin/env")
  }

  /// `people.csv` with its ID hashed under the key `k`, names masked, address dropped and ages binned.
  static let peopleOut = """
    ID,Name,Last Name,City,Age
    0aa2054d88556d7e5df6e54b00683dae,S******,H*****,Mesa,40-49
    e94dc0787a13962ab08e6a258b9bb46e,J****,B***,Napa,40-49
    73ad098009fda9c640365e02d5f49a48,S*******,O'H***,Santa,20-29
    a7541cc1a81c45ecf6f77d04372f0c79,M****,S******,Daly,30-39

    """

  /// What that run reports.
  static let peopleReport = """
    anonymized sampledata/people.csv: 4 rows, 6 columns → 4 rows, 5 columns
      ID         hashed (HMAC-SHA256)
      Name       masked
      Last Name  masked
      Address    dropped
      Age        generalized to bins of 10
    quasi-identifiers City, Age: k-anonymity 1 (4 classes)
    --k 1: suppressed 0 rows in 0 classes smaller than 1; now k-anonymity 1 (4 classes)

    """

  /// The actions proposed for `people.csv`.
  static let proposal = """
    personal data in sampledata/people.csv, and the action proposed for each column:
      Name       person-name  100%  --mask Name
      Last Name  person-name  100%  --mask 'Last Name'
    apply it with --auto (and -o OUT); options given with it override it column by column

    """

  /// `people.csv` with the proposal applied and its address dropped.
  static let autoOut = """
    ID,Name,Last Name,City,Age
    1,S******,H*****,Mesa,40
    2,J****,B***,Napa,45
    3,S*******,O'H***,Santa,25
    4,M****,S******,Daly,36

    """

  /// What that run reports.
  static let autoReport = """
    anonymized sampledata/people.csv: 4 rows, 6 columns → 4 rows, 5 columns
      Name       masked
      Last Name  masked
      Address    dropped

    """

  @Test func kAndLEqualPandasOnThreeTablesAndKFiveLeavesNoSmallerClass() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try await python([
      AssayProcess.packageRoot + "/Benchmarks/gen_data.py", "main", "20000", folder + "/main.csv",
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let cases: [(source: String, actions: [String], quasi: String, sensitive: String)] = [
      (
        "sampledata/penguins.csv", ["--generalize", "body_mass_g=500"], "species,island,sex,body_mass_g",
        "bill_length_mm"
      ),
      (
        "sampledata/seattle-weather.csv", ["--generalize", "date=year", "--generalize", "temp_max=5"],
        "date,weather,temp_max", "precipitation"
      ),
      (folder + "/main.csv", ["--generalize", "x=10", "--drop", "note"], "category,flag,x", "qty"),
    ]
    for (source, actions, quasi, sensitive) in cases {
      let whole = folder + "/whole.csv", kept = folder + "/kept.csv"
      let privacy = ["--quasi", quasi, "--sensitive", sensitive, "--report", "json"]
      let all = try await AssayProcess.runOffThePool(
        ["anonymize", source] + actions + privacy + ["-o", whole])
      #expect(all.status == 0, "\(source): \(all.stderr)")
      let reference = try object(
        try await python([PrivacyFixtures.scripts + "/kanon_reference.py", whole, quasi, sensitive, "5"])
          .stdout)
      let before = try #require(try object(all.stderr)["before"] as? [String: Any])
      for figure in ["classes", "k", "l"] {
        #expect(
          before[figure] as? Int == reference[figure] as? Int, "\(source) \(figure): \(before) \(reference)")
      }
      let suppressed = try await AssayProcess.runOffThePool(
        ["anonymize", source] + actions + privacy + ["--k", "5", "-o", kept])
      #expect(suppressed.status == 0, "\(source): \(suppressed.stderr)")
      let report = try object(suppressed.stderr)
      let counts = try #require(report["suppressed"] as? [String: Any])
      #expect(counts["rows"] as? Int == reference["small_rows"] as? Int, "\(source): \(report) \(reference)")
      #expect(counts["classes"] as? Int == reference["small_classes"] as? Int, "\(source)")
      let after = try #require(report["after"] as? [String: Any])
      let keptReference = try object(
        try await python([PrivacyFixtures.scripts + "/kanon_reference.py", kept, quasi, sensitive, "5"])
          .stdout)
      #expect((keptReference["k"] as? Int ?? 0) >= 5, "\(source): \(keptReference)")
      #expect(keptReference["small_rows"] as? Int == 0, "\(source)")
      for figure in ["classes", "k", "l"] {
        #expect(
          after[figure] as? Int == keptReference[figure] as? Int,
          "\(source) \(figure): \(after) \(keptReference)")
      }
    }
  }

  @Test func hashesNeverShowTheKeyAndAreTheSameUnderOneKeyOnly() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let source = folder + "/people.csv"
    try "id,email\n1,alice@example.com\n2,bob@example.org\n3,alice@example.com\n"
      .write(toFile: source, atomically: true, encoding: .utf8)
    let key = "correct horse battery staple"
    func hashed(_ key: String, report: String) async throws -> (run: AssayProcess.Result, file: String) {
      let out = folder + "/out-\(UUID().uuidString.prefix(8)).csv"
      let run = try await AssayProcess.runOffThePool(
        ["anonymize", source, "--hash", "email", "--report", report, "-o", out],
        environment: ["ASSAY_ANON_KEY": key])
      #expect(run.status == 0, "\(run.stderr)")
      return (run, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }
    let first = try await hashed(key, report: "text")
    let second = try await hashed(key, report: "json")
    let other = try await hashed("another key", report: "text")
    for (run, file) in [first, second, other] {
      for text in [run.stdout, run.stderr, file] {
        #expect(!text.contains(key) && !text.contains("another key") && !text.contains("horse"), "\(text)")
      }
    }
    #expect(!first.file.isEmpty && first.file == second.file)
    #expect(first.file != other.file)
    let rows = first.file.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    #expect(rows.count == 4 && rows[1][1] == rows[3][1] && rows[1][1] != rows[2][1], "\(rows)")
    let reference = try await python([
      "-c",
      "import hmac, hashlib, sys; print(hmac.new(sys.argv[1].encode(), b'alice@example.com', hashlib.sha256).hexdigest()[:32])",
      key,
    ])
    #expect(rows[1][1] + "\n" == reference.stdout)
    let keyless = try await AssayProcess.runOffThePool(
      ["anonymize", source, "--hash", "email", "-o", folder + "/never.csv"],
      environment: ["ASSAY_ANON_KEY": ""])
    #expect(keyless.status == 1)
    #expect(
      keyless.stderr
        == "assay: anonymize: --hash and keyed --shift-dates need a secret key, and none was given — set ASSAY_ANON_KEY, or run on a terminal to be asked for it\n"
    )
    #expect(!FileManager.default.fileExists(atPath: folder + "/never.csv"))
  }

  @Test func peopleAnonymizedPrintsTheTableAndTheReport() throws {
    let run = try AssayProcess.run(
      [
        "anonymize", "sampledata/people.csv", "--mask", "Name", "--mask", "Last Name", "--drop", "Address",
        "--generalize", "Age=10", "--hash", "ID", "--quasi", "City,Age", "--k", "1",
      ], environment: ["ASSAY_ANON_KEY": "k"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == Self.peopleOut)
    #expect(run.stderr == Self.peopleReport)
  }

  @Test func withoutActionsTheProposalIsPrintedAndAutoAppliesIt() throws {
    let proposal = try AssayProcess.run(["anonymize", "sampledata/people.csv"])
    #expect(proposal.status == 0, "\(proposal.stderr)")
    #expect(proposal.stdout == Self.proposal)
    let applied = try AssayProcess.run(["anonymize", "sampledata/people.csv", "--auto", "--drop", "Address"])
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(applied.stdout == Self.autoOut)
    #expect(applied.stderr == Self.autoReport)
  }

  @Test func everyFormatAssayWritesReadsBackAsTheSameTable() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let actions = ["anonymize", "sampledata/people.csv", "--mask", "Name", "--generalize", "Age=10"]
    let printed = try await AssayProcess.runOffThePool(actions)
    #expect(printed.status == 0 && printed.stdout.hasPrefix("ID,Name,Last Name,Address,City,Age\n1,S******,"))
    for format in ["csv", "tsv", "json", "jsonl", "parquet"] {
      let path = folder + "/people." + format
      let written = try await AssayProcess.runOffThePool(actions + ["-o", path])
      #expect(written.status == 0 && written.stdout.isEmpty, "\(format): \(written.stderr)")
      let back = try await AssayProcess.runOffThePool(["--batch", path])
      #expect(back.stdout == printed.stdout, "\(format): \(back.stdout)")
    }
  }

  @Test func keyedDateShiftsMoveEachKeysDatesAlike() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let source = folder + "/visits.csv"
    var lines = ["patient,admitted,discharged"]
    for row in 0..<60 { lines.append("p\(row % 12),2024-01-\(10 + row % 15),2024-02-\(10 + row % 15)") }
    try (lines.joined(separator: "\n") + "\n").write(toFile: source, atomically: true, encoding: .utf8)
    let options = [
      "anonymize", source, "--shift-dates", "admitted", "--shift-dates", "discharged", "--key-column",
      "patient",
      "--max-shift-days", "7",
    ]
    let run = try await AssayProcess.runOffThePool(options, environment: ["ASSAY_ANON_KEY": "k"])
    let again = try await AssayProcess.runOffThePool(options, environment: ["ASSAY_ANON_KEY": "k"])
    #expect(run.status == 0 && run.stdout == again.stdout, "\(run.stderr)")
    let format = ISO8601DateFormatter()
    format.formatOptions = [.withFullDate]
    func day(_ text: Substring) -> Int {
      Int((format.date(from: String(text))?.timeIntervalSince1970 ?? 0) / 86_400)
    }
    var shiftOf: [Substring: Int] = [:]
    for (original, shifted) in zip(lines.dropFirst(), run.stdout.split(separator: "\n").dropFirst()) {
      let before = original.split(separator: ","), after = shifted.split(separator: ",")
      let shift = day(after[1]) - day(before[1])
      #expect(shift != 0 && abs(shift) <= 7, "\(shifted)")
      #expect(day(after[2]) - day(before[2]) == shift, "\(shifted)")
      #expect(shiftOf[before[0], default: shift] == shift, "\(before[0])")
      shiftOf[before[0]] = shift
    }
    #expect(shiftOf.count == 12 && Set(shiftOf.values).count > 1)
  }

  @Test func aBadRequestIsOneLine() throws {
    let cases: [([String], String)] = [
      (
        ["--generalize", "City=10"],
        "assay: --generalize City=10: the column holds string values — this action takes numbers (or a date: =year|month|day|hour)\n"
      ),
      (
        ["--mask", "Email"],
        "assay: --mask Email: sampledata/people.csv has no such column — its columns: ID, Name, Last Name, Address, City, Age\n"
      ),
      (
        ["--top-code", "Age=2"],
        "assay: --top-code Age=2: the quantile is between 0 and 1 — e.g. income=0.99\n"
      ),
      (
        ["--mask", "City", "--drop", "City"],
        "assay: --drop City and --mask City: one action per column — keep one of them\n"
      ),
      (
        ["--key-column", "ID"],
        "assay: --key-column ID: it keys the shifts of --shift-dates, and none was asked for — add --shift-dates C for the date columns to move\n"
      ),
      (
        ["--mask", "City", "--max-shift-days", "0"],
        "assay: --max-shift-days 0: a shift is at least 1 day — give 1 to 36500 (a hundred years)\n"
      ),
      (
        ["--k", "5"],
        "assay: --k 5 is about classes of --quasi columns — name them with --quasi a,b,c\n"
      ),
      (
        ["--generalize", "Age=decade"],
        "assay: --generalize Age=decade: 'decade' is neither a bin width nor year, month, day or hour — e.g. age=10 or date=month\n"
      ),
      (
        ["--mask", "City", "-o", "out.xlsx"],
        "assay: out.xlsx: name the file .csv, .tsv, .json, .jsonl or .parquet to choose the format\n"
      ),
    ]
    for (options, expected) in cases {
      let run = try AssayProcess.run(["anonymize", "sampledata/people.csv"] + options)
      #expect(run.status == 1 && run.stderr == expected, "\(options): \(run.stderr)")
    }
  }
}
