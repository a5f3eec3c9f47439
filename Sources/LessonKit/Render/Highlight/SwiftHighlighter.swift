import SwiftIDEUtils
import SwiftParser

/// Turns source code into HTML lines, with Swift tokens wrapped in `<span class="hl-…">`.
///
/// Lines are returned separately so that the renderer can append annotation badges to them;
/// no span crosses a line break. A trailing newline does not start a line of its own.
public enum SwiftHighlighter {
    /// HTML-escaped, highlighted code, one string per source line.
    public static func highlightLines(_ code: String) -> [String] {
        let source = normalizedLineEndings(code)
        let bytes = Array(source.utf8)
        let tree = Parser.parse(source: source)
        var writer = LineWriter()
        var position = 0
        for range in tree.classifications {
            let start = max(range.range.lowerBound.utf8Offset, position)
            let end = min(range.range.upperBound.utf8Offset, bytes.count)
            guard end > start else { continue }
            writer.write(text(bytes[position..<start]), as: nil)
            writer.write(text(bytes[start..<end]), as: HighlightToken(range.kind))
            position = end
        }
        writer.write(text(bytes[position...]), as: nil)
        return writer.finish()
    }

    /// HTML-escaped code without highlighting (for languages other than Swift), one string per line.
    public static func escapeLines(_ code: String) -> [String] {
        var writer = LineWriter()
        writer.write(normalizedLineEndings(code), as: nil)
        return writer.finish()
    }

    private static func normalizedLineEndings(_ code: String) -> String {
        String(code.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// Collects escaped, optionally wrapped text into lines, closing spans at each line break.
private struct LineWriter {
    private var lines: [String] = []
    private var current = ""

    mutating func write(_ text: String, as token: HighlightToken?) {
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                lines.append(current)
                current = ""
            }
            guard !piece.isEmpty else { continue }
            let escaped = HTML.escape(String(piece))
            if let token {
                current += "<span class=\"\(token.cssClass)\">\(escaped)</span>"
            } else {
                current += escaped
            }
        }
    }

    /// The finished lines; the empty line after a trailing newline is dropped.
    mutating func finish() -> [String] {
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
