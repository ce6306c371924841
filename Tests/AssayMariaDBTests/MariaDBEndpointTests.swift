import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayMariaDB

/// A locator's missing parts come from `~/.my.cnf`'s `[client]`, then from the environment, then
/// from the defaults; the password is never shown.
struct MariaDBEndpointTests {
  func endpoint(_ locator: String, environment: [String: String] = [:], optionFile: String = "") throws
    -> MariaDBEndpoint
  {
    try MariaDBEndpoint(
      locator: SourceLocator(locator), environment: environment,
      optionFile: ClientOptionFile(text: optionFile))
  }

  @Test func aFullLocatorNamesEveryPart() throws {
    let full = try endpoint("mysql://ana:p%40ss@db.example:3307/shop?table=orders")
    #expect(full.user == "ana")
    #expect(full.password == "p@ss")
    #expect(full.host == "db.example")
    #expect(full.port == 3307)
    #expect(full.database == "shop")
    #expect(full.displayName == "mysql://ana:***@db.example:3307/shop?table=orders")
    let ipv6 = try endpoint("mariadb://ana@[::1]:3308/")
    #expect(ipv6.host == "::1" && ipv6.port == 3308 && ipv6.database.isEmpty && ipv6.password.isEmpty)
  }

  @Test func missingPartsComeFromTheEnvironment() throws {
    let environment = [
      "MYSQL_PWD": "envsecret", "MYSQL_HOST": "10.1.2.3", "MYSQL_TCP_PORT": "3310", "USER": "bo",
    ]
    let filled = try endpoint("mysql:///sales", environment: environment)
    #expect(filled.user == "bo")
    #expect(filled.password == "envsecret")
    #expect(filled.host == "10.1.2.3")
    #expect(filled.port == 3310)
    #expect(filled.database == "sales")
    #expect(!filled.displayName.contains("envsecret"))
    let defaults = try endpoint("mysql://")
    #expect(defaults.host == "localhost" && defaults.port == 3306 && defaults.database.isEmpty)
  }

  @Test func theClientGroupOfMyCnfFillsWhatTheLocatorLeavesOut() throws {
    let file = """
      [mysqld]
      port = 9999
      user = server
      # a comment
      [client]
      user = carla
      password = "file secret # kept"
      host = 127.0.0.2
      port = 3311 # the test port
      database = warehouse
      [mysqldump]
      user = dumper
      """
    let environment = ["MYSQL_PWD": "envsecret", "MYSQL_HOST": "10.1.2.3", "USER": "bo"]
    let filled = try endpoint("mysql://", environment: environment, optionFile: file)
    #expect(filled.user == "carla")
    #expect(filled.password == "file secret # kept")
    #expect(filled.host == "127.0.0.2")
    #expect(filled.port == 3311)
    #expect(filled.database == "warehouse")
    let given = try endpoint("mysql://dan:mine@h:1/d", environment: environment, optionFile: file)
    #expect(given.user == "dan" && given.password == "mine" && given.host == "h" && given.port == 1)
    #expect(given.database == "d")
  }

  @Test func theOptionFileIsReadFromHome() throws {
    let home = NSTemporaryDirectory() + "assay-mycnf-\(getpid())"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    try "[client]\nuser=erin\npassword=from-home\n".write(
      toFile: home + "/.my.cnf", atomically: true, encoding: .utf8)
    let server = try MariaDBServer(
      locator: SourceLocator("mysql://127.0.0.1/x"), environment: [:], home: home)
    #expect(server.endpoint.user == "erin")
    #expect(server.endpoint.password == "from-home")
    #expect(server.displayName == "mysql://127.0.0.1/x")
    let missing = try MariaDBServer(
      locator: SourceLocator("mysql://127.0.0.1/x"), environment: [:], home: home + "/no")
    #expect(missing.endpoint.password.isEmpty)
  }

  @Test func aBadPortIsOneClearError() throws {
    #expect(throws: AssayError.self) { try endpoint("mysql://ana:topsecret@h:port/d") }
    do {
      _ = try endpoint("mysql://ana:topsecret@h:70000/d")
    } catch let error as AssayError {
      #expect(
        error.description == "mysql://ana:***@h:70000/d: '70000' is not a port number — give a port 1–65535")
    }
  }

  @Test func serverTextNeverShowsThePassword() throws {
    let endpoint = try endpoint("mysql://ana:topsecret@h/d")
    #expect(endpoint.masked("near 'topsecret' at line 1") == "near '***' at line 1")
  }
}
