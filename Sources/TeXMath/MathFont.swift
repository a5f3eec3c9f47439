/// A font command's alphabet (`\mathbb`, `\mathbf`, ...), applied by mapping letters and digits to
/// Unicode's Mathematical Alphanumeric Symbols, since MathML Core only knows `mathvariant="normal"`.
enum MathFont: Sendable, Equatable {
    case roman, bold, boldItalic, italic, doubleStruck, script, fraktur, sansSerif, monospace

    /// The font selected by a command name without backslash, if it is a font command.
    init?(command: String) {
        switch command {
        case "mathrm", "mathup": self = .roman
        case "mathbf": self = .bold
        case "boldsymbol", "bm": self = .boldItalic
        case "mathit": self = .italic
        case "mathbb": self = .doubleStruck
        case "mathcal", "mathscr": self = .script
        case "mathfrak": self = .fraktur
        case "mathsf": self = .sansSerif
        case "mathtt": self = .monospace
        default: return nil
        }
    }

    /// The character in this alphabet, or the character itself when the alphabet has no such letter.
    func map(_ char: Character) -> String {
        guard let scalar = char.unicodeScalars.first, char.unicodeScalars.count == 1 else { return String(char) }
        let mapped: UInt32? = switch scalar.value {
        case 0x41...0x5A: exceptions[char] ?? latinBase.map { $0 + scalar.value - 0x41 }
        case 0x61...0x7A: exceptions[char] ?? latinBase.map { $0 + 26 + scalar.value - 0x61 }
        case 0x30...0x39: digitBase.map { $0 + scalar.value - 0x30 }
        default: greekBase.flatMap { base in Self.greekIndex(scalar.value).map { base + $0 } }
        }
        return mapped.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(char)
    }

    /// Where capital A sits in this alphabet.
    private var latinBase: UInt32? {
        switch self {
        case .roman: nil
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .script: 0x1D49C
        case .fraktur: 0x1D504
        case .doubleStruck: 0x1D538
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    private var digitBase: UInt32? {
        switch self {
        case .bold, .boldItalic: 0x1D7CE
        case .doubleStruck: 0x1D7D8
        case .sansSerif: 0x1D7E2
        case .monospace: 0x1D7F6
        default: nil
        }
    }

    /// Where capital Alpha sits; Greek only has bold and bold italic here (italic is MathML's default).
    private var greekBase: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .boldItalic: 0x1D71C
        default: nil
        }
    }

    /// Letters that Unicode placed in the Letterlike Symbols block instead.
    private var exceptions: [Character: UInt32] {
        switch self {
        case .italic: ["h": 0x210E]
        case .script: ["B": 0x212C, "E": 0x2130, "F": 0x2131, "H": 0x210B, "I": 0x2110, "L": 0x2112,
                       "M": 0x2133, "R": 0x211B, "e": 0x212F, "g": 0x210A, "o": 0x2134]
        case .fraktur: ["C": 0x212D, "H": 0x210C, "I": 0x2111, "R": 0x211C, "Z": 0x2128]
        case .doubleStruck: ["C": 0x2102, "H": 0x210D, "N": 0x2115, "P": 0x2119, "Q": 0x211A,
                             "R": 0x211D, "Z": 0x2124]
        default: [:]
        }
    }

    /// The position of a Greek letter in a mathematical Greek alphabet: 25 capitals (U+03A2 holds ϴ),
    /// ∇, 25 small letters, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private static func greekIndex(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A9: value - 0x391
        case 0x3B1...0x3C9: 26 + value - 0x3B1
        default: [0x2202: 51, 0x3F5: 52, 0x3D1: 53, 0x3F0: 54, 0x3D5: 55, 0x3F1: 56, 0x3D6: 57][value]
        }
    }
}
