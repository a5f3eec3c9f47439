/// LessonKit: the pipeline from lesson files to the course site (Parse, Execute, Render, Site).
public enum LessonKit {}
