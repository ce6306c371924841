/// Makes cell text safe to show: data never reaches a terminal as control input, and never
/// reorders or hides the text around it.
public enum SafeText {
  /// Replaces control characters with visible forms: each C0 control becomes its Unicode
  /// control picture (ESC → `␛`, TAB → `␉`, NUL → `␀`), DEL → `␡`, C1 controls → `�`, and so do
  /// the bidirectional controls (such as U+202E, right-to-left override) and the invisible
  /// zero-width characters (U+200B, U+2060, U+FEFF). Zero-width joiners (U+200C, U+200D) stay:
  /// emoji and several scripts need them.
  public static func visible(_ text: String) -> String { visible(text, keeping: { _ in false }) }

  /// `visible`, except that line feeds and tabs stay: delimited text (CSV, TSV, JSON) shown on a
  /// terminal keeps its lines and fields.
  public static func visibleKeepingLayout(_ text: String) -> String {
    visible(text, keeping: { $0 == "\n" || $0 == "\t" })
  }

  /// True for C0, DEL and C1 control scalars.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// True for the bidirectional controls (embeddings, overrides, isolates, marks) and the
  /// invisible zero-width characters other than the joiners.
  public static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  private static func visible(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
    func replaced(_ scalar: Unicode.Scalar) -> Bool {
      (isControl(scalar) || isInvisibleFormat(scalar)) && !kept(scalar)
    }
    guard text.unicodeScalars.contains(where: replaced) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case _ where !replaced(scalar): out.append(scalar)
      case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: out.append("\u{2421}")
      default: out.append("\u{FFFD}")
      }
    }
    return String(out)
  }
}
