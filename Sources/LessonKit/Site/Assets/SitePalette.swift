/// The light and dark themes of the site. Every foreground colour has a contrast ratio of
/// at least 4.5:1 against the background it is drawn on (checked by `SitePaletteTests`).
enum SitePalette {
    /// Dark text on white; code on a light grey.
    static let light = ThemeColors(
        background: "#ffffff", text: "#1f2328", mutedText: "#59636e", link: "#0969da",
        border: "#d1d9e0", surface: "#f6f8fa", codeBackground: "#f6f8fa", codeText: "#1f2328",
        badgeBackground: "#0969da", badgeText: "#ffffff", passedText: "#1a7f37",
        failureBackground: "#ffebe9", failureText: "#82071e", failureBorder: "#cf222e",
        tokens: [
            .keyword: "#cf222e", .type: "#8250df", .number: "#0550ae", .string: "#0a3069",
            .comment: "#57606a", .docComment: "#116329", .attribute: "#953800",
            .argumentLabel: "#0e6b78", .operator: "#cf222e", .directive: "#7d4e00",
            .variable: "#0550ae",
        ]
    )

    /// Light text on near-black; code on a slightly lighter panel.
    static let dark = ThemeColors(
        background: "#0d1117", text: "#e6edf3", mutedText: "#9198a1", link: "#4493f8",
        border: "#3d444d", surface: "#151b23", codeBackground: "#161b22", codeText: "#e6edf3",
        badgeBackground: "#4493f8", badgeText: "#0d1117", passedText: "#3fb950",
        failureBackground: "#2d1215", failureText: "#ffa198", failureBorder: "#f85149",
        tokens: [
            .keyword: "#ff7b72", .type: "#d2a8ff", .number: "#79c0ff", .string: "#a5d6ff",
            .comment: "#8b949e", .docComment: "#7ee787", .attribute: "#ffa657",
            .argumentLabel: "#76e3ea", .operator: "#ff7b72", .directive: "#f2cc60",
            .variable: "#79c0ff",
        ]
    )
}
