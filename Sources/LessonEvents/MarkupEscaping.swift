/// Escapes text for HTML and SVG, inside elements and inside quoted attributes.
public enum MarkupEscaping {
    /// Replaces `& < > " '` by entities and drops control characters that XML forbids. The
    /// private-use character U+E000 becomes an entity too: the SVG writer reserves it as a placeholder.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{E000}": result += "&#xE000;"
            default:
                let forbidden = scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value)
                if !forbidden { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
