/// A MathML element: a token holding text (`mi`, `mn`, `mo`, `mtext`, `annotation`) or a container
/// holding child elements.
struct MathMLNode: Sendable, Equatable {
    /// One attribute, kept in the order it was added so output is stable.
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    var name: String
    var attributes: [Attribute]
    var text: String?
    var children: [MathMLNode]

    /// A token element such as `<mi>x</mi>`.
    static func token(_ name: String, _ text: String, _ attributes: [(String, String)] = []) -> MathMLNode {
        MathMLNode(name: name, attributes: attributes.map(Attribute.init), text: text, children: [])
    }

    /// A container element such as `<mfrac>`.
    static func element(_ name: String, _ children: [MathMLNode], _ attributes: [(String, String)] = []) -> MathMLNode {
        MathMLNode(name: name, attributes: attributes.map(Attribute.init), text: nil, children: children)
    }

    /// The nodes as one node: the node itself if there is exactly one, otherwise an `<mrow>`.
    static func row(_ nodes: [MathMLNode]) -> MathMLNode {
        nodes.count == 1 ? nodes[0] : .element("mrow", nodes)
    }

    /// `<mspace>` of the given width, e.g. `0.1667em`.
    static func space(_ width: String) -> MathMLNode {
        .element("mspace", [], [("width", width)])
    }

    /// The node with one more attribute.
    func with(_ name: String, _ value: String) -> MathMLNode {
        var copy = self
        copy.attributes.append(Attribute(name: name, value: value))
        return copy
    }

    /// The element as XML, with text and attribute values escaped.
    var xml: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        out += "<" + name
        for attribute in attributes {
            out += " \(attribute.name)=\"\(Self.escape(attribute.value))\""
        }
        if text == nil, children.isEmpty, name == "mspace" {
            out += "/>"
            return
        }
        out += ">"
        if let text {
            out += Self.escape(text)
        }
        for child in children {
            child.write(into: &out)
        }
        out += "</\(name)>"
    }

    /// Escapes XML's special characters, and writes invisible and combining characters as numeric
    /// references so that the output can be read.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\u{A0}", "\u{2061}"..."\u{2064}", "\u{300}"..."\u{36F}", "\u{20D0}"..."\u{20FF}":
                out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
