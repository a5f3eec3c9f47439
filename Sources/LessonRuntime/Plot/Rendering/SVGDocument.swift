import Foundation

/// Wraps rendered panels in an accessible, scalable `<svg>` element.
///
/// Ids inside the SVG start with a prefix derived from a hash of the content, so several figures on
/// one page do not collide and the same figure always renders to the same bytes.
struct SVGDocument {
    /// A placeholder for the id prefix while the body is rendered; escaping turns it into an entity
    /// in any text, so it occurs only where ids are written.
    static let idToken = "\u{E000}"

    var width: Double
    var height: Double
    var title: String
    var description: String
    /// The markup inside the root element; ids in it start with ``idToken``.
    var body: SVGBuilder

    /// The complete SVG element.
    func markup() -> String {
        let n = SVGBuilder.number
        let token = Self.idToken
        var svg = SVGBuilder()
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(n(width)) \(n(height))",
            "width": "100%", "role": "img", "aria-labelledby": "\(token)-title \(token)-desc",
            "font-size": "12",
            "style": "max-width: \(n(width))px; height: auto; font-family: var(--plot-font, system-ui, sans-serif)",
        ])
        svg.text("title", ["id": "\(token)-title"], title)
        svg.text("desc", ["id": "\(token)-desc"], description)
        svg.empty("rect", ["width": "100%", "height": "100%", "style": "fill: \(PlotTheme.variable("bg"))"])
        svg.append(body)
        svg.close("svg")
        let text = svg.markup
        return text.replacingOccurrences(of: token, with: "plot-" + Self.hash(text))
    }

    /// FNV-1a of the markup, as eight hex digits.
    private static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
