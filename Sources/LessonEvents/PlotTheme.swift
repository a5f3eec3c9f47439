/// The colours of plots as CSS custom properties, light by default and dark under
/// `prefers-color-scheme: dark`. The site's stylesheet includes ``css``; without it, figures fall back
/// to the light colours written into every SVG.
///
/// Variables: `--plot-bg` (background), `--plot-fg` (text and axes), `--plot-grid` (grid lines),
/// `--plot-muted` (legend frame, colour-bar outline), `--plot-font` (font family), and
/// `--plot-series-1` … `--plot-series-8` (one colour per series, in order).
public enum PlotTheme {
    /// Light colours: the fallbacks written into every SVG.
    public static let light: [String: String] = [
        "bg": "#ffffff", "fg": "#222222", "grid": "#e6e6e6", "muted": "#8a8a8a",
    ]

    /// Dark colours, chosen to keep contrast against a dark background.
    public static let dark: [String: String] = [
        "bg": "#1b1d21", "fg": "#e4e4e4", "grid": "#32353c", "muted": "#9a9a9a",
    ]

    /// Series colours in light mode (the matplotlib "tab10" palette).
    public static let lightSeries = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    ]

    /// Series colours in dark mode: the same hues, lighter.
    public static let darkSeries = [
        "#5aa9e6", "#ffa24d", "#5cc75c", "#f26b6b", "#b897e3", "#c9a092", "#f29bd4", "#b5b5b5",
    ]

    /// The number of distinct series colours; later series reuse them in order.
    public static let seriesCount = 8

    /// The stylesheet defining every plot variable for light and dark mode.
    public static let css: String = {
        func block(_ colours: [String: String], _ series: [String], indent: String) -> String {
            let names = ["bg", "fg", "grid", "muted"]
            var lines = names.map { "\(indent)  --plot-\($0): \(colours[$0]!);" }
            lines += series.enumerated().map { "\(indent)  --plot-series-\($0.offset + 1): \($0.element);" }
            return lines.joined(separator: "\n")
        }
        return """
            :root {
              --plot-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
            \(block(light, lightSeries, indent: ""))
            }
            @media (prefers-color-scheme: dark) {
              :root {
            \(block(dark, darkSeries, indent: "  "))
              }
            }

            """
    }()

    /// A CSS value for a theme colour with its light fallback, such as `var(--plot-fg, #222222)`.
    public static func variable(_ name: String) -> String {
        "var(--plot-\(name), \(light[name] ?? "#000"))"
    }
}
