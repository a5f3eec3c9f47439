public enum GANCoreVersion { public static let name = "GANCore" }
