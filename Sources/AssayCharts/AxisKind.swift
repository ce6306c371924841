import AssayCore

/// What the numbers along an axis stand for: plain numbers with nice decimal ticks, or instants
/// with calendar ticks.
public enum AxisKind: Sendable, Equatable {
  /// Numbers.
  case number
  /// Instants, in the unit and wall time that `TimeAxis` describes.
  case time(TimeAxis)

  /// The axis for a column's values as `NumericValues` reads them: dates are day numbers,
  /// timestamps seconds since the epoch (ticked in UTC, which is a naive column's wall time).
  public init(_ type: ColumnType) {
    switch type {
    case .date: self = .time(.days)
    case .timestamp: self = .time(.seconds)
    default: self = .number
    }
  }

  /// The axis for a column: a timestamp column shown at an offset ticks the calendar of that
  /// offset's wall time, as its values read.
  public init(_ column: Column) {
    self.init(column.type)
    if case .time(var axis) = self, let zone = column.timeZone {
      axis.offsetSeconds = Int(zone.seconds)
      self = .time(axis)
    }
  }

  /// The scale over `data` with at most `maximumTicks` ticks.
  public func scale(_ data: ClosedRange<Double>, maximumTicks: Int) -> AxisScale {
    switch self {
    case .number: return AxisScale.linear(data, maximumTicks: maximumTicks)
    case .time(let axis): return AxisScale.time(data, axis: axis, maximumTicks: maximumTicks)
    }
  }

  /// Labels for histogram bin edges: the fewest decimals that tell numbers apart (`EdgeLabels`),
  /// the shortest ISO form for instants (`CalendarLabels.edges`).
  public func edgeLabels(_ edges: [Double]) -> [String] {
    switch self {
    case .number: return EdgeLabels.format(edges)
    case .time(let axis): return CalendarLabels.edges(edges.map { axis.wall(axis.microseconds($0)) })
    }
  }
}

/// How the numbers of a time axis count instants: a value is `microsecondsPerUnit` microseconds
/// since 1970-01-01T00:00 UTC per unit; ticks and labels follow the calendar of the wall time
/// `offsetSeconds` east of UTC and are never finer than `finest`.
public struct TimeAxis: Sendable, Equatable {
  /// Microseconds in one unit of the axis's numbers.
  public var microsecondsPerUnit: Int64
  /// The wall time shown, in seconds east of UTC.
  public var offsetSeconds: Int
  /// The finest step ticks may take.
  public var finest: CalendarStep

  /// An axis from its parts.
  public init(microsecondsPerUnit: Int64, offsetSeconds: Int = 0, finest: CalendarStep) {
    self.microsecondsPerUnit = max(1, microsecondsPerUnit)
    self.offsetSeconds = offsetSeconds
    self.finest = finest
  }

  /// Day numbers (`ColumnType.date`): calendar days, ticks a day apart at the finest.
  public static let days = TimeAxis(
    microsecondsPerUnit: CalendarTime.microsecondsPerDay, finest: CalendarStep(1, .day))

  /// Seconds since the epoch (`ColumnType.timestamp` as `NumericValues` reads it), ticks a
  /// second apart at the finest.
  public static let seconds = TimeAxis(microsecondsPerUnit: 1_000_000, finest: CalendarStep(1, .second))

  /// Microseconds since the epoch, shown in the wall time `offsetSeconds` east of UTC.
  public static func microseconds(offsetSeconds: Int = 0) -> TimeAxis {
    TimeAxis(microsecondsPerUnit: 1, offsetSeconds: offsetSeconds, finest: CalendarStep(1, .second))
  }

  /// The instant an axis value stands for, in UTC microseconds, kept within `CalendarTicks.limit`.
  public func microseconds(_ value: Double) -> Int64 {
    let limit = Double(CalendarTicks.limit)
    let scaled = value * Double(microsecondsPerUnit)
    return scaled.isNaN ? 0 : Int64(min(max(scaled, -limit), limit).rounded())
  }

  /// The axis value of an instant in UTC microseconds.
  public func value(_ microseconds: Int64) -> Double { Double(microseconds) / Double(microsecondsPerUnit) }

  /// An instant in the wall time shown.
  func wall(_ microseconds: Int64) -> Int64 { microseconds + Int64(offsetSeconds) * 1_000_000 }
}

extension AxisScale {
  /// A time scale over `data` (values in `axis`'s unit) with at most `maximumTicks` calendar ticks
  /// (`CalendarTicks`), extended to the first and last tick.
  public static func time(_ data: ClosedRange<Double>, axis: TimeAxis, maximumTicks: Int) -> AxisScale {
    let calendar = CalendarTicks(
      span: axis.microseconds(data.lowerBound)...axis.microseconds(data.upperBound),
      maximumTicks: maximumTicks,
      offsetSeconds: axis.offsetSeconds, finest: axis.finest)
    let values = calendar.ticks.map(axis.value)
    return AxisScale(range: values[0]...values[values.count - 1], ticks: values, labels: calendar.labels)
  }
}
