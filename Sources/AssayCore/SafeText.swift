/// Makes cell text safe to show: data never reaches a terminal as control input.
public enum SafeText {
  /// Replaces control characters with visible forms: each C0 control becomes its Unicode
  /// control picture (ESC → `␛`, TAB → `␉`, NUL → `␀`), DEL → `␡`, C1 controls → `�`.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: out.append("\u{2421}")
      case 0x80...0x9F: out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// True for C0, DEL and C1 control scalars.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
