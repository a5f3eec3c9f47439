/// Converts TeX math to MathML Core, for the math in lessons.
///
/// The output is one `<math>` element holding a `<semantics>` with the rendering in an `<mrow>` and the
/// TeX source in an `<annotation encoding="application/x-tex">`, for copying and for assistive tools.
/// Anything the converter does not know throws a `MathError`; raw TeX is never passed through.
public enum TeXToMathML {
    /// Returns the `<math>` element for `tex`, as display (block) or inline math.
    public static func convert(_ tex: String, display: Bool) throws(MathError) -> String {
        var parser = TeXParser(tex, display: display)
        let nodes = try parser.parseList()
        if !parser.atEnd {
            throw parser.unexpectedTerminator()
        }
        let source = String(tex.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        let semantics = MathMLNode.element("semantics", [
            .element("mrow", nodes),
            .token("annotation", source, [("encoding", "application/x-tex")]),
        ])
        let math = MathMLNode.element("math", [semantics], [
            ("xmlns", "http://www.w3.org/1998/Math/MathML"),
            ("display", display ? "block" : "inline"),
        ])
        return math.xml
    }
}
