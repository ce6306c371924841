import AssayCore
import Foundation
import Testing

/// A loader that opens nothing but says what it would read, so the registry's choice can be seen.
private struct NamedLoader: SourceLoader {
  let declaration: LoaderDescription

  func open(_ request: SourceRequest) throws -> OpenedSource {
    throw AssayError(message: "\(declaration.name) \(request.locator.path) \(request.options.named)")
  }
}

/// Picking a loader: scheme, then signature, then extension; options each loader declares.
struct LoaderRegistryTests {
  let registry = LoaderRegistry(loaders: [
    NamedLoader(
      declaration: LoaderDescription(name: "Text", extensions: [".csv", ".db"], standardInput: true)),
    NamedLoader(
      declaration: LoaderDescription(
        name: "SQLite", schemes: ["sqlite"], signatures: [.sqlite], extensions: [".sqlite"],
        options: [LoaderOption("table", help: "the table to read")])),
    NamedLoader(declaration: LoaderDescription(name: "Folders", folders: true)),
  ])

  /// A fresh temporary file holding `bytes`.
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-registry-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func chosen(_ locator: String, in registry: LoaderRegistry? = nil) throws -> String {
    try (registry ?? self.registry).loader(for: SourceLocator(locator)).declaration.name
  }

  func openError(
    _ locator: String, _ options: SourceOptions = SourceOptions(), in registry: LoaderRegistry? = nil
  )
    -> String?
  {
    #expect(throws: AssayError.self) { try (registry ?? self.registry).open(locator, options: options) }?
      .description
  }

  @Test func schemeBeatsSignatureBeatsExtension() throws {
    let sqliteNamedCSV = try file("x.csv", Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 84))
    #expect(try chosen(sqliteNamedCSV) == "SQLite")
    #expect(try chosen("sqlite:" + sqliteNamedCSV) == "SQLite")
    #expect(try chosen("sqlite:missing.csv") == "SQLite")
    let textNamedSQLite = try file("y.db", Array("a,b\n1,2\n".utf8))
    #expect(try chosen(textNamedSQLite) == "Text")
    #expect(try chosen("missing.sqlite") == "SQLite")
    #expect(try chosen("-") == "Text")
    #expect(try chosen(NSTemporaryDirectory()) == "Folders")
    #expect(try chosen("file://" + textNamedSQLite) == "Text")
  }

  @Test func aSQLiteFileNamedCSVIsNeverReadAsCSV() throws {
    let path = try file("x.csv", Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 84))
    let textOnly = LoaderRegistry(loaders: [
      NamedLoader(
        declaration: LoaderDescription(name: "CSV/TSV", extensions: [".csv", ".csv.gz"], standardInput: true)),
      NamedLoader(declaration: LoaderDescription(name: "folders", folders: true)),
    ])
    #expect(
      openError(path, in: textOnly)
        == "\(path): a SQLite database; this build reads: CSV/TSV (.csv .csv.gz, -), folders")
    let parquet = try file("p.csv", Array("PAR1".utf8) + [0, 0, 0, 0])
    #expect(openError(parquet, in: textOnly)?.contains("a Parquet file; this build reads:") == true)
  }

  @Test func aCSVWhoseHeaderBeginsLikeASignatureIsStillACSV() throws {
    let orcid = try file("people.csv", Array("ORCID,name\n0000-0001,ann\n".utf8))
    let id3 = try file("tags.csv", Array("ID3,tag\n1,a\n".utf8))
    #expect(try chosen(orcid) == "Text")
    #expect(try chosen(id3) == "Text")
  }

  @Test func noLoaderListsWhatIsRegistered() {
    #expect(
      openError("s3://bucket/key.csv")
        == "s3://bucket/key.csv: s3 source; this build reads: Text (.csv .db, -), SQLite (sqlite:, .sqlite), Folders"
    )
    #expect(
      openError("postgres://ann:secret@db/x")?.hasPrefix("postgres://ann:***@db/x: postgres source;")
        == true)
  }

  @Test func displayNamesHidePasswordsAndSecretQueryValues() {
    #expect(
      SourceLocator("postgres://ann:pw@db:5432/x?sslmode=require").displayName
        == "postgres://ann:***@db:5432/x?sslmode=require")
    #expect(
      SourceLocator("https://host/x.csv?Token=abc&format=csv&X-Amz-Signature=9").displayName
        == "https://host/x.csv?Token=***&format=csv&X-Amz-Signature=***")
    #expect(SourceLocator("s3://bucket/a@b:c/x.csv").displayName == "s3://bucket/a@b:c/x.csv")
    // A password written without percent-encoding is hidden whole, whatever it holds.
    for password in ["Secr3t/pw", "Secr3t?pw", "p@ss:w/rd%#?x", "a#b"] {
      let locator = SourceLocator("mysql://sp:\(password)@127.0.0.1:1/db?table=t")
      #expect(locator.displayName == "mysql://sp:***@127.0.0.1:1/db?table=t")
      #expect(locator.query == ["table": "t"])
    }
    #expect(SourceLocator("mysql://sp:pw@host:abc/db").displayName == "mysql://sp:***@host:abc/db")
    // An object store's locator has no user information: an endpoint given in its query, with a
    // password, is read as an option, and its password hidden.
    let store = SourceLocator("s3://bucket/?endpoint=http://u:topsecret@127.0.0.1:9000")
    #expect(store.path == "//bucket/" && store.query == ["endpoint": "http://u:topsecret@127.0.0.1:9000"])
    #expect(store.displayName == "s3://bucket/?endpoint=http://u:***@127.0.0.1:9000")
    #expect(
      SourceLocator("s3://b/k.csv?endpoint=http://u:pa&ss@minio:9000").displayName
        == "s3://b/k.csv?endpoint=http://u:***@minio:9000")
    #expect(SourceLocator("s3://KEY:SE/CRET@bucket/k.csv").displayName == "s3://KEY:***@bucket/k.csv")
  }

  @Test func optionsFromTheQueryAndTheCommandLine() {
    #expect(openError("sqlite:x.db?table=sales") == "SQLite x.db [\"table\": \"sales\"]")
    #expect(
      openError("sqlite:x.db", SourceOptions(named: ["table": "a b"])) == "SQLite x.db [\"table\": \"a b\"]")
    #expect(
      openError("sqlite:x.db?table=q%20one", SourceOptions(named: ["table": "given"]))
        == "SQLite x.db [\"table\": \"given\"]")
  }

  @Test func unknownOptionListsTheLoadersOptions() {
    #expect(
      openError("sqlite:x.db?tabel=sales")
        == "sqlite:x.db?tabel=sales: unknown option 'tabel' for SQLite — it takes table")
    #expect(
      openError("data.csv", SourceOptions(named: ["table": "t"]))
        == "data.csv: unknown option 'table' for Text — it takes no options")
  }

  @Test func locatorsComeApart() {
    let url = SourceLocator("sqlite:x.db?table=t&query=select%201")
    #expect(url.scheme == "sqlite" && url.path == "x.db")
    #expect(url.query == ["table": "t", "query": "select 1"])
    #expect(SourceLocator("file:///data/x.csv").path == "/data/x.csv")
    #expect(SourceLocator("file:///data/x.csv").scheme == nil)
    #expect(SourceLocator("data?.csv").query.isEmpty)
    #expect(SourceLocator("C:").scheme == nil)
  }
}
