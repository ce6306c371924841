/// The theme files shipped in `themes/`, compiled in so that the executable alone has every built-in
/// theme. A test keeps each text equal to its file; a file of the same name found on disk wins.
public enum BuiltInThemes {
  /// Each built-in theme's name and file text, in the order help lists them.
  public static let files: [(name: String, text: String)] = [
    ("default", defaultTheme), ("light", light), ("high-contrast", highContrast), ("monochrome", monochrome),
  ]

  /// The built-in theme with this name, or nil when there is none.
  public static func theme(named name: String) throws -> Theme? {
    guard let file = files.first(where: { $0.name == name }) else { return nil }
    return try ThemeFile.parse(file.text, name: name, source: "built-in \(name).theme")
  }

  private static let defaultTheme = #"""
    # Assay's default theme, for dark terminal backgrounds.
    # role       foreground     background   attributes
    header       cyan           -            bold
    cursor       black          cyan
    selection    black          yellow
    null         gray
    number       white
    string       white
    axis         gray
    label        white
    title        -              -            bold
    status       black          white
    border       gray
    error        red            -            bold
    warning      yellow
    series1      blue
    series2      red
    series3      green
    series4      yellow
    series5      magenta
    series6      cyan
    series7      bright-red
    series8      bright-green

    """#

  private static let light = #"""
    # Assay's theme for light terminal backgrounds.
    # role       foreground     background   attributes
    header       blue           -            bold
    cursor       white          blue
    selection    black          bright-yellow
    null         gray
    number       black
    string       black
    text         black
    axis         gray
    label        black
    title        -              -            bold
    status       white          black
    border       gray
    error        red            -            bold
    warning      magenta
    series1      blue
    series2      red
    series3      green
    series4      magenta
    series5      cyan
    series6      yellow
    series7      bright-blue
    series8      bright-red

    """#

  private static let highContrast = #"""
    # Assay's high-contrast theme: bright colours on black, bold where it helps.
    # role       foreground     background   attributes
    text         bright-white   black
    header       bright-yellow  black        bold
    cursor       black          bright-yellow bold
    selection    black          bright-cyan
    null         bright-magenta black
    number       bright-white   black
    string       bright-white   black
    axis         bright-white   black
    label        bright-white   black
    title        bright-white   black        bold
    status       black          bright-white bold
    border       bright-white   black
    error        black          bright-red   bold
    warning      black          bright-yellow
    series1      bright-cyan
    series2      bright-yellow
    series3      bright-green
    series4      bright-magenta
    series5      bright-red
    series6      bright-blue
    series7      bright-white
    series8      yellow

    """#

  private static let monochrome = #"""
    # No colour at all: the cursor, selection and status line are drawn in reverse video.
    color off

    """#
}
