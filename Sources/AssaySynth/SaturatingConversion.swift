extension Int64 {
  /// `value` rounded toward zero and held to Int64's range (NaN gives 0): a drawn value at the edge
  /// of the range, such as Int64.max read back from a double, never traps.
  @inline(__always) init(saturating value: Double) {
    if value.isNaN {
      self = 0
    } else if value >= 0x1p63 {
      self = .max
    } else if value < -0x1p63 {
      self = .min
    } else {
      self = Int64(value)
    }
  }
}
