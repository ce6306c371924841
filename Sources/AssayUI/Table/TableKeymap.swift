extension Keymap {
  /// The table screen's keys: vim/less/VisiData habits, and the keys that open the other screens.
  public static let table = Keymap(tableKeys + CommandRegistry.screenKinds.flatMap { $0.openingKeys })

  /// The table screen's keys for its own commands.
  private static let tableKeys = [
    KeyBinding(.down, "cursor-down"), KeyBinding(.character("j"), "cursor-down"),
    KeyBinding(.up, "cursor-up"), KeyBinding(.character("k"), "cursor-up"),
    KeyBinding(.left, "cursor-left"), KeyBinding(.character("h"), "cursor-left"),
    KeyBinding(.right, "cursor-right"), KeyBinding(.character("l"), "cursor-right"),
    KeyBinding(.pageDown, "page-down"), KeyBinding(.ctrl("f"), "page-down"),
    KeyBinding(.character(" "), "page-down"),
    KeyBinding(.pageUp, "page-up"), KeyBinding(.ctrl("b"), "page-up"),
    KeyBinding(.character("g"), "go-first-row"), KeyBinding(.home, "go-first-row"),
    KeyBinding(.character("G"), "go-last-row"), KeyBinding(.end, "go-last-row"),
    KeyBinding(.character(">"), "next-rows"), KeyBinding(.character("<"), "previous-rows"),
    KeyBinding(.character("0"), "go-first-column"), KeyBinding(.character("$"), "go-last-column"),
    KeyBinding(.character(":"), "go-row"), KeyBinding(.character("c"), "go-column"),
    KeyBinding(.character("/"), "search-column"), KeyBinding(.character("\\"), "search-all-columns"),
    KeyBinding(.character("n"), "search-next"), KeyBinding(.character("N"), "search-previous"),
    KeyBinding(.character("|"), "select-matching"), KeyBinding(.character("s"), "select-row"),
    KeyBinding(.character("U"), "clear-selection"), KeyBinding(.character("\""), "open-selection"),
    KeyBinding(.character("["), "sort-ascending"), KeyBinding(.character("]"), "sort-descending"),
    KeyBinding(.character("{"), "sort-add-ascending"), KeyBinding(.character("}"), "sort-add-descending"),
    KeyBinding(.character("="), "filter"), KeyBinding(.character("Q"), "query"),
    KeyBinding(.character("E"), "show-sql"),
    KeyBinding(.character("F"), "frequency-table"),
    KeyBinding(.character("I"), "describe-sheet"), KeyBinding(.character("d"), "describe-sheet"),
    KeyBinding(.enter, "open-row"),
    KeyBinding(.character("-"), "hide-column"), KeyBinding(.character("+"), "show-columns"),
    KeyBinding(.character("!"), "pin-column"),
    KeyBinding(.character("_"), "fit-column"),
    KeyBinding(.ctrl("s"), "export-sheet"),
    KeyBinding(.character("?"), "show-help"), KeyBinding(.function(1), "show-help"),
    KeyBinding(.ctrl("c"), "cancel-job"),
    KeyBinding(.character("q"), "quit-sheet"),
  ]
}
