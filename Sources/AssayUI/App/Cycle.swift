/// Stepping through a list of choices, as the keys that cycle a setting do.
enum Cycle {
  /// The element after `current` in `all`, wrapping around; the first when `current` is absent.
  static func next<T: Equatable>(after current: T, in all: [T]) -> T {
    guard let index = all.firstIndex(of: current) else { return all[0] }
    return all[(index + 1) % all.count]
  }
}
