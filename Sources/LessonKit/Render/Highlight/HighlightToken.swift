import SwiftIDEUtils

/// A kind of highlighted code token, named after the CSS class the highlighter emits for it.
public enum HighlightToken: String, CaseIterable, Sendable {
    case keyword
    case type
    case number
    case string
    case comment
    case docComment = "doc-comment"
    case attribute
    case argumentLabel = "argument-label"
    case `operator`
    case directive
    case variable

    /// The CSS class of a span holding this kind of token, e.g. `hl-keyword`.
    public var cssClass: String { "hl-" + rawValue }

    /// The token kind for a swift-syntax classification, or nil for text left unstyled.
    init?(_ classification: SyntaxClassification) {
        switch classification {
        case .keyword: self = .keyword
        case .type: self = .type
        case .integerLiteral, .floatLiteral: self = .number
        case .stringLiteral, .regexLiteral: self = .string
        case .lineComment, .blockComment: self = .comment
        case .docLineComment, .docBlockComment: self = .docComment
        case .attribute: self = .attribute
        case .argumentLabel: self = .argumentLabel
        case .operator: self = .operator
        case .ifConfigDirective: self = .directive
        case .dollarIdentifier: self = .variable
        case .identifier, .editorPlaceholder, .none: return nil
        }
    }
}
