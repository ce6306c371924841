/// Which of the source's reading options a command line gives, for a command that reads no source
/// to refuse them by name rather than ignore them.
extension SourceArguments {
  /// The flags given (`--where`, `--no-header`, …), in the order they are declared.
  var givenOptions: [String] {
    let flags: [(String, Bool)] = [
      ("--no-header", noHeader), ("--delimiter", delimiter != nil), ("--dayfirst", dayfirst),
      ("--date-format", !dateFormat.isEmpty), ("--epoch", !epoch.isEmpty), ("--tz", tz != nil),
      ("--strict", strict), ("--comment", comment != nil), ("--skip", skip != nil),
      ("--header-row", headerRow != nil), ("--encoding", encoding != nil), ("--quote", quote != nil),
      ("--escape", escape != nil), ("--decimal", decimal != nil), ("--null", nullTexts != nil),
      ("--table", table != nil), ("--query", query != nil), ("--option", !option.isEmpty),
      ("--where", filter != nil), ("--endpoint", store.endpoint != nil),
      ("--no-sign-request", store.noSignRequest), ("--token-file", store.tokenFile != nil),
    ]
    return flags.filter(\.1).map(\.0)
  }
}
