import AssayCore

/// Excel's dates: a number of days since an epoch, the fraction being the time of day. In the 1900
/// system day 1 is 1900-01-01 and day 60 the 29 February 1900 that never was (kept from Lotus
/// 1-2-3), so from day 61 on the epoch is 1899-12-30 and before it 1899-12-31; in the 1904 system
/// day 0 is 1904-01-01. Times are rounded to the millisecond, as Excel shows them.
enum ExcelSerial {
  /// Days from 1899-12-30 and from 1904-01-01 to 1970-01-01.
  private static let (epoch1900, epoch1904): (Int64, Int64) = (25_569, 24_107)
  /// Serials further from the epoch than this (about 270,000 years) stay numbers: their
  /// microseconds would not fit in 64 bits.
  private static let largest = 1e8
  /// Days from 1970-01-01 to 10000-01-01: Excel's dates end with 9999-12-31, and a serial past it
  /// is no date Excel shows (it shows `#####`), so it stays the number it is.
  private static let pastLastDate: Int64 = 2_932_897

  /// What a cell's number `serial` is under `format`; nil when it is too far out to be a time, or
  /// a date or timestamp past 9999-12-31 23:59:59.999.
  static func value(_ serial: Double, format: TimeFormat, uses1904: Bool) -> CellValue? {
    guard serial.isFinite, abs(serial) < largest else { return nil }
    let millisPerDay = 86_400_000.0
    switch format {
    case .timeOfDay, .elapsed:
      return .duration(Int64((serial * millisPerDay).rounded()) * 1000)
    case .date, .dateTime:
      let whole = serial.rounded(.down)
      let shift = uses1904 ? -epoch1904 : serial > 0 && serial < 60 ? 1 - epoch1900 : -epoch1900
      let days = Int64(whole) + shift
      let millis = Int64(((serial - whole) * millisPerDay).rounded())
      guard days * 86_400_000 + millis < pastLastDate * 86_400_000 else { return nil }
      if format == .date, millis == 0 { return .date(Int32(days)) }
      return .timestamp((days * 86_400_000 + millis) * 1000)
    }
  }
}
