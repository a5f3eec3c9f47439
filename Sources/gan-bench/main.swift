@main struct GANBench { static func main() { print("gan-bench: not yet") } }
