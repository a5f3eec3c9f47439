/// The environment variables through which the build talks to a lesson program.
public enum LessonEnvironment {
    /// Names the file the program appends its events to (standard output when unset).
    public static let eventsFile = "LESSON_EVENTS"
    /// Lists cells the program must skip, as comma-separated 0-based indices (expected failures
    /// whose error the build has already recorded).
    public static let skippedCells = "LESSON_SKIP_CELLS"
}
