import XCTest
@testable import LessonKit

final class SitePaletteTests: XCTestCase {
    private let themes = [("light", SitePalette.light), ("dark", SitePalette.dark)]

    func testEveryTokenKindHasAColourInBothThemes() {
        for (name, theme) in themes {
            XCTAssertEqual(Set(theme.tokens.keys), Set(HighlightToken.allCases), name)
        }
    }

    func testTokenColoursContrastWithCodeBackground() throws {
        for (name, theme) in themes {
            for (token, colour) in theme.tokens {
                let ratio = try contrast(colour, theme.codeBackground)
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name) \(token.cssClass) \(colour): \(ratio)")
            }
        }
    }

    func testTextColoursContrastWithTheirBackgrounds() throws {
        for (name, theme) in themes {
            let pairs = [
                ("text", theme.text, theme.background), ("muted", theme.mutedText, theme.background),
                ("muted on surface", theme.mutedText, theme.surface), ("link", theme.link, theme.background),
                ("link on surface", theme.link, theme.surface), ("code", theme.codeText, theme.codeBackground),
                ("badge", theme.badgeText, theme.badgeBackground), ("passed", theme.passedText, theme.background),
                ("failure", theme.failureText, theme.failureBackground),
            ]
            for (role, foreground, background) in pairs {
                let ratio = try contrast(foreground, background)
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name) \(role): \(ratio)")
            }
        }
    }

    func testContrastMatchesKnownValues() throws {
        XCTAssertEqual(try contrast("#000000", "#ffffff"), 21, accuracy: 0.001)
        XCTAssertEqual(try contrast("#777777", "#ffffff"), 4.48, accuracy: 0.01)
    }

    func testStylesheetDefinesEveryTokenClass() {
        for token in HighlightToken.allCases {
            XCTAssertTrue(Stylesheet.css.contains(".\(token.cssClass) { color: var(--\(token.cssClass)); }"))
            XCTAssertTrue(Stylesheet.css.contains("--\(token.cssClass): \(SitePalette.dark.tokens[token]!);"))
        }
    }

    func testTableCaptionsStayInViewWhileTheTableScrolls() {
        let screen = ContentStyles.css
        XCTAssertTrue(screen.contains("caption {\n  display: block; position: sticky; left: 0;"))
        XCTAssertTrue(PrintStyles.css.contains("caption { display: table-caption; position: static; }"))
    }

    // MARK: - WCAG 2 contrast

    private func contrast(_ first: String, _ second: String) throws -> Double {
        let (a, b) = (try luminance(first), try luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    private func luminance(_ hex: String) throws -> Double {
        let digits = try XCTUnwrap(UInt32(hex.dropFirst(), radix: 16), hex)
        XCTAssertEqual(hex.count, 7, hex)
        let channels = [digits >> 16, digits >> 8, digits].map { channel -> Double in
            let value = Double(channel & 0xff) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
