/// Column names made different from one another: a repeated name gets a suffix (`id`, `id_2`,
/// `id_3`), a suffixed name that is itself taken moves on to the next number. Each name remembers
/// the suffix to try next, so many repeats of one name take linear time.
public enum UniqueNames {
  /// `names` with every repeat suffixed, in order.
  public static func make(_ names: [String]) -> [String] {
    var used = Set<String>()
    var nextSuffix: [String: Int] = [:]
    return names.map { base in
      var (candidate, suffix) = (base, nextSuffix[base, default: 2])
      while used.contains(candidate) {
        candidate = "\(base)_\(suffix)"
        suffix += 1
      }
      nextSuffix[base] = suffix
      used.insert(candidate)
      return candidate
    }
  }
}
