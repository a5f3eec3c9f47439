import XCTest
@testable import LessonKit

final class ProgramGeneratorTests: XCTestCase {
    func testEveryTopLevelStatementThatStartsALineReportsItsLessonLine() {
        let code = """
        // A comment stays where it is.
        let a = 1; let b = 2
        show(LinePlot()
            .line(y: [1, 2]))
        for i in 0..<3 {
            print(i)
        }
        """
        XCTAssertEqual(ProgramGenerator.marked(code, path: "Lessons/01-x.md", firstLine: 10), [
            #"#sourceLocation(file: "Lessons/01-x.md", line: 10)"#,
            "// A comment stays where it is.",
            "LessonProgram.reached(11)",
            #"#sourceLocation(file: "Lessons/01-x.md", line: 11)"#,
            "let a = 1; let b = 2",
            "LessonProgram.reached(12)",
            #"#sourceLocation(file: "Lessons/01-x.md", line: 12)"#,
            "show(LinePlot()",
            "    .line(y: [1, 2]))",
            "LessonProgram.reached(14)",
            #"#sourceLocation(file: "Lessons/01-x.md", line: 14)"#,
            "for i in 0..<3 {",
            "    print(i)",
            "}",
        ])
    }

    func testCodeThatDoesNotParseIsLeftAlone() {
        XCTAssertEqual(ProgramGenerator.marked("let = \nprint(1)", path: "Lessons/01-x.md", firstLine: 3), [
            #"#sourceLocation(file: "Lessons/01-x.md", line: 3)"#, "let = ", "print(1)",
        ])
    }
}
