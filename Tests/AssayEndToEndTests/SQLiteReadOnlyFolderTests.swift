import Foundation
import Testing

/// The binary run as an account that cannot write what the tests write.
enum UnwritingReader {
  /// How the binary runs as an account that cannot write the test's folders: as this account when
  /// it is not root, else as `assaytest` (the test servers' account, when it exists and can run the
  /// binary) through runuser; nil when neither can.
  static let command: [String]? = {
    guard getuid() == 0 else { return [] }
    let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let runuser, getpwnam("assaytest") != nil else { return nil }
    let probe = try? AssayProcess.run(
      ["-u", "assaytest", "--", AssayProcess.binary, "--version"], executable: runuser)
    return probe?.status == 0 ? [runuser, "-u", "assaytest", "--"] : nil
  }()
}

/// A SQLite database in write-ahead-log mode, in a folder its reader cannot write (a snapshot, a
/// mounted copy): read when its log holds no writes, refused with a hint when its last writes are
/// only in its log, which cannot be read without a file written beside it.
@Suite struct SQLiteReadOnlyFolderTests {
  /// Runs the binary with `arguments` as the reader.
  func read(_ arguments: [String]) throws -> AssayProcess.Result {
    guard let reader = UnwritingReader.command, let program = reader.first else {
      return try AssayProcess.run(arguments)
    }
    return try AssayProcess.run(
      Array(reader.dropFirst()) + [AssayProcess.binary] + arguments, executable: program)
  }

  /// How the database in `folder(_:)` was left by its writer.
  enum Left: String {
    /// In write-ahead-log mode, every write in the file (its writer closed it).
    case closed
    /// In write-ahead-log mode, the writes after the first 10 rows only in its log (copied while
    /// its writer still had it open).
    case pending
    /// In rollback-journal mode, a transaction changing every row cut off, its journal left.
    case crashed
  }

  /// A folder holding `w.db`, a database with table `t` (1,000 rows) left by its writer as `left`
  /// says, made unwritable.
  func folder(_ left: Left) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-wal-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let program = """
      import os, shutil, sqlite3, sys
      folder, left = sys.argv[1], sys.argv[2]
      made = os.path.join(folder, "made.db" if left == "pending" else "w.db")
      db = sqlite3.connect(made, isolation_level=None)
      db.execute("PRAGMA journal_mode = " + ("DELETE" if left == "crashed" else "WAL"))
      db.execute("CREATE TABLE t (id INTEGER, name TEXT)")
      db.executemany("INSERT INTO t VALUES (?, ?)", [(i, "row %d" % i) for i in range(10)])
      if left == "pending": db.execute("PRAGMA wal_autocheckpoint = 0")
      db.execute("BEGIN")
      db.executemany("INSERT INTO t VALUES (?, ?)", [(i, "row %d" % i) for i in range(10, 1000)])
      db.execute("COMMIT")
      if left == "pending":
          shutil.copy(made, os.path.join(folder, "w.db"))
          shutil.copy(made + "-wal", os.path.join(folder, "w.db-wal"))
          db.close()
          for name in os.listdir(folder):
              if name.startswith("made.db"): os.remove(os.path.join(folder, name))
      if left == "crashed":
          db.execute("PRAGMA cache_size = 1")
          db.execute("BEGIN")
          db.execute("UPDATE t SET name = name || ' changed'")
          os.chmod(folder, 0o555)
          os._exit(0)
      db.close()
      os.chmod(folder, 0o555)
      """
    let made = try AssayProcess.shell(
      #"python3 -c "$1" "$2" "$3""#, arguments: [program, folder, left.rawValue])
    #expect(made.status == 0, "\(made.stderr)")
    return folder
  }

  /// Removes a folder `folder` made, writable again first.
  func removeFolder(_ folder: String) {
    chmod(folder, 0o755)
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test(.enabled(if: UnwritingReader.command != nil)) func aDatabaseWhoseLogHoldsNoWritesIsRead() throws {
    let folder = try folder(.closed)
    defer { removeFolder(folder) }
    let result = try read(["describe", folder + "/w.db", "--table", "t"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        column  type    count  nulls  distinct  min    max       mean      std  median
        ──────  ──────  ─────  ─────  ────────  ─────  ───────  ─────  ───────  ──────
        id      int      1000      0      1000  0      999      499.5  288.819  499.5
        name    string   1000      0      1000  row 0  row 999

        """)
    // Nothing was written beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["w.db"])
  }

  @Test(.enabled(if: UnwritingReader.command != nil))
  func aDatabaseWhoseLastWritesAreOnlyInItsLogIsRefusedWithAHint() throws {
    let folder = try folder(.pending)
    defer { removeFolder(folder) }
    try read(["describe", folder + "/w.db", "--table", "t"]).expectOneLineFailure(
      mentions: [folder + "/w.db: cannot open the SQLite database", "copy the file and its -wal file"])
    // Through a link in a folder that can be written, the log is still the one beside the file.
    let links = NSTemporaryDirectory() + "assay-wal-link-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: links, withIntermediateDirectories: true)
    defer { removeFolder(links) }
    try FileManager.default.createSymbolicLink(
      atPath: links + "/link.db", withDestinationPath: folder + "/w.db")
    try read(["describe", links + "/link.db", "--table", "t"]).expectOneLineFailure(
      mentions: [links + "/link.db: cannot open the SQLite database", "copy the file and its -wal file"])
  }

  /// A crashed writer's journal, which only a writer can roll back: the file is refused, never read
  /// half-written.
  @Test(.enabled(if: UnwritingReader.command != nil)) func aDatabaseWithACrashedWritersJournalIsRefused()
    throws
  {
    let folder = try folder(.crashed)
    defer { removeFolder(folder) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["w.db", "w.db-journal"])
    try read(["describe", folder + "/w.db", "--table", "t"]).expectOneLineFailure(
      mentions: [folder + "/w.db: cannot open the SQLite database", "check the path"])
  }

  /// Under the test command, which starts the servers (as their account, for root), these tests run.
  @Test func theseTestsRunUnderTheTestCommand() {
    guard ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"] != nil else { return }
    #expect(UnwritingReader.command != nil, "the binary cannot run as an account that cannot write")
  }
}
