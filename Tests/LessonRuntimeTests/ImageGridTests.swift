import CZlib
import FoundationXML
import GANCore
import XCTest
@testable import LessonRuntime

final class ImageGridTests: XCTestCase {
    private static let grid: ImageGrid = {
        let digits = DigitImages(count: 64, seed: 1)
        return ImageGrid(digits.images, side: 16, columns: 8, labels: digits.labels.map { String($0) }, title: "Digits")
    }()

    func testAnEightByEightGridOfDigitsIsWellFormedAndCompact() {
        let svg = Self.grid.svg()
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
        XCTAssertLessThan(svg.utf8.count, 30_000, "an 8 x 8 grid of 16 x 16 images stays well under 50 KB")
        XCTAssertEqual(svg.components(separatedBy: "data:image/png;base64,").count - 1, 1, "one PNG for all images")
    }

    func testPixelsStaySharpAndNothingIsFetched() {
        let svg = Self.grid.svg()
        XCTAssertTrue(svg.contains("image-rendering: pixelated"))
        XCTAssertFalse(svg.contains("http://") && svg.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        XCTAssertFalse(svg.contains("https://"))
    }

    /// Every figure shrinks to a phone's column (about 360 pixels); its labels must still show at
    /// 8 pixels or more there. Before, a ten-column grid of 16-pixel digits had 5-pixel labels.
    func testLabelsStayLegibleAtAPhonesWidth() throws {
        let digits = DigitImages(count: 20, seed: 1)
        for (grid, what) in [
            (ImageGrid(digits.images, side: 16, columns: 10, labels: digits.labels.map { String($0) }, scale: 4), "ten columns"),
            (ImageGrid(digits.images, side: 16, columns: 8, labels: digits.labels.map { String($0) }), "eight columns"),
        ] {
            let svg = grid.svg()
            let viewBox = try XCTUnwrap(Double(XCTUnwrap(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+)\s/)?.1)))
            let label = try XCTUnwrap(Double(XCTUnwrap(svg.firstMatch(of: /text-anchor="middle" font-size="([0-9.]+)"/)?.1)))
            XCTAssertGreaterThanOrEqual(label * 360 / viewBox, 8, what)
            XCTAssertFalse(svg.contains("min-width"), "nothing asks the page to scroll sideways")
        }
    }

    func testGrayImagesAreInkInTheThemeColour() {
        let svg = Self.grid.svg()
        XCTAssertTrue(svg.contains("<mask id=\"plot-"))
        XCTAssertTrue(svg.contains("mask=\"url(#plot-"))
        XCTAssertTrue(svg.contains("fill: var(--plot-fg, #222222)"))
        let colour = ImageGrid(Tensor(rows: 1, cols: 12, data: Array(repeating: 0.5, count: 12)),
                               width: 2, height: 2, channels: .rgb, columns: 1).svg()
        XCTAssertFalse(colour.contains("<mask"), "colour images show as they are")
    }

    func testAltTextSaysWhatIsShown() {
        let svg = Self.grid.svg()
        XCTAssertTrue(svg.contains("<title id=\"plot-"))
        XCTAssertTrue(svg.contains(">Digits</title>"))
        XCTAssertTrue(svg.contains(
            "Grid of 64 grayscale images, 8 rows of 8, each 16 by 16 pixels. Labels, row by row: 0, 1, 2, 3,"))
        let described = ImageGrid(DigitImages(count: 64, seed: 1).images, side: 16, columns: 8,
                                  description: "Sixty-four digits.").svg()
        XCTAssertTrue(described.contains(">Sixty-four digits.</desc>"))
    }

    func testLabelsAreEscapedAndPlacedUnderEachImage() {
        let grid = ImageGrid(Tensor(rows: 2, cols: 4, data: Array(repeating: 1, count: 8)), width: 2, height: 2,
                             columns: 2, labels: ["<a>", "b&c"])
        let svg = grid.svg()
        XCTAssertTrue(svg.contains(">&lt;a&gt;</text>"))
        XCTAssertTrue(svg.contains(">b&amp;c</text>"))
        XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
    }

    func testPixelBytesFollowTheRangeAndTheLayout() {
        // Two 2 x 1 images side by side with one pixel of paper between: width 5, height 1.
        let images = Tensor([[-1, 1], [0, 3]])
        let grid = ImageGrid(images, width: 2, height: 1, columns: 2, range: -1...1)
        let layout = ImageGridLayout(grid: grid)
        XCTAssertEqual(layout.pixelWidth, 5)
        XCTAssertEqual(layout.pixelHeight, 1)
        XCTAssertEqual(layout.pixelBytes(of: grid), [0, 255, 0, 128, 255])
        let rgb = ImageGrid(Tensor([[1, 0, 0.5]]), width: 1, height: 1, channels: .rgb, columns: 1)
        XCTAssertEqual(ImageGridLayout(grid: rgb).pixelBytes(of: rgb), [255, 0, 128], "planes become r, g, b")
    }

    func testDegenerateGridsStillRender() {
        for grid in [
            ImageGrid(Tensor.zeros(rows: 0, cols: 4), side: 2, columns: 3),
            ImageGrid(Tensor([[Float.nan, .infinity, 0, 1]]), side: 2, columns: 0),
            ImageGrid(Tensor([[1, 2]]), side: 4, columns: 2, labels: ["only", "too", "many"]),
        ] {
            let svg = grid.svg()
            XCTAssertTrue(XMLParser(data: Data(svg.utf8)).parse())
            XCTAssertFalse(svg.contains("nan"))
        }
    }

    func testShowEmitsAFigureEvent() {
        XCTAssertEqual(Self.grid.displayEvent, .figure(FigureData(svg: Self.grid.svg(), caption: nil)))
    }
}

