import ArgumentParser
import EthosModel

/// `--start YYYY-MM-DD`: the day checklist due dates count from.
struct StartDateOption: ParsableArguments {
    @Option(help: ArgumentHelp("The new hire's first day; due dates count from it.", valueName: "YYYY-MM-DD"))
    var start: CalendarDate?
}
