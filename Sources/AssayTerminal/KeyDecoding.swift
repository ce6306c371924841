import AssayUI
import CNcurses

/// Turns what `wget_wch` returns into `Key`s.
enum KeyDecoding {
  /// A character `wget_wch` returned with `OK`: control codes become named keys.
  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
    case 0..<32: return nil
    default: return Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }

  /// A key code `wget_wch` returned with `KEY_CODE_YES` (resize and mouse are handled by the caller).
  static func keyCode(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}
