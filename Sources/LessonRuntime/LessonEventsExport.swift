// The runtime's public API is built from the event format's types (a shown table is a `TableData`,
// a figure a `FigureData`), so a program that imports LessonRuntime sees them too.
@_exported import LessonEvents
