/// Keys typed while a job computes: they wait, in order, and run when the job ends, so a key
/// pressed right after a sort (`[` then `Q`) acts on the sorted table instead of being lost.
extension AppState {
  /// True when `key` must wait for the running job: it runs a command that does not work during
  /// jobs, or earlier keys already wait (keys run in the order typed). Ctrl-C's cancel never waits.
  func keyWaitsForJob(_ key: Key) -> Bool {
    guard job != nil else { return false }
    let commandID = prompt == nil ? activeKeymap.commandID(for: key) : nil
    if commandID == "cancel-job" { return false }
    if !typedAhead.isEmpty { return true }
    guard let commandID else { return false }
    return !CommandRegistry.worksDuringJobs(commandID)
  }

  /// Keeps a key until the running job ends, saying so in the status line.
  mutating func holdUntilJobEnds(_ key: Key) {
    typedAhead.append(key)
    let count = typedAhead.count
    let keys = count == 1 ? "1 key typed runs" : "\(count) keys typed run"
    message = StatusMessage("busy: \(job ?? "")…; \(keys) after it (Ctrl-C stops it)")
  }

  /// The oldest waiting key as an event once no job runs, removing it; nil while a job runs.
  mutating func takeTypedAhead() -> Event? {
    guard job == nil, !typedAhead.isEmpty else { return nil }
    return .key(typedAhead.removeFirst())
  }

  /// Forgets the waiting keys (the job they waited for was stopped); returns how many there were.
  mutating func dropTypedAhead() -> Int {
    defer { typedAhead = [] }
    return typedAhead.count
  }
}
