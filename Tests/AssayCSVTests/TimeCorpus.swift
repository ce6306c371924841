import AssayCore

/// Columns of time strings in every form the reader infers or is told, each value with the
/// Python `datetime` call that reads it (`iso` = `fromisoformat`, `epoch`/`epoch-ms` = Unix time,
/// else a `strptime` format), and values both refuse.
enum TimeCorpus {
  /// One column: its values, what loading it must give, and values that must make it text.
  struct Case: Sendable {
    var name: String
    var values: [(text: String, python: String)]
    var type: ColumnType
    var options: [String: String] = [:]
    var refused: [(text: String, python: String)] = []
  }

  static let cases: [Case] = [
    Case(
      name: "iso",
      values: [
        ("2024-03-01T08:15:30", "iso"), ("2024-03-01 08:15", "iso"), ("2024-02-29T23:59:59.5", "iso"),
        ("2024-02-29T00:00:00.123456789", "iso"), ("1969-12-31T23:59:59.999999", "iso"),
        ("2000-01-01T00:00:00.1", "iso"), ("1900-02-28 12:00:00", "iso"), ("2024-03-01", "iso"),
      ], type: .timestamp,
      refused: [
        ("2023-02-29T08:00:00", "iso"), ("2024-03-01T24:00:00", "iso"), ("2024-03-01T08:60", "iso"),
        ("2024-03-01T08:15:60", "iso"), ("2024-13-01T00:00", "iso"), ("2024-03-01T08:15:30Z", "mixed"),
      ]),
    Case(
      name: "iso-zoned",
      values: [
        ("2024-03-01T08:15:30Z", "iso"), ("2024-03-01T08:15:30+02:00", "iso"),
        ("2024-03-01T08:15:30-05:30", "iso"),
        ("2024-03-01 08:15:30+0200", "iso"), ("2024-03-01T08:15:30.25-03", "iso"),
        ("2024-02-29T23:30:00-01:00", "iso"), ("1970-01-01T00:00:00+14:00", "iso"),
      ], type: .timestamp,
      refused: [("2024-03-01T08:15:30+24:00", "iso"), ("2023-02-29T00:00:00Z", "iso")]),
    Case(
      name: "year-first",
      values: [
        ("2024/03/01", "%Y/%m/%d"), ("2024/02/29 23:59", "%Y/%m/%d %H:%M"),
        ("2024/3/1 08:15:30", "%Y/%m/%d %H:%M:%S"),
      ], type: .timestamp, refused: [("2023/02/29", "%Y/%m/%d")]),
    Case(
      name: "dotted",
      values: [
        ("01.03.2024", "%d.%m.%Y"), ("29.02.2024", "%d.%m.%Y"), ("1.1.2000", "%d.%m.%Y"),
        ("31.12.1999", "%d.%m.%Y"),
      ], type: .date, refused: [("29.02.2023", "%d.%m.%Y"), ("31.04.2024", "%d.%m.%Y")]),
    Case(
      name: "month-names",
      values: [
        ("Jan 1 2000", "%b %d %Y"), ("1 January 2000", "%d %B %Y"), ("2000-Jan-01", "%Y-%b-%d"),
        ("feb 29 2024", "%b %d %Y"), ("29 FEBRUARY 2024", "%d %B %Y"), ("Dec 31, 1999", "%b %d, %Y"),
        ("Sep 5 2021 14:30", "%b %d %Y %H:%M"),
      ], type: .timestamp, refused: [("Feb 29 2023", "%b %d %Y"), ("Febr 1 2024", "%b %d %Y")]),
    Case(
      name: "day-first",
      values: [
        ("13/02/2024", "%d/%m/%Y"), ("01/02/2024", "%d/%m/%Y"), ("29/02/2024 08:00", "%d/%m/%Y %H:%M"),
      ], type: .timestamp, refused: [("02/13/2024", "%m/%d/%Y")]),
    Case(
      name: "month-first",
      values: [("02/13/2024", "%m/%d/%Y"), ("01/02/2024", "%m/%d/%Y"), ("2/29/2024", "%m/%d/%Y")],
      type: .date, refused: [("13/02/2024", "%d/%m/%Y")]),
    Case(
      name: "undecided", values: [("01/02/2024", "%m/%d/%Y"), ("03/04/2024 08:00", "%m/%d/%Y %H:%M")],
      type: .timestamp),
    Case(
      name: "undecided-dayfirst", values: [("01/02/2024", "%d/%m/%Y"), ("03/04/2024", "%d/%m/%Y")],
      type: .date,
      options: ["dayfirst": "yes"]),
    Case(
      name: "custom", values: [("20240301 0815", "%Y%m%d %H%M"), ("20240229 2359", "%Y%m%d %H%M")],
      type: .timestamp, options: ["date-format": "custom=%Y%m%d %H%M"],
      refused: [("20230229 0000", "%Y%m%d %H%M"), ("2024-03-01", "%Y%m%d %H%M")]),
    Case(
      name: "custom-names", values: [("01-Mar-24", "%d-%b-%y"), ("31-dec-99", "%d-%b-%y")], type: .date,
      options: ["date-format": "custom-names=%d-%b-%y"]),
    Case(
      name: "custom-zone",
      values: [
        ("2024-060 08:00:00.5 +0100", "%Y-%j %H:%M:%S.%f %z"),
        ("2023-365 23:00:00.25 -0230", "%Y-%j %H:%M:%S.%f %z"),
      ],
      type: .timestamp, options: ["date-format": "custom-zone=%Y-%j %H:%M:%S.%f %z"]),
    Case(
      name: "epoch",
      values: [
        ("0", "epoch"), ("1709280000", "epoch"), ("-1", "epoch"), ("1710054000.25", "epoch"),
        ("-1.5", "epoch"), ("0.12345678", "epoch"),
      ],
      type: .timestamp, options: ["epoch": "epoch"], refused: [("12.", "epoch"), ("1.2.3", "epoch")]),
    Case(
      name: "epoch-ms", values: [("1709280000123", "epoch-ms"), ("-1500", "epoch-ms"), ("1.5", "epoch-ms")],
      type: .timestamp, options: ["epoch": "epoch-ms=ms"], refused: [("1.5e3", "epoch-ms")]),
  ]

  /// Python reading each `(text, how)`: microseconds since the epoch (a naive time read as UTC),
  /// or nil where Python refuses the text.
  static let pythonScript = """
    import json, re, sys
    from decimal import Decimal
    from datetime import datetime, timedelta, timezone
    def micros(text, how):
        if how in ('epoch', 'epoch-ms'):
            if not re.fullmatch(r'[-+]?[0-9]+([.][0-9]+)?', text): raise ValueError(text)
            return int(Decimal(text) * (10**6 if how == 'epoch' else 10**3))
        if how == 'mixed': raise ValueError('zone in a naive column')
        t = datetime.fromisoformat(text) if how == 'iso' else datetime.strptime(text, how)
        epoch = datetime(1970, 1, 1, tzinfo=timezone.utc if t.tzinfo else None)
        d = t - epoch
        return (d.days * 86400 + d.seconds) * 10**6 + d.microseconds
    out = []
    for text, how in json.load(open(sys.argv[1])):
        try: out.append(micros(text, how))
        except ValueError: out.append(None)
    json.dump(out, sys.stdout)
    """
}
