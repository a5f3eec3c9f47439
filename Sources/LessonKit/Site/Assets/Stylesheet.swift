/// The site's stylesheet: themes from `SitePalette`, layout, typography, the engine's elements and print.
enum Stylesheet {
    /// The whole stylesheet.
    static var css: String {
        [themes, LayoutStyles.css, ContentStyles.css, CellStyles.css, PrintStyles.css]
            .joined(separator: "\n")
    }

    /// Light colours by default, dark ones when the reader's system prefers them.
    static var themes: String {
        let tokenRules = HighlightToken.allCases
            .map { ".\($0.cssClass) { color: var(--\($0.cssClass)); }" }
            .joined(separator: "\n")
        return """
        :root {
          color-scheme: light dark;
        \(SitePalette.light.cssVariables)
        }
        @media (prefers-color-scheme: dark) {
          :root {
        \(SitePalette.dark.cssVariables)
          }
        }
        \(tokenRules)
        .hl-comment, .hl-doc-comment { font-style: italic; }

        """
    }
}
