import Foundation
import Testing

/// An install copies the one executable; the rules and themes must come with it.
@Suite("the assay executable alone") struct StandaloneBinaryTests {
  @Test func aCopiedExecutableStillAdvisesAndHasEveryTheme() throws {
    let root = NSTemporaryDirectory() + "assay-alone-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (folder, home) = (root + "/bin", root + "/home")
    for path in [folder, home] {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    try FileManager.default.copyItem(atPath: AssayProcess.binary, toPath: folder + "/assay")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["assay"])
    func assay(_ arguments: [String]) throws -> AssayProcess.Result {
      try AssayProcess.run(
        arguments, environment: ["HOME": home, "XDG_CONFIG_HOME": ""], executable: folder + "/assay",
        directory: folder)
    }
    let data = AssayProcess.packageRoot + "/sampledata/"

    let recommend = try assay(["recommend", data + "penguins.csv"])
    #expect(recommend.stderr.isEmpty)
    #expect(recommend.status == 0)
    #expect(recommend.stdout.hasPrefix("Source: \(data)penguins.csv: table, 344 rows, 8 columns"))
    #expect(recommend.stdout.contains("\nRecommendation: file or embedded engine\n"))

    let wizard = try assay(["wizard", "--answer", "data=files", "--answer", "reads=never"])
    #expect(wizard.stderr.isEmpty)
    #expect(wizard.stdout.hasPrefix("Recommendation: object storage\n"))
    #expect(wizard.stdout.contains("Cloud Storage Archive"))

    // The view checks its theme before it asks for a terminal, so without one a known theme gets
    // as far as the terminal check and an unknown one is refused.
    for theme in ["default", "light", "high-contrast", "monochrome"] {
      let view = try assay(["view", data + "iris.csv", "--theme", theme])
      #expect(view.status == 1)
      #expect(view.stderr.hasPrefix("assay: the table view needs a terminal"), "--theme \(theme)")
    }
    let unknown = try assay(["view", data + "iris.csv", "--theme", "sepia"])
    #expect(
      unknown.stderr
        == "assay: no theme named 'sepia' — themes are default, light, high-contrast, monochrome, or a .theme file path\n"
    )
  }

  /// The database client libraries (and the OpenSSL libmariadb brings) are opened when a database
  /// is, and libxml2 when a workbook is, so they cost a start nothing and need not be installed to
  /// read other files.
  @Test func theDatabaseClientLibrariesAreNotLoadedAtStart() throws {
    let ldd = Process()
    ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    ldd.arguments = [AssayProcess.binary]
    let output = Pipe()
    ldd.standardOutput = output
    try ldd.run()
    let needed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    ldd.waitUntilExit()
    #expect(needed.contains("libc.so"))
    for library in ["libsqlite3", "libmariadb", "libssl", "libcrypto", "libxml2"] {
      #expect(!needed.contains(library), "\(library) is loaded at start")
    }
  }
}