final class PNGCompressionTests: XCTestCase {
    func testZlibShrinksASmoothHeatmapAndTheStreamInflatesToThePixels() throws {
        let pixels: [PNGEncoder.Pixel] = (0..<3600).map { index in
            let level = UInt8(index % 60 * 4)
            return (level, 255 - level, UInt8(index / 60), 255)
        }
        let png = PNGEncoder.encode(width: 60, height: 60, pixels: pixels)
        XCTAssertLessThan(png.count, 60 * 241 / 10, "stored blocks would take more than 14 KB")
        let rows = try Self.unfilteredRows(png, width: 60, height: 60, bytesPerPixel: 4)
        XCTAssertEqual(rows.flatMap { $0 }, pixels.flatMap { [$0.0, $0.1, $0.2, $0.3] })
    }

    func testRowsFilteredByTheirNeighboursDecodeExactly() throws {
        // Rows that favour each filter: a ramp (sub), a copy of the row above (up), noise (none).
        var rng = RNG(seed: 3)
        let ramp = (0..<32).map { UInt8($0 * 8) }
        let noise = (0..<32).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let bytes = ramp + ramp + noise
        let png = PNGEncoder.encode(width: 32, height: 3, bytes: bytes, layout: .gray)
        XCTAssertEqual(try Self.unfilteredRows(png, width: 32, height: 3, bytesPerPixel: 1).flatMap { $0 }, bytes)
    }

    /// Inflates the IDAT chunk with zlib and undoes the filters none, sub and up.
    private static func unfilteredRows(_ png: Data, width: Int, height: Int, bytesPerPixel: Int) throws -> [[UInt8]] {
        let bytes = [UInt8](png)
        let length = Int(bytes[33]) << 24 | Int(bytes[34]) << 16 | Int(bytes[35]) << 8 | Int(bytes[36])
        XCTAssertEqual(Array(bytes[37..<41]), Array("IDAT".utf8))
        let stream = Array(bytes[41..<41 + length])
        let stride = width * bytesPerPixel
        var raw = [UInt8](repeating: 0, count: height * (stride + 1))
        var rawLength = uLong(raw.count)
        XCTAssertEqual(uncompress(&raw, &rawLength, stream, uLong(stream.count)), Z_OK)
        XCTAssertEqual(Int(rawLength), raw.count)
        var rows: [[UInt8]] = []
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            var line = Array(raw[row * (stride + 1) + 1..<(row + 1) * (stride + 1)])
            for i in line.indices {
                switch filter {
                case 0: break
                case 1: line[i] &+= i >= bytesPerPixel ? line[i - bytesPerPixel] : 0
                case 2: line[i] &+= row > 0 ? rows[row - 1][i] : 0
                default: XCTFail("unexpected filter \(filter)")
                }
            }
            rows.append(line)
        }
        return rows
    }

    func testGrayPNGHeader() {
        let png = PNGEncoder.encode(width: 3, height: 2, bytes: [0, 1, 2, 3, 4, 5], layout: .gray)
        // IHDR: width 3, height 2, bit depth 8, colour type 0 (gray).
        XCTAssertEqual(Array(png[16..<26]), [0, 0, 0, 3, 0, 0, 0, 2, 8, 0])
    }
}
