import ArgumentParser
struct KPIsCommand: ParsableCommand {}
