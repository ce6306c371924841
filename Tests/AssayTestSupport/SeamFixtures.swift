import AssayCore

/// Data for the tests that prove commands and screens compute through their seam.
public enum SeamFixtures {
  /// Thirty rows: two numeric columns, x and y, and a text column, kind, of three values.
  public static func table(name: String) -> Table {
    Table(
      name: name,
      columns: [
        Column(name: "x", type: .double, values: (0..<30).map { .double(Double($0 % 7) + Double($0) / 10) }),
        Column(name: "y", type: .double, values: (0..<30).map { .double(Double(($0 * 13) % 11)) }),
        Column(name: "kind", type: .string, values: (0..<30).map { .string(["a", "b", "c"][$0 % 3]) }),
      ])
  }
}
