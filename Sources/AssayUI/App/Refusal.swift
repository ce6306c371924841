extension AppState {
  /// Shows why something could not be opened. On the bottom sheet, where `q` quits rather than
  /// going back, the message says so, so that the next `q` does not end the session by surprise.
  mutating func refuse(_ text: String) {
    let quitsHere = sheets.count == 1 && screen == nil
    message = StatusMessage(text + (quitsHere ? " (q here quits)" : ""), isError: true)
  }
}
