/// The colours of one theme of the site, as `#rrggbb` strings; the stylesheet turns them into CSS variables.
struct ThemeColors: Sendable {
    var background: String
    var text: String
    var mutedText: String
    var link: String
    var border: String
    var surface: String
    var codeBackground: String
    var codeText: String
    var badgeBackground: String
    var badgeText: String
    var passedText: String
    var failureBackground: String
    var failureText: String
    var failureBorder: String
    /// The colour of each highlighted token kind, shown on `codeBackground`.
    var tokens: [HighlightToken: String]

    /// The CSS custom properties of this theme, one declaration per line.
    var cssVariables: String {
        let base = [
            ("bg", background), ("text", text), ("muted", mutedText), ("link", link),
            ("border", border), ("surface", surface), ("code-bg", codeBackground),
            ("code-text", codeText), ("badge-bg", badgeBackground), ("badge-text", badgeText),
            ("passed", passedText), ("failure-bg", failureBackground),
            ("failure-text", failureText), ("failure-border", failureBorder),
        ]
        let tokenVariables = HighlightToken.allCases.map { ($0.cssClass, tokens[$0] ?? codeText) }
        return (base + tokenVariables).map { "  --\($0.0): \($0.1);" }.joined(separator: "\n")
    }
}
