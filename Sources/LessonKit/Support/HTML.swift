import LessonEvents

/// Escaping for text placed in HTML: the runtime's, so pages and figures escape alike.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that text can sit in element content and attribute values.
    public static func escape(_ text: String) -> String {
        MarkupEscaping.escape(text)
    }
}
