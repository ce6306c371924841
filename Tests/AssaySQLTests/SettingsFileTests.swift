import AssaySQL
import Testing

/// The connection settings files a user keeps (`~/.pgpass`, `~/.my.cnf`) are read whatever they
/// hold: malformed lines are skipped, never a crash (`FuzzSettings` feeds them arbitrary bytes).
struct SettingsFileTests {
  @Test func anOptionFileLineOfOnlyAnEqualsSignIsSkippedNotACrash() {
    let file = ClientOptionFile(text: "[client]\n=\n= orphan\nuser = ana\n[mysqld]\nuser = root\n")
    #expect(file.settings == ["user": "ana"])
  }

  @Test func quotedAndCommentedValues() {
    let file = ClientOptionFile(
      text: "[ client ]\npassword = \"a#b\" # note\nhost = db # the server\nport='\n")
    #expect(file.settings == ["password": "a#b", "host": "db", "port": ""])
  }

  @Test func passwordFileLinesOfTheWrongShapeAreSkipped() {
    let file = PasswordFile(
      text: "# comment\nhost:5432:db:ana\nhost:5432:db:ana:pw:extra\\\n*:*:*:bo\\:b:p\\\\w\n\\")
    #expect(file.entries == [["host", "5432", "db", "ana", "pw:extra"], ["*", "*", "*", "bo:b", "p\\w"]])
    #expect(file.password(host: "h", port: 1, database: "d", user: "bo:b") == "p\\w")
  }
}
