import Foundation

extension Table {
  /// A listing as a table like any other (sort by size, filter by kind, count kinds): name, kind,
  /// size (bytes), modified (ISO 8601 UTC text; tables have no time-of-day type), rows, link
  /// (a link's target) and note.
  public static func listing(_ entries: [CollectionEntry], name: String) -> Table {
    func column(_ name: String, _ type: ColumnType, _ value: (CollectionEntry) -> Value) -> Column {
      Column(name: name, type: type, values: entries.map(value))
    }
    func text(_ string: String?) -> Value { string.map(Value.string) ?? .null }
    func integer(_ number: Int?) -> Value { number.map { .int(Int64($0)) } ?? .null }
    return Table(
      name: name,
      columns: [
        column("name", .string) { .string($0.name) },
        column("kind", .string) { .string($0.kind.rawValue) },
        column("size", .int) { integer($0.size) },
        column("modified", .string) { text($0.modified.map(iso8601)) },
        column("rows", .int) { integer($0.rows) },
        column("link", .string) { text($0.linkTarget) },
        column("note", .string) { text($0.note) },
      ])
  }

  /// A summary as a table: one row per kind that has files, with its group, files and bytes.
  public static func summary(_ summary: CollectionSummary, name: String) -> Table {
    let rows = CollectionSummary.Group.allCases.flatMap { group in
      group.kinds.compactMap { kind in summary.kinds[kind].map { (group, kind, $0) } }
    }
    return Table(
      name: name,
      columns: [
        Column(name: "group", type: .string, values: rows.map { .string($0.0.rawValue) }),
        Column(name: "kind", type: .string, values: rows.map { .string($0.1.rawValue) }),
        Column(name: "files", type: .int, values: rows.map { .int(Int64($0.2.files)) }),
        Column(name: "bytes", type: .int, values: rows.map { .int(Int64($0.2.bytes)) }),
      ])
  }

  /// `2026-11-25T01:15:03Z`: the time to the second, in UTC; a time outside the years 0000–9999
  /// (a file system may store any 64-bit time) as its seconds since 1970, `@300000000000000`.
  static func iso8601(_ date: Date) -> String {
    let raw = date.timeIntervalSince1970.rounded(.down)
    guard (-62_167_219_200...253_402_300_799).contains(raw), let seconds = Int(exactly: raw) else {
      return raw.isFinite ? "@" + String(Int64(max(-9e18, min(9e18, raw)))) : "@?"
    }
    let days = seconds.floorDivided(by: 86_400)
    let time = seconds - days * 86_400
    let civil = CivilDate(daysSinceEpoch: Int32(days))
    // A four-digit year: the twenty characters written digit by digit, without interpolation.
    return String(unsafeUninitializedCapacity: 20) { text in
      var at = 0
      func put(_ number: Int, digits: Int, then separator: Character?) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
          text[at] = UInt8(ascii: "0") + UInt8(number / divisor % 10)
          (at, divisor) = (at + 1, divisor / 10)
        }
        if let separator {
          text[at] = separator.asciiValue!
          at += 1
        }
      }
      put(civil.year, digits: 4, then: "-")
      put(civil.month, digits: 2, then: "-")
      put(civil.day, digits: 2, then: "T")
      put(time / 3600, digits: 2, then: ":")
      put(time / 60 % 60, digits: 2, then: ":")
      put(time % 60, digits: 2, then: "Z")
      return at
    }
  }
}

extension Int {
  /// The quotient rounded towards minus infinity.
  fileprivate func floorDivided(by divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
