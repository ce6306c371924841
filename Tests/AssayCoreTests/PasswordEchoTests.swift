import Testing

@testable import AssayCore

/// A password is hidden in a message only when it is too long to turn up there by chance.
struct PasswordEchoTests {
  @Test func aLongPasswordIsHiddenAndAShortOneIsNotLookedFor() {
    #expect(PasswordEcho.hiding("s3cret-pw", in: "near 's3cret-pw' at line 1") == "near '***' at line 1")
    #expect(PasswordEcho.hiding("12345678", in: "bad: 12345678") == "bad: ***")
    let message = "password authentication failed for user \"assay\""
    for short in ["a", "ser", "x", "assay", "passwor"] {
      #expect(PasswordEcho.hiding(short, in: message) == message)
    }
  }
}
