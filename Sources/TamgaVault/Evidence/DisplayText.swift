/// Text that came from outside (an attachment's original file name, a
/// caption a contributor typed) made safe to print on a member's terminal.
///
/// A file name is whatever bytes the sender chose: ESC and OSC sequences
/// clear the screen, overwrite a line after a carriage return, set the
/// window title or, on some terminals, the clipboard; a newline forges rows
/// in a listing (a fake attachment "ADDED BY Admin" with a fake SHA-256);
/// a right-to-left override shows `gpj.exe` as `exe.jpg` (attacker round 3,
/// F6). Every such character is printed as a visible `\u{XX}` escape.
public enum DisplayText {
    /// Whether `scalar` changes how a terminal shows the text rather than
    /// being shown: C0 controls (newline and tab too), DEL, C1 controls,
    /// bidirectional embeddings, overrides, isolates and marks, and the
    /// Unicode line and paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `text` holds any character `isControl` names.
    public static func hasControl(_ text: String) -> Bool { text.unicodeScalars.contains(where: isControl) }

    /// `text` with each control character written as `\u{1B}`, and each
    /// backslash doubled, so an escape in the input cannot pose as one of ours.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else if scalar == "\\" {
                out += "\\\\"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
