/// A password that a server or a library repeated in its message, hidden there. Only a password
/// long enough not to turn up in a message by chance is looked for: replacing a short one (`a`,
/// `ser`) wherever it occurs garbles the message and shows where its letters are. Locators are
/// never masked this way: their display hides the password by its place.
public enum PasswordEcho {
  /// Fewest characters of a password that is hidden in messages.
  public static let shortestHidden = 8

  /// `text` with every occurrence of `password` shown as `***`, when `password` has at least
  /// `shortestHidden` characters; else `text` as it is.
  public static func hiding(_ password: String, in text: String) -> String {
    password.count < shortestHidden ? text : text.replacingOccurrences(of: password, with: "***")
  }
}
