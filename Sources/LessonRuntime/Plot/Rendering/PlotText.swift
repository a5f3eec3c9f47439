/// Text sizes of figures, in SVG units.
///
/// Figures scale to the width of the page's column, down to a phone's (about 360 CSS pixels of column
/// at 390 pixels of screen). So that labels stay legible there, wide figures get larger text in their
/// viewBox: at least ``phoneWidth`` units of figure per 12 units of text, which shows as about 8.5
/// pixels on a phone and as 12 to 17 pixels on a desktop column.
enum PlotText {
    /// The figure width, in SVG units, up to which 12-unit text stays legible on a phone.
    static let phoneWidth = 500.0

    /// The base font size for a figure `width` units wide.
    static func fontSize(forWidth width: Double) -> Double {
        12 * max(1, width / phoneWidth)
    }
}
