import CNCurses
import OpsUI

/// Maps what `wget_wch` returned to a ``Key``.
enum CursesKeyDecoder {
    /// `status` is `wget_wch`'s result (`OK` or `KEY_CODE_YES`); nil for codes opstop ignores.
    static func decode(status: Int32, code: UInt32) -> Key? {
        status == KEY_CODE_YES ? special(Int32(bitPattern: code)) : character(code)
    }

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) }
        case 28...31: return nil
        default: return Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }

    private static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
