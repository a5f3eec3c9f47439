/// The site's stylesheet: themes from `SitePalette`, layout, typography, the engine's elements and print.
///
/// What the renderer can emit inside a lesson body and find styled:
/// - code: `<pre><code class="language-swift">` with `hl-*` spans (`HighlightToken.cssClass`),
///   `<a class="annotation-badge" href="#…">N</a>` at the end of a line, then `<ol class="annotations">`;
/// - cells: `<div class="cell">`, `<pre class="cell-output">`, `<pre class="cell-error">`,
///   `<p class="check-passed">`, `<p class="check-failed">`;
/// - `figure`/`figcaption`, `table` (scrolls by itself) with `caption` (a block that stays in view,
///   wrapped to the screen), `math display="block"`,
///   and `<a class="anchor" href="#id">` inside h2/h3/h4.
enum Stylesheet {
    /// The whole stylesheet.
    static var css: String {
        [themes, LayoutStyles.css, ContentStyles.css, CellStyles.css, ScrubStyles.css, PrintStyles.css]
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
