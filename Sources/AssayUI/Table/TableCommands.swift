/// The table screen's commands in the order help lists them.
enum TableCommands {
  /// Moving, searching, sorting and filtering, then `opening` (the commands that open the other
  /// screens), then the commands that open, reshape and save sheets.
  static func all(opening: [Command]) -> [Command] {
    NavigationCommands.all + WindowCommands.all + SearchCommands.all + SortFilterCommands.all
      + QueryCommands.all + opening
      + SheetCommands.all
  }
}
