/// The colour of one series: a theme series colour, the text colour, or a fixed hex colour.
public struct PlotColor: Sendable, Equatable {
    /// The CSS value, a theme variable with fallback or a validated hex colour.
    let css: String

    /// The n-th theme series colour (1-based, cycling after ``PlotTheme/seriesCount``).
    public static func series(_ number: Int) -> PlotColor {
        let index = ((max(number, 1) - 1) % PlotTheme.seriesCount)
        return PlotColor(css: "var(--plot-series-\(index + 1), \(PlotTheme.lightSeries[index]))")
    }

    /// The theme's text colour: black on light pages, light grey on dark ones.
    public static let foreground = PlotColor(css: PlotTheme.variable("fg"))

    /// A fixed colour written as `#rgb` or `#rrggbb`; anything else falls back to ``foreground``.
    /// Fixed colours do not adapt to dark mode.
    public static func hex(_ code: String) -> PlotColor {
        let digits = code.dropFirst()
        let valid = code.hasPrefix("#") && [3, 6].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
        return valid ? PlotColor(css: code.lowercased()) : .foreground
    }
}
