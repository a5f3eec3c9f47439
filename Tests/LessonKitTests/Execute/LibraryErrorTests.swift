import TestSupport
import XCTest
@testable import LessonKit

/// An error that GANCore throws for bad input (here a label that is not a class) and that the cell does not
/// catch stops the lesson with the error's own message, at the lesson's file and the line of the call, and
/// is reported as a thrown error rather than as a crash.
final class LibraryErrorTests: XCTestCase {
    func testAnUncaughtLibraryErrorNamesItsLessonLineAndWhatIsWrong() throws {
        let engine = try SwiftEngine.prepare(
            packageRoot: TestSupport.packageRoot,
            cache: TestSupport.packageRoot.appendingPathComponent(".lessons-cache"), defaultCellTimeout: 60)
        let text = """
            ```{swift}
            print("before")
            let codes = try Tensor.oneHot([3, 10], classCount: 10)
            print(codes)
            ```

            """
        let results = try engine.execute(LessonParser.parse(path: "Lessons/13-conditional-gans.md", text: text))
        let failure = try XCTUnwrap(results.failures.first)
        XCTAssertEqual(results.failures.count, 1)
        XCTAssertEqual(failure.location, "Lessons/13-conditional-gans.md:3")
        XCTAssertEqual(
            failure.message,
            "cell 1 threw an error: label 10 (at position 1) is not a class: labels must lie in 0..<10")
    }
}
