import Foundation
import GANCore

/// The calls the generated lesson program makes around the author's cells. Authors never call these.
public enum LessonProgram {
    /// Prepares the process for training: GANCore's settings for training (two threads unless
    /// `GANCORE_THREADS=1`, freed memory kept for reuse). The first call of every lesson program.
    public static func start() {
        ComputeSettings.forTraining().apply()
    }

    /// Marks the start of the cell with this index.
    public static func cellStarted(_ cell: Int) {
        EventSink.shared.emit(.cellStarted(cell: cell))
    }

    /// Marks the start of the top-level statement on this lesson line.
    public static func reached(_ line: Int) {
        EventSink.shared.emit(.reached(line: line))
    }

    /// Reports the value of an inline expression from the lesson's prose.
    public static func inlineValue<Value>(_ index: Int, _ value: Value) {
        EventSink.shared.emit(.inlineValue(index: index, text: ValueFormatter.format(value)))
    }

    /// Marks the end of the program: every cell ran.
    public static func finished() {
        EventSink.shared.emit(.finished)
    }
}

extension LessonProgram {
    /// Whether the build asked to skip this cell (an expected failure already recorded).
    public static func isSkipped(_ cell: Int) -> Bool {
        let list = ProcessInfo.processInfo.environment[LessonEnvironment.skippedCells] ?? ""
        return list.split(separator: ",").contains { Int($0) == cell }
    }
}
