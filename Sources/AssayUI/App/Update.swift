import AssayCore

/// Applies a terminal event to the state and returns what the run loop must do. Pure: no I/O.
public func update(state: inout AppState, event: Event) -> [Effect] {
  var effects: [Effect] = []
  switch event {
  case .key(let key):
    state.message = nil
    if state.keyWaitsForJob(key) {
      state.holdUntilJobEnds(key)
    } else if state.prompt != nil {
      effects = typeIntoPrompt(key, state: &state)
    } else if let id = state.activeKeymap.commandID(for: key), let command = CommandRegistry.command(id: id) {
      if let label = command.prompt {
        state.prompt = state.promptHistory.prompt(commandID: id, label: label)
      } else {
        effects = CommandRegistry.perform(command, input: command.readsKey ? key.label : "", on: &state)
      }
    } else {
      state.message = StatusMessage("no command on \(key.label) (? lists the keys)")
    }
  case .resize(let size):
    state.size = size
  case .mouse(let mouse):
    if state.screen == nil { handle(mouse, in: &state) }
  }
  state.scrollToCursor()
  return effects + state.refreshScreen()
}

/// Edits the open prompt; on Enter runs its command with the text typed, which Up recalls at the
/// prompt later, and which the prompt opens holding when the command fails.
private func typeIntoPrompt(_ key: Key, state: inout AppState) -> [Effect] {
  guard var prompt = state.prompt else { return [] }
  let outcome = prompt.handle(key)
  state.prompt = outcome == .editing ? prompt : nil
  guard outcome == .submitted, let command = CommandRegistry.command(id: prompt.commandID) else { return [] }
  state.promptHistory.record(prompt.text, for: command.id)
  let effects = CommandRegistry.perform(command, input: prompt.text, on: &state)
  if state.message?.isError == true { state.promptHistory.keepFailed(prompt.text, for: command.id) }
  return effects
}

/// Applies a load event to the state and returns what the run loop must do. Pure: no I/O.
/// Updates arriving after the user stopped the load are ignored.
public func update(state: inout AppState, load event: LoadEvent) -> [Effect] {
  switch event {
  case .started(let time, let sheet):
    state.load = LoadStatus(phase: .loading, sheet: sheet, progress: nil, startedAt: time, updatedAt: time)
  case .progress(let snapshot, let time):
    guard state.load.phase == .loading else { return [] }
    state.replaceLoadingTable(snapshot.table, window: snapshot.window)
    state.load.progress = snapshot.progress
    state.load.updatedAt = time
    if snapshot.progress.finished {
      state.load.phase = .finished
      state.keepNullTexts(snapshot.progress.nullTexts)
      // What the load repaired (ragged rows, comments, a preamble) shows until the next key.
      if !snapshot.progress.warnings.isEmpty {
        state.message = StatusMessage(snapshot.progress.warnings.joined(separator: "; "))
      }
    }
  case .ended:
    if state.load.phase == .loading { state.load.phase = .finished }
  case .failed(let message):
    guard state.load.phase == .loading else { break }
    if opensNothing(state) {
      if let typed = state.sheet.typedAtPrompt {
        state.promptHistory.keepFailed(typed.input, for: typed.id)
      }
      _ = state.pop()
      state.refuse(message)
    } else {
      state.load.phase = .failed(message)
    }
  }
  state.scrollToCursor()
  return []
}

/// True when the loading sheet was opened over another (an entry of a listing, a query's result),
/// is on top and got no column: a load that fails then leaves nothing worth keeping, so the sheet
/// under it comes back with the error, as for an entry that cannot be opened at all.
private func opensNothing(_ state: AppState) -> Bool {
  state.load.sheet > 0 && state.loadFeedsSheetOnScreen && state.screen == nil
    && state.sheet.storedTable.columns.isEmpty
}

/// A click puts the cursor on the clicked cell; the wheel moves it three rows. Both run as
/// commands, so the command log records them.
private func handle(_ mouse: MouseEvent, in state: inout AppState) {
  guard let (id, input) = MouseCommands.command(for: mouse, in: state),
    let command = CommandRegistry.command(id: id)
  else { return }
  _ = CommandRegistry.perform(command, input: input, on: &state)
}
