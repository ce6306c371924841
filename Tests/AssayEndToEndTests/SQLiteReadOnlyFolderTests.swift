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
@Suite(.enabled(if: UnwritingReader.command != nil)) struct SQLiteReadOnlyFolderTests {
  /// Runs the binary with `arguments` as the reader.
  func read(_ arguments: [String]) throws -> AssayProcess.Result {
    guard let reader = UnwritingReader.command, let program = reader.first else {
      return try AssayProcess.run(arguments)
    }
    return try AssayProcess.run(
      Array(reader.dropFirst()) + [AssayProcess.binary] + arguments, executable: program)
  }

  /// A folder holding `w.db`, a database in write-ahead-log mode with table `t` (1,000 rows), made
  /// unwritable; with the writes after the first 10 rows only in its log when `pendingWrites`
  /// (copied while its writer still has it open).
  func folder(pendingWrites: Bool) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-wal-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let program = """
      import os, shutil, sqlite3, sys
      folder, pending = sys.argv[1], sys.argv[2] == "1"
      made = os.path.join(folder, "made.db")
      db = sqlite3.connect(made)
      db.execute("PRAGMA journal_mode = WAL")
      db.execute("CREATE TABLE t (id INTEGER, name TEXT)")
      db.executemany("INSERT INTO t VALUES (?, ?)", [(i, "row %d" % i) for i in range(10)])
      db.commit()
      db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
      if pending: db.execute("PRAGMA wal_autocheckpoint = 0")
      db.executemany("INSERT INTO t VALUES (?, ?)", [(i, "row %d" % i) for i in range(10, 1000)])
      db.commit()
      if pending:
          shutil.copy(made, os.path.join(folder, "w.db"))
          shutil.copy(made + "-wal", os.path.join(folder, "w.db-wal"))
      db.close()
      if not pending: shutil.copy(made, os.path.join(folder, "w.db"))
      for name in os.listdir(folder):
          if name.startswith("made.db"): os.remove(os.path.join(folder, name))
      os.chmod(folder, 0o555)
      """
    let made = try AssayProcess.shell(
      #"python3 -c "$1" "$2" "$3""#, arguments: [program, folder, pendingWrites ? "1" : "0"])
    #expect(made.status == 0, "\(made.stderr)")
    return folder
  }

  /// Removes a folder `folder` made, writable again first.
  func removeFolder(_ folder: String) {
    chmod(folder, 0o755)
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test func aDatabaseWhoseLogHoldsNoWritesIsRead() throws {
    let folder = try folder(pendingWrites: false)
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

  @Test func aDatabaseWhoseLastWritesAreOnlyInItsLogIsRefusedWithAHint() throws {
    let folder = try folder(pendingWrites: true)
    defer { removeFolder(folder) }
    try read(["describe", folder + "/w.db", "--table", "t"]).expectOneLineFailure(
      mentions: [folder + "/w.db: cannot open the SQLite database", "copy it somewhere writable"])
  }
}
