import XCTest
@testable import LessonRuntime

final class ValueFormatterTests: XCTestCase {
    func testRoundsAwayFloatingPointNoise() {
        XCTAssertEqual(ValueFormatter.format(0.1 + 0.2), "0.3")
        XCTAssertEqual(ValueFormatter.format(3 * 0.1), "0.3")
        XCTAssertEqual(ValueFormatter.format(Float(0.1)), "0.1")
    }

    func testKeepsSixSignificantDigits() {
        XCTAssertEqual(ValueFormatter.format(3.14159265), "3.14159")
        XCTAssertEqual(ValueFormatter.format(-2.5), "-2.5")
        XCTAssertEqual(ValueFormatter.format(0.000123456789), "0.000123457")
        XCTAssertEqual(ValueFormatter.format(42.0), "42")
    }

    func testLargeNumbersStayPlainUpToTenToTheFifteen() {
        XCTAssertEqual(ValueFormatter.format(123456789.0), "123456789")
        XCTAssertEqual(ValueFormatter.format(1234567.891), "1234568")
        XCTAssertEqual(ValueFormatter.format(2e15), "2e15")
    }

    func testTinyNumbersUseShortScientificNotation() {
        XCTAssertEqual(ValueFormatter.format(1e-7), "1e-7")
        XCTAssertEqual(ValueFormatter.format(-1.5e-12), "-1.5e-12")
    }

    func testSpecialValues() {
        XCTAssertEqual(ValueFormatter.format(0.0), "0")
        XCTAssertEqual(ValueFormatter.format(-0.0), "0")
        XCTAssertEqual(ValueFormatter.format(Double.nan), "nan")
        XCTAssertEqual(ValueFormatter.format(-Double.infinity), "-inf")
    }

    func testSignificantDigitsCanBeChosen() {
        XCTAssertEqual(ValueFormatter.format(3.14159, significantDigits: 3), "3.14")
        XCTAssertEqual(ValueFormatter.format(0.0012345, significantDigits: 2), "0.0012")
    }

    func testIntegersBooleansAndStrings() {
        XCTAssertEqual(ValueFormatter.format(7), "7")
        XCTAssertEqual(ValueFormatter.format(true), "true")
        XCTAssertEqual(ValueFormatter.format("plain <text>"), "plain <text>")
    }

    func testArraysFormatTheirElements() {
        XCTAssertEqual(ValueFormatter.format([0.1 + 0.2, 1.0]), "[0.3, 1]")
        XCTAssertEqual(ValueFormatter.format([Float(0.1), 2]), "[0.1, 2]")
        XCTAssertEqual(ValueFormatter.format([[0.1 + 0.2], [2.0]]), "[[0.3], [2]]")
        XCTAssertEqual(ValueFormatter.format([Int]()), "[]")
    }

    func testLongArraysAreAbbreviated() {
        XCTAssertEqual(
            ValueFormatter.format(Array(1...100)),
            "[1, 2, 3, 4, 5, 6, …, 95, 96, 97, 98, 99, 100] (100 elements)")
        XCTAssertEqual(ValueFormatter.format(Array(1...12)), "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]")
    }

    func testDictionariesAreSortedByTheirText() {
        XCTAssertEqual(ValueFormatter.format(["b": 0.1 + 0.2, "a": 1.0]), "[a: 1, b: 0.3]")
        XCTAssertEqual(ValueFormatter.format([String: Int]()), "[:]")
        XCTAssertEqual(ValueFormatter.format(Set([2.5])), "[2.5]")
    }

    func testTuplesAndOptionals() {
        XCTAssertEqual(ValueFormatter.format((1, 0.1 + 0.2)), "(1, 0.3)")
        XCTAssertEqual(ValueFormatter.format((mean: 0.1 + 0.2, std: 1.0)), "(mean: 0.3, std: 1)")
        XCTAssertEqual(ValueFormatter.format(Optional(0.1 + 0.2)), "0.3")
        XCTAssertEqual(ValueFormatter.format(Double?.none), "nil")
    }

    func testDisplayableValuesUseTheirText() {
        let table = Table(columns: ["a"], rows: [[1]])
        XCTAssertEqual(ValueFormatter.format(table), "a\n-\n1\n")
        XCTAssertEqual(table.displayEvent, .table(table.data))
    }
}
