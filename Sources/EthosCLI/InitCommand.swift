import ArgumentParser
struct InitCommand: ParsableCommand {}
