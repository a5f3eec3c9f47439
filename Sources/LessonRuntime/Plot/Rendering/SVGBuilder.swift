/// Accumulates SVG markup: every attribute value and text is escaped, every coordinate rounded
/// to one decimal so the output stays compact and deterministic.
struct SVGBuilder {
    private(set) var markup = ""

    /// A coordinate rounded to one decimal without trailing zeros: `12.3`, `7`, `-0.5`.
    static func number(_ value: Double) -> String { SVGNumber.format(value) }

    /// Opens an element; close it with ``close(_:)``.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        markup += "<\(name)\(Self.attributes(attributes))>"
    }

    /// Closes an element opened with ``open(_:_:)``.
    mutating func close(_ name: String) {
        markup += "</\(name)>\n"
    }

    /// Writes an empty element such as `<rect .../>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        markup += "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// Writes an element containing escaped text.
    mutating func text(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ content: String) {
        markup += "<\(name)\(Self.attributes(attributes))>\(MarkupEscaping.escape(content))</\(name)>\n"
    }

    /// Appends markup that another builder produced.
    mutating func append(_ other: SVGBuilder) {
        markup += other.markup
    }

    /// Attributes that only ever hold ids the renderer made; they keep the id placeholder unescaped.
    private static let idAttributes: Set<String> = ["id", "clip-path", "mask", "aria-labelledby"]

    /// Attributes whose value is nil are left out.
    private static func attributes(_ attributes: KeyValuePairs<String, String?>) -> String {
        attributes.reduce(into: "") { result, attribute in
            guard let value = attribute.value else { return }
            let text = idAttributes.contains(attribute.key) ? value : MarkupEscaping.escape(value)
            result += " \(attribute.key)=\"\(text)\""
        }
    }
}
