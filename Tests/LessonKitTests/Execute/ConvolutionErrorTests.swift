import TestSupport
import XCTest
@testable import LessonKit

/// A convolution given images of the wrong size stops the lesson with a message that names the line and
/// both sizes, instead of reading past the end of its rows.
final class ConvolutionErrorTests: XCTestCase {
    func testConvolutionOfWrongSizedImagesNamesTheShapesAndItsLine() throws {
        let engine = try SwiftEngine.prepare(
            packageRoot: TestSupport.packageRoot,
            cache: TestSupport.packageRoot.appendingPathComponent(".lessons-cache"), defaultCellTimeout: 60)
        let text = """
            ```{swift}
            var rng = RNG(seed: 1)
            let layer = Conv2D(input: ImageShape(height: 16, width: 16, channels: 1), outputChannels: 8, kernel: 3,
                               padding: 1, using: &rng)
            print(layer(Tensor.zeros(rows: 2, cols: 100)))
            ```

            """
        let results = try engine.execute(LessonParser.parse(path: "Lessons/12-convolution.md", text: text))
        XCTAssertEqual(results.failures.first?.location, "Lessons/12-convolution.md:5")
        XCTAssertTrue(
            results.failures.first?.message.hasSuffix(
                ": conv2d: rows of 100 values are not 16x16x1 images (256 values)") ?? false,
            results.failures.first?.message ?? "no failure")
    }
}
