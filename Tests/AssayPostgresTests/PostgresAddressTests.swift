import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayPostgres

@Suite("postgres:// locators, completed as libpq completes them") struct PostgresAddressTests {
  static let secret = "pa:ss@w/rd"

  /// A password file holding `lines`, readable by its owner only unless `mode` says otherwise.
  func passwordFile(_ lines: [String], mode: mode_t = 0o600) throws -> String {
    let path = NSTemporaryDirectory() + "assay-pgpass-\(getpid())-\(UUID().uuidString)"
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, mode)
    return path
  }

  @Test func everyPartFromTheLocatorPercentDecoded() throws {
    let address = try PostgresAddress(
      path: "//ana:pa%3Ass%40w%2Frd@db.example:6543/shop", sslMode: "require", environment: [:],
      home: "/nowhere")
    #expect(address.host == "db.example")
    #expect(address.port == 6543)
    #expect(address.user == "ana")
    #expect(address.password == Self.secret)
    #expect(address.database == "shop")
    #expect(address.tls == .require)
    #expect(address.displayName == "postgres://ana@db.example:6543/shop")
  }

  @Test func aPasswordWrittenWithoutPercentEncodingIsReadWhole() throws {
    for password in ["Secr3t/pw", "Secr3t?pw", "p@ss:w/rd%#?x", "a#b"] {
      let locator = SourceLocator("postgres://sp:\(password)@127.0.0.1:5433/shop?sslmode=disable")
      let address = try PostgresAddress(
        path: locator.path, sslMode: locator.query["sslmode"], environment: [:], home: "/nowhere")
      #expect(address.password == password)
      #expect(address.host == "127.0.0.1" && address.port == 5433 && address.database == "shop")
      #expect(address.tls == .disable)
    }
  }

  @Test func missingPartsComeFromTheEnvironment() throws {
    let environment = [
      "PGHOST": "10.0.0.9", "PGPORT": "5433", "PGUSER": "bo", "PGPASSWORD": Self.secret,
      "PGDATABASE": "sales",
      "PGSSLMODE": "disable",
    ]
    let address = try PostgresAddress(path: "//", sslMode: nil, environment: environment, home: "/nowhere")
    #expect(
      address
        == (try PostgresAddress(
          path: "//bo:pa%3Ass%40w%2Frd@10.0.0.9:5433/sales", sslMode: "disable", environment: [:],
          home: "/nowhere")))
    #expect(!address.displayName.contains(Self.secret))
  }

  @Test func libpqDefaults() throws {
    let address = try PostgresAddress(path: "//", sslMode: nil, environment: ["USER": "cy"], home: "/nowhere")
    #expect(address.host == "localhost")
    #expect(address.port == 5432)
    #expect(address.database == "cy", "the database defaults to the user's name")
    #expect(address.tls == .prefer)
    #expect(address.password == nil)
  }

  /// With no user given anywhere, the account the process runs as connects, as with psql.
  @Test func theLoginAccountWhenNoUserIsGiven() throws {
    let address = try PostgresAddress(path: "//", sslMode: nil, environment: [:], home: "/nowhere")
    #expect(address.user == NSUserName())
  }

  @Test func anIPv6HostInBrackets() throws {
    let address = try PostgresAddress(path: "//u@[::1]:5000/d", sslMode: nil, environment: [:], home: "/")
    #expect(address.host == "::1")
    #expect(address.port == 5000)
    #expect(address.displayName == "postgres://u@[::1]:5000/d")
  }

  @Test func thePasswordFileMatchesWithWildcardsAndEscapes() throws {
    let file = try passwordFile([
      "# a comment", "other:5432:shop:ana:wrong", "db\\:x:*:shop:ana:first\\:one", "*:*:*:ana:fallback",
    ])
    defer { unlink(file) }
    let matching = try PostgresAddress(
      path: "//ana@db%3Ax:7000/shop", sslMode: nil, environment: ["PGPASSFILE": file], home: "/nowhere")
    #expect(matching.password == "first:one")
    let wildcard = try PostgresAddress(
      path: "//ana@elsewhere/other", sslMode: nil, environment: ["PGPASSFILE": file], home: "/nowhere")
    #expect(wildcard.password == "fallback")
    let none = try PostgresAddress(
      path: "//bo@elsewhere/other", sslMode: nil, environment: ["PGPASSFILE": file], home: "/nowhere")
    #expect(none.password == nil)
  }

  @Test func thePasswordFileInHomeAndIgnoredWhenOthersMayReadIt() throws {
    let home = NSTemporaryDirectory() + "assay-home-\(getpid())-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let file = try passwordFile(["*:*:*:*:from-home"])
    try FileManager.default.moveItem(atPath: file, toPath: home + "/.pgpass")
    #expect(
      try PostgresAddress(path: "//a@h/d", sslMode: nil, environment: [:], home: home).password == "from-home"
    )
    #expect(
      try PostgresAddress(path: "//a@h/d", sslMode: nil, environment: [:], home: home).ignoredPasswordFile
        == nil)
    chmod(home + "/.pgpass", 0o644)
    let ignoring = try PostgresAddress(path: "//a@h/d", sslMode: nil, environment: [:], home: home)
    #expect(ignoring.password == nil)
    #expect(ignoring.ignoredPasswordFile == home + "/.pgpass")
  }

  @Test func theLocatorsPasswordWinsOverTheEnvironment() throws {
    let address = try PostgresAddress(
      path: "//a:mine@h/d", sslMode: nil, environment: ["PGPASSWORD": "theirs"], home: "/nowhere")
    #expect(address.password == "mine")
  }

  @Test func aBadPortOrSSLModeIsOneClearError() {
    #expect(throws: AssayError.self) {
      try PostgresAddress(path: "//a@h:99999/d", sslMode: nil, environment: [:], home: "/")
    }
    do {
      _ = try PostgresAddress(
        path: "//a:\(Self.secret)@h/d", sslMode: "verify-full", environment: [:], home: "/")
      Issue.record("verify-full is not offered")
    } catch {
      #expect("\(error)".contains("sslmode 'verify-full'"))
      #expect(!"\(error)".contains(Self.secret))
    }
  }
}
